/**
 * Project-written additions to the nlp.js sentiment lexicons, weights in -1..1.
 *
 * The packs' lexicons are large but machine-made, and miss or mis-sign words that social media
 * replies use all the time (checked in @nlpjs/lang-* 4.26.1): English SentiCon scores "bad" +0.25
 * and "crash" +0.375 and lacks "terrible" and "worst"; the Indonesian AFINN translation scores
 * "hebat" (great) -3 and "tidak" (not) -2 and lacks "mantap", "suka", "lambat"; the Polish one has
 * mostly masculine singular forms and lacks "świetny", "polecam", "dziękuję", "super"; the
 * Russian one lacks "кошмар", "рекомендую", "доволен". Only the English pack lists negations.
 * Zero weights remove a pack's entry ("sangat", very, is +4 there). These words override the packs' entries. They are matched like the packs' own words: exactly,
 * or through the pack's stemmer, so one form here also covers the forms that stem alike.
 */
import type { LexiconLanguage } from './sentiment.js';

export const EXTRA_WORDS: Record<LexiconLanguage, Record<string, number>> = {
  en: {
    bad: -0.6, terrible: -0.8, awful: -0.8, horrible: -0.8, worst: -0.9, crash: -0.5, crashes: -0.5, crashing: -0.5,
    slow: -0.4, disappointed: -0.6, disappointing: -0.6, angry: -0.6, hate: -0.7, poor: -0.5, rude: -0.6,
    problem: -0.4, issue: -0.3, error: -0.4, bug: -0.4, wait: -0.2, waiting: -0.3, late: -0.4, lost: -0.4,
    good: 0.5, great: 0.7, love: 0.7, excellent: 0.8, amazing: 0.8, awesome: 0.8, perfect: 0.8, best: 0.7,
    much: 0, in: 0, to: 0, time: 0, order: 0, look: 0, interesting: 0.3, work: 0.2, thanks: 0.5, thank: 0.5, nice: 0.5, happy: 0.6, helpful: 0.6, recommend: 0.6, fast: 0.3, fantastic: 0.8,
  },
  id: {
    hebat: 0.7, mantap: 0.7, mantul: 0.7, keren: 0.6, bagus: 0.6, baik: 0.4, suka: 0.5, puas: 0.6, memuaskan: 0.7,
    terbaik: 0.8, senang: 0.6, cinta: 0.6, makasih: 0.5, terima: 0.2, sangat: 0, harga: 0, luar: 0, dibalas: 0, error: -0.4, keterlaluan: -0.7, kasih: 0.3, ramah: 0.5, cepat: 0.3,
    rekomendasi: 0.5, recommended: 0.6, oke: 0.3, top: 0.5, tidak: 0, lambat: -0.4, lelet: -0.5, jelek: -0.6,
    buruk: -0.7, parah: -0.7, kecewa: -0.6, mengecewakan: -0.7, kesal: -0.6, marah: -0.6, bohong: -0.6,
    masalah: -0.4, gagal: -0.5, sampah: -0.7, hilang: -0.4, lama: -0.2, telat: -0.4, nyesel: -0.6, menyesal: -0.6,
  },
  ru: {
    отличн: 0.8, хорош: 0.5, прекрасн: 0.8, супер: 0.7, класс: 0.6, классн: 0.7, спасиб: 0.5, благодар: 0.5,
    доволен: 0.6, довольн: 0.6, рекоменд: 0.6, любл: 0.6, нрав: 0.5, быстр: 0.3, лучш: 0.6, молодц: 0.7,
    плох: -0.7, ужасн: -0.8, кошмар: -0.8, отвратительн: -0.9, разочарова: -0.6, недовол: -0.6, медлен: -0.4,
    проблем: -0.4, ошибк: -0.4, долг: -0.2, худш: -0.8, бесит: -0.7, позор: -0.8, хамств: -0.7, есть: 0, постоянно: 0, падает: -0.5, безобразие: -0.8, интересно: 0.3,
  },
  pl: {
    świetny: 0.8, świetna: 0.8, świetne: 0.8, super: 0.7, dobry: 0.5, dobra: 0.5, dobre: 0.5, dobrze: 0.5,
    polecam: 0.7, dziękuję: 0.5, dzięki: 0.5, kocham: 0.7, zadowolony: 0.6, zadowolona: 0.6, najlepszy: 0.8,
    najlepsza: 0.8, wspaniały: 0.8, szybko: 0.3, szybka: 0.3, rewelacja: 0.8, fajny: 0.5, fajna: 0.5, fajnie: 0.5,
    zły: -0.6, zła: -0.6, źle: -0.6, okropny: -0.8, okropna: -0.8, fatalny: -0.8, fatalna: -0.8, fatalnie: -0.8,
    beznadziejny: -0.8, beznadziejna: -0.8, kiepski: -0.5, kiepska: -0.5, rozczarowany: -0.6, rozczarowana: -0.6,
    żenada: -0.8, tragedia: -0.8, problem: -0.4, wolno: -0.3, najgorszy: -0.9, najgorsza: -0.9, nie: 0, zawiesza: -0.5, zawiesił: -0.5, skandal: -0.8, ciekawe: 0.3,
  },
};

/** Words that flip the opinion of the rest of their clause ("not good", "tidak bagus"). */
export const NEGATIONS: Record<LexiconLanguage, readonly string[]> = {
  en: ['not', 'no', 'never', 'neither', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "can't", 'cannot', "won't", 'dont', 'doesnt', 'didnt', 'isnt', 'cant', 'wont'],
  id: ['tidak', 'tak', 'bukan', 'belum', 'jangan', 'gak', 'nggak', 'ga', 'enggak', 'ndak'],
  ru: ['не', 'нет', 'ни'],
  pl: ['nie', 'ani'],
};

/** Words that start a new clause: what follows "but" is judged on its own. */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'tapi', 'tetapi', 'namun', 'но', 'однако', 'ale', 'lecz', 'jednak']);
