import { describe, expect, it } from 'vitest';
import { complaintWords } from './complaints.js';

describe('complaintWords', () => {
  it('finds complaint words in each language', () => {
    expect(complaintWords('My order never arrived, I want a refund')).toEqual(['never arrived', 'refund']);
    expect(complaintWords('Pesanan saya rusak dan tidak ada pengembalian dana, penipuan!')).toEqual(['rusak', 'pengembalian dana', 'penipuan']);
    expect(complaintWords('Приложение не работает, верните деньги')).toEqual(['не работает', 'верните деньги']);
    expect(complaintWords('Aplikacja nie działa, chcę zwrot')).toEqual(['nie działa', 'zwrot']);
  });

  it('matches inflected forms through stems', () => {
    // Polish: gender, case and tense.
    for (const text of ['Telefon jest zepsuty', 'Lampa jest zepsuta', 'Kurier zepsuł paczkę', 'Oszukali mnie', 'To oszustwo', 'Żądam zwrotu pieniędzy', 'Składam reklamację']) {
      expect(complaintWords(text), text).toHaveLength(1);
    }
    // Russian: case, number, aspect.
    for (const text of ['Это мошенничество', 'Вы мошенники', 'Требую возврата', 'Телефон сломался', 'Экран сломан', 'Меня обманули', 'Заказ так и не пришёл']) {
      expect(complaintWords(text), text).toHaveLength(1);
    }
    // English and Indonesian affixes.
    for (const text of ['Still waiting for my refunds', 'Total scammers', 'It stopped working yesterday', 'Saya ditipu', 'Barangnya kerusakan parah', 'Belum sampai sampai sekarang']) {
      expect(complaintWords(text), text).toHaveLength(1);
    }
  });

  it('matches without diacritics and with one word in between', () => {
    expect(complaintWords('nie dziala znowu')).toEqual(['nie dziala']);
    expect(complaintWords('The parcel never actually arrived')).toEqual(['never actually arrived']);
    expect(complaintWords('Посылка не пришла')).toEqual(['не пришла']);
  });

  it('ignores texts without complaints and words that only start alike', () => {
    expect(complaintWords('Love it, works perfectly')).toEqual([]);
    expect(complaintWords('Działa świetnie, dziękuję')).toEqual([]);
    expect(complaintWords('Работает отлично')).toEqual([]);
    expect(complaintWords('Barangnya bagus')).toEqual([]);
  });
});
