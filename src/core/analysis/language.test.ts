import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

// Short texts as people write them under posts; none of them appear in the code's word lists
// verbatim as a whole, so they exercise both the function-word shortcut and tinyld.
const SAMPLES: Record<'en' | 'id' | 'ru' | 'pl', string[]> = {
  en: [
    'My parcel still has not arrived',
    'Thanks for the quick reply!',
    'Great job team',
    'Where can I buy this in London?',
    'The battery dies after one hour',
    'Love the new colours',
    'Could you send me the invoice again',
    'Worst experience ever',
    'Happy birthday to the whole crew',
    'Is the discount still valid?',
  ],
  id: [
    'Paket saya belum sampai juga',
    'Terima kasih atas balasannya',
    'Kapan promo berikutnya?',
    'Produknya bagus, pengiriman cepat',
    'Baterainya cepat habis',
    'Mau tanya harga ongkirnya berapa',
    'Pelayanan toko ini mengecewakan',
    'Warnanya cantik sekali',
    'Tolong kirim ulang fakturnya',
    'Selamat ulang tahun untuk timnya',
  ],
  ru: [
    'Посылка до сих пор не пришла',
    'Спасибо за быстрый ответ!',
    'Когда будет следующая акция?',
    'Отличный товар, быстрая доставка',
    'Батарея садится через час',
    'Подскажите, сколько стоит доставка',
    'Обслуживание в этом магазине разочаровало',
    'Очень красивые цвета',
    'Пришлите, пожалуйста, счёт ещё раз',
    'С днём рождения всю команду',
  ],
  pl: [
    'Paczka nadal nie dotarła',
    'Dzięki za szybką odpowiedź!',
    'Kiedy będzie następna promocja?',
    'Świetny towar, szybka dostawa',
    'Bateria pada po godzinie',
    'Ile kosztuje wysyłka do Krakowa',
    'Obsługa w tym sklepie mnie rozczarowała',
    'Piękne kolory',
    'Proszę przesłać fakturę jeszcze raz',
    'Wszystkiego najlepszego dla całej ekipy',
  ],
};

describe('detectLanguage', () => {
  for (const [language, texts] of Object.entries(SAMPLES)) {
    it(`recognizes short ${language} texts`, () => {
      const detected = texts.map((text) => detectLanguage(text));
      const correct = detected.filter((found) => found === language).length;
      // Measured: 10 of 10 for each language; one miss is tolerated so a library update that
      // shifts a borderline text does not fail the suite, two would mean a real regression.
      expect(correct, `${JSON.stringify(detected)}`).toBeGreaterThanOrEqual(9);
    });
  }

  it('reports languages other than the four', () => {
    expect(detectLanguage('Bonjour, merci beaucoup pour votre aide')).toBe('fr');
    expect(detectLanguage('Hola, ¿dónde está mi pedido?')).toBe('es');
    expect(detectLanguage('Vielen Dank, alles ist gut angekommen')).toBe('de');
    expect(detectLanguage('Дякую, все дуже добре, що ви допомогли')).toBe('uk');
  });

  it('says nothing about texts too short or without words', () => {
    expect(detectLanguage('ok')).toBeNull();
    expect(detectLanguage('👍👍')).toBeNull();
    expect(detectLanguage('lol 😂')).toBeNull();
    expect(detectLanguage('@brand https://example.com/x')).toBeNull();
  });

  it('ignores links and handles when detecting', () => {
    expect(detectLanguage('@toko_online https://t.co/abc pesanan saya belum sampai')).toBe('id');
  });
});
