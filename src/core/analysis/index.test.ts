import { describe, expect, it } from 'vitest';
import { createAnalyzer, POLARITY_THRESHOLD } from './index.js';

// Written for this test after the lexicon additions were settled, to measure rather than confirm
// the tuning: the first run got 47 of 48 (the Russian "не доставили" slipped past the complaint
// stem "не доставл*", now "не достав*"). Short opinionated texts; mixed or sarcastic ones fare worse.
const SAMPLES: Record<'en' | 'id' | 'ru' | 'pl', { positive: string[]; negative: string[] }> = {
  en: {
    positive: ['Absolutely love it, thank you!', 'Fantastic support, you guys are the best', 'Really happy with my purchase', 'Nice work, the update is great', 'Wonderful experience, will buy again', 'Very helpful answer, thanks a lot'],
    negative: ['I am so angry, nobody replies', 'This product is useless and overpriced', 'Awful quality, it broke after a day', 'Never ordering again, terrible delivery', 'Your app is slow and full of bugs', 'I hate the new design'],
  },
  id: {
    positive: ['Terima kasih banyak, sangat membantu', 'Barangnya bagus dan original', 'Saya suka sekali produk ini', 'Pelayanannya ramah, mantap', 'Pengiriman cepat, puas banget', 'Kualitasnya keren, recommended'],
    negative: ['Barang datang dalam keadaan rusak', 'Pelayanan buruk sekali, saya kecewa', 'Jelek, tidak sesuai foto', 'Sudah seminggu belum sampai, parah', 'Penjualnya bohong, penipu', 'Aplikasinya lambat dan sering error'],
  },
  ru: {
    positive: ['Большое спасибо, всё отлично', 'Прекрасное качество, рекомендую', 'Очень довольна покупкой', 'Супер, быстро привезли', 'Хороший магазин, буду заказывать ещё', 'Классный товар, мне нравится'],
    negative: ['Ужасное качество, всё сломалось', 'Заказ так и не доставили', 'Очень плохой сервис', 'Это обман, верните деньги', 'Отвратительная поддержка', 'Приложение не работает уже неделю'],
  },
  pl: {
    positive: ['Dziękuję bardzo, wszystko super', 'Świetna jakość, polecam', 'Jestem bardzo zadowolony z zakupu', 'Fajny sklep, szybka wysyłka', 'Najlepsza obsługa klienta', 'Rewelacja, kupię jeszcze raz'],
    negative: ['Fatalna jakość, wszystko się zepsuło', 'Paczka nie dotarła, chcę zwrot', 'Okropna obsługa, nikt nie odpisuje', 'To oszustwo, oddajcie pieniądze', 'Beznadziejny produkt', 'Aplikacja nie działa od tygodnia'],
  },
};

const analyzer = createAnalyzer();

describe('sentiment', () => {
  for (const [language, sample] of Object.entries(SAMPLES)) {
    it(`tells positive from negative in ${language}`, () => {
      const results = [
        ...sample.positive.map((text) => ({ text, want: 'positive', got: analyzer.analyze(text) })),
        ...sample.negative.map((text) => ({ text, want: 'negative', got: analyzer.analyze(text) })),
      ];
      const wrong = results.filter((result) => result.got.sentiment !== result.want);
      expect(wrong).toEqual([]);
    });
  }

  it('marks the browser test’s Indonesian complaint clearly negative', () => {
    const result = analyzer.analyze('Pesanan saya rusak dan tidak ada pengembalian dana, penipuan!');
    expect(result.language).toBe('id');
    expect(result.sentiment).toBe('negative');
    expect(result.score).toBeLessThan(-0.8);
  });

  it('keeps plain questions neutral', () => {
    for (const text of ['How much is shipping to Jakarta?', 'Berapa ongkirnya?', 'Сколько стоит доставка?', 'Ile kosztuje wysyłka?']) {
      expect(analyzer.analyze(text).sentiment, text).toBe('neutral');
    }
  });

  it('lets a negation flip only its own clause', () => {
    expect(analyzer.analyze('Not good').sentiment).toBe('negative');
    expect(analyzer.analyze('Tidak bagus').sentiment).toBe('negative');
    expect(analyzer.analyze('Не хорошо').sentiment).toBe('negative');
    expect(analyzer.analyze('Nie jest dobrze').sentiment).toBe('negative');
    // "never" belongs to the first clause; "great" after the comma stays positive.
    expect(analyzer.analyze('Never had a problem, great shop').sentiment).toBe('positive');
  });

  it('counts complaint words as negative where the lexicon has nothing', () => {
    const result = analyzer.analyze('refund');
    expect(result.score).toBeLessThanOrEqual(-POLARITY_THRESHOLD);
    expect(analyzer.analyze('zwrot').sentiment).toBe('negative');
  });

  it('keeps scores within -1..1 however many opinion words a text has', () => {
    const score = analyzer.analyze('terrible awful horrible worst scam fraud refund broken useless '.repeat(20)).score;
    expect(score).toBeGreaterThanOrEqual(-1);
    expect(score).toBeLessThan(-0.99);
  });

  it('is not fooled by words that name Object.prototype members', () => {
    expect(analyzer.analyze('constructor toString hasOwnProperty __proto__').score).toBe(0);
  });
});
