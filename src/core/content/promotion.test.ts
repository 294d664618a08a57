import { describe, expect, it } from 'vitest';
import { detectPromotion, promotionWords } from './promotion.js';

const words = (text: string) => promotionWords(detectPromotion(text));

describe('promotion detector', () => {
  it.each([
    ['en', 'Order now and get free shipping!', ['Order now', 'free shipping']],
    ['en', 'Summer SALE: 30% off every mug', ['SALE', '30% off']],
    ['id', 'Diskon akhir tahun, beli sekarang dan gratis ongkir', ['Diskon', 'beli sekarang', 'gratis ongkir']],
    ['id', 'Pembelian di atas Rp 50.000 dapat voucher', ['Pembelian', 'voucher', 'Rp 50.000']],
    ['ru', 'Скидкой 20% порадуем всех, кто закажет до пятницы', ['Скидкой', 'закажет']],
    ['ru', 'Распродажа! Всё по 990 рублей', ['Распродажа', '990 рублей']],
    ['pl', 'Rabaty do -40% na wyprzedaży, zamów już dziś', ['Rabaty', 'wyprzedaży', 'zamów', '-40%']],
    ['pl', 'Nowa kolekcja za 149,99 zł, kupisz ją w sklepie', ['kupisz', '149,99 zł']],
  ])('finds promotion in %s: %s', (_language, text, expected) => {
    expect(detectPromotion(text).promotional).toBe(true);
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['en', 'Our baker Anna starts at 5 am so your bread is warm. Buyers of flour, say hi!'],
    ['en', 'Save the date: we turn ten on Friday.'],
    ['id', 'Terima kasih sudah berkunjung ke toko kami minggu ini.'],
    ['ru', 'Как мы выбираем зёрна: рассказываем о поездке на ферму.'],
    ['pl', 'Z okazji Dnia Matki dziękujemy wszystkim mamom.'],
  ])('finds none in an ordinary %s post: %s', (_language, text) => {
    expect(detectPromotion(text)).toEqual({ promotional: false, signals: [] });
  });

  it('explains each signal by kind and pattern', () => {
    expect(detectPromotion('Скидки до $15').signals).toEqual([
      { kind: 'phrase', text: 'Скидки', pattern: 'скидк*' },
      { kind: 'price', text: '$15' },
    ]);
  });

  it('recognises prices with the currency on either side and ignores bare numbers', () => {
    for (const price of ['$5', '€12.50', '49 PLN', '1 990 ₽', '50rb', '10 EUR', '25 złotych']) expect(words(`only ${price}`), price).toEqual([price]);
    expect(words('We are 25 people in 3 cities since 2019')).toEqual([]);
  });

  it('ignores promotional words inside links', () => {
    expect(detectPromotion('Our story: https://example.com/promo/sale?discount=1').promotional).toBe(false);
  });
});
