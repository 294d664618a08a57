/**
 * An explainable detector of promotional language in English, Indonesian, Russian and Polish: a
 * post that asks people to buy, announces a discount or a sale, or names a price. It reports what
 * it matched, so the coach can say why a post counts as self-promotion.
 *
 * All four languages are checked on every post: short posts often have no detectable language, and
 * the patterns of the four do not collide in practice. Russian and Polish inflect, so their
 * patterns are stems ("скидк*", "rabat*"); Indonesian inflects with prefixes, so its derived forms
 * are listed ("membeli", "pembelian"). Words that are promotional only in some senses are left out
 * on purpose: Polish "okazja" is also "z okazji" (on the occasion of), English "save" is also
 * "save the date". One match is enough: a post that names a discount or a price is promotional.
 */
import { findPhrases, phraseBook, withoutLinks, type PhraseMatch } from './phrases.js';

const PROMOTION = phraseBook({
  en: [
    'buy', 'buy now', 'buying', 'discount*', 'promo', 'promos', 'promo code*', 'coupon*', 'voucher*', 'sale', 'sales',
    'on sale', 'clearance', 'order now', 'order today', 'order yours', 'pre order', 'preorder*', 'shop now', 'get yours',
    'limited offer', 'limited time', 'special offer', 'deal', 'deals', 'free shipping', 'free delivery', 'black friday',
    'cyber monday', 'bestseller*', 'best seller*', 'in stock', 'back in stock', 'cheapest', 'bargain*', 'cashback',
  ],
  id: [
    'beli', 'beli sekarang', 'membeli', 'pembelian', 'belanja', 'diskon', 'promo', 'potongan harga', 'harga spesial',
    'harga khusus', 'harga promo', 'pesan sekarang', 'order sekarang', 'gratis ongkir', 'cashback', 'voucher', 'kupon',
    'obral', 'dijual', 'jualan', 'stok terbatas', 'penawaran terbatas', 'penawaran spesial', 'termurah', 'checkout',
  ],
  ru: [
    'купи*', 'покупайте', 'покупк*', 'скидк*', 'акци*', 'распродаж*', 'промокод*', 'промо', 'закаж*', 'заказыва*',
    'заказать', 'оформ* заказ*', 'спецпредложени*', 'специальн* предложени*', 'выгодн* цен*', 'бесплатн* доставк*',
    'успей*', 'только сегодня', 'дешевле', 'в наличии', 'кэшбэк*', 'купон*', 'со скидкой',
  ],
  pl: [
    'kup', 'kupi*', 'kupuj*', 'zakup*', 'rabat*', 'zniżk*', 'promocj*', 'promo', 'wyprzedaż*', 'kod* rabatow*',
    'zamów', 'zamówcie', 'zamawiaj*', 'taniej', 'najtaniej', 'darmow* dostaw*', 'bezpłatn* dostaw*', 'tylko dziś',
    'specjaln* ofert*', 'ofert* specjaln*', 'dostępn* od ręki', 'kupon*', 'przedsprzedaż*', 'bestseller*',
  ],
});

/** A number with a currency before or after it: "$5", "19,99 zł", "Rp 50.000", "1 990 ₽", "49 PLN", "50rb". */
const AMOUNT = String.raw`\d(?:[\d\s.,]*\d)?`;
const CURRENCY_BEFORE = String.raw`(?:[$€£₽¥₹]|rp\.?|usd|eur|pln|idr|rub|gbp)`;
/** Russian "руб" and Polish "zł" inflect (рублей, złotych); Indonesian "rb" is ribu, thousand rupiah. */
const CURRENCY_AFTER = String.raw`(?:[$€£₽¥₹]|zł\p{L}*|zl|zlot\p{L}*|руб\p{L}*\.?|р\.|usd|eur|euro|pln|idr|rub|gbp|rb|rupiah|dollars?)`;
const PRICE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CURRENCY_BEFORE}\s?${AMOUNT}|${AMOUNT}\s?${CURRENCY_AFTER}(?![\p{L}\p{N}]))`,
  'giu',
);

/** "30% off", or "-30%" as shop windows in Russia and Poland write a discount. */
const PERCENT_OFF = /(?<![\p{L}\p{N}])\d{1,2}\s?%\s?off(?![\p{L}\p{N}])|(?<![\p{L}\p{N}-])[-−–]\s?\d{1,2}\s?%/giu;

/** What made a post promotional: a phrase, a price or a percentage off, as written. */
export interface PromotionSignal {
  readonly kind: 'phrase' | 'price' | 'percent_off';
  readonly text: string;
  /** The pattern that matched, for phrases ("скидк*"). */
  readonly pattern?: string | undefined;
}

export interface PromotionVerdict {
  readonly promotional: boolean;
  readonly signals: readonly PromotionSignal[];
}

function regexSignals(text: string, pattern: RegExp, kind: PromotionSignal['kind']): PromotionSignal[] {
  return [...text.matchAll(pattern)].map((match) => ({ kind, text: match[0].trim() }));
}

/** Whether a post's text is promotional, and the words, prices and discounts that say so. */
export function detectPromotion(text: string): PromotionVerdict {
  const plain = withoutLinks(text);
  const phrases = findPhrases(plain, PROMOTION).map((match: PhraseMatch): PromotionSignal => ({ kind: 'phrase', text: match.text, pattern: match.phrase }));
  const signals = [...phrases, ...regexSignals(plain, PRICE, 'price'), ...regexSignals(plain, PERCENT_OFF, 'percent_off')];
  return { promotional: signals.length > 0, signals };
}

/** The distinct words that made a text promotional, as written, for a finding's params. */
export function promotionWords(verdict: PromotionVerdict): string[] {
  return [...new Set(verdict.signals.map((signal) => signal.text))];
}
