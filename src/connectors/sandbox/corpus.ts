/**
 * What the simulated audience says, in the four languages of the UI and three moods. The
 * negative texts carry complaint words (refund, pengembalian dana, возврат, zwrot) so the inbox's
 * priority rules have something to find. `{handle}` is replaced by the mentioned account.
 */
import type { Locale } from '../../core/validation.js';

export type Sentiment = 'positive' | 'neutral' | 'negative';
type Texts = Readonly<Record<Sentiment, readonly [string, ...string[]]>>;

export const COMMENTS: Readonly<Record<Locale, Texts>> = {
  en: {
    positive: ['Love this, thank you!', 'Great post, really helpful.', 'This made my day 😊', 'Exactly what I needed, thanks for sharing.'],
    neutral: ['Is this available in other colours?', 'What time does it start?', "Interesting, I'll have a look later."],
    negative: ['Still waiting for my refund, this is not okay.', 'Terrible service, nobody answers my emails.', 'The app keeps crashing since the update.'],
  },
  id: {
    positive: ['Keren banget, terima kasih!', 'Postingan yang sangat membantu.', 'Suka sekali dengan ini 😊', 'Mantap, ditunggu kabar berikutnya!'],
    neutral: ['Apakah ini tersedia dalam warna lain?', 'Jam berapa acaranya mulai?', 'Menarik, nanti saya cek lagi.'],
    negative: ['Saya masih menunggu pengembalian dana, kecewa sekali.', 'Pelayanannya buruk, tidak ada yang membalas.', 'Aplikasinya terus error sejak pembaruan.'],
  },
  ru: {
    positive: ['Отлично, спасибо!', 'Очень полезный пост.', 'Это просто супер 😊', 'То, что нужно, спасибо, что поделились.'],
    neutral: ['А есть другие цвета?', 'Во сколько начало?', 'Интересно, посмотрю позже.'],
    negative: ['До сих пор жду возврат денег, это безобразие.', 'Ужасный сервис, никто не отвечает.', 'Приложение постоянно падает после обновления.'],
  },
  pl: {
    positive: ['Super, dziękuję!', 'Bardzo pomocny wpis.', 'Świetne, poprawiło mi humor 😊', 'Dokładnie tego szukałem, dzięki!'],
    neutral: ['Czy to jest dostępne w innych kolorach?', 'O której godzinie start?', 'Ciekawe, zajrzę później.'],
    negative: ['Nadal czekam na zwrot pieniędzy, to skandal.', 'Fatalna obsługa, nikt nie odpowiada.', 'Aplikacja ciągle się zawiesza po aktualizacji.'],
  },
};

export const MENTIONS: Readonly<Record<Locale, Texts>> = {
  en: {
    positive: ['Big thanks to @{handle} for the quick help!', 'Shout-out to @{handle}, great work.'],
    neutral: ['Has anyone tried @{handle} yet?', '@{handle} do you ship to Canada?'],
    negative: ['@{handle} I want a refund, the order arrived broken.', 'Disappointed with @{handle} today.'],
  },
  id: {
    positive: ['Terima kasih @{handle} atas bantuannya yang cepat!', 'Salut untuk @{handle}, kerja bagus.'],
    neutral: ['Ada yang sudah coba @{handle}?', '@{handle} apakah kirim ke Surabaya?'],
    negative: ['@{handle} saya minta pengembalian dana, barangnya rusak.', 'Kecewa dengan @{handle} hari ini.'],
  },
  ru: {
    positive: ['Спасибо @{handle} за быструю помощь!', 'Респект @{handle}, отличная работа.'],
    neutral: ['Кто-нибудь пробовал @{handle}?', '@{handle} а доставка в Казань есть?'],
    negative: ['@{handle} требую возврат, заказ пришёл сломанным.', 'Разочарован @{handle} сегодня.'],
  },
  pl: {
    positive: ['Dzięki @{handle} za szybką pomoc!', 'Brawa dla @{handle}, świetna robota.'],
    neutral: ['Czy ktoś próbował @{handle}?', '@{handle} czy wysyłacie do Gdańska?'],
    negative: ['@{handle} chcę zwrot, zamówienie przyszło zepsute.', 'Rozczarowanie z @{handle} dzisiaj.'],
  },
};

export const DIRECT_MESSAGES: Readonly<Record<Locale, Texts>> = {
  en: {
    positive: ['Hi! Just wanted to say your team was wonderful.'],
    neutral: ["Hello, where is my order? It's been three days.", 'Do you have a discount for students?'],
    negative: ['I was charged twice, please process a refund.', 'Nobody replies to my emails, this is unacceptable.'],
  },
  id: {
    positive: ['Halo! Tim kalian luar biasa, terima kasih.'],
    neutral: ['Halo, pesanan saya sudah sampai mana?', 'Ada diskon untuk pelajar?'],
    negative: ['Saya ditagih dua kali, mohon pengembalian dana.', 'Email saya tidak pernah dibalas, ini keterlaluan.'],
  },
  ru: {
    positive: ['Здравствуйте! Хотел сказать, что ваша команда молодцы.'],
    neutral: ['Здравствуйте, где мой заказ?', 'Есть ли скидка для студентов?'],
    negative: ['С меня списали деньги дважды, оформите возврат.', 'Никто не отвечает на письма, это недопустимо.'],
  },
  pl: {
    positive: ['Cześć! Wasz zespół jest wspaniały, dziękuję.'],
    neutral: ['Dzień dobry, gdzie jest moje zamówienie?', 'Czy macie zniżkę dla studentów?'],
    negative: ['Pobraliście opłatę dwa razy, proszę o zwrot.', 'Nikt nie odpowiada na maile, to nie do przyjęcia.'],
  },
};

/** Posts by other accounts, for search and listening. */
export const OTHERS_POSTS: Readonly<Record<Locale, readonly [string, ...string[]]>> = {
  en: [
    'Morning coffee and a new marketing plan.',
    'Anyone else loving the weekend sale?',
    'Our team shipped a new app update today.',
    'Best coffee in town? Recommendations please.',
    'Social media tips: post when your audience is awake.',
  ],
  id: [
    'Kopi pagi dan rencana pemasaran baru.',
    'Ada yang ikut promo akhir pekan?',
    'Tim kami merilis pembaruan aplikasi hari ini.',
    'Kopi terenak di Jakarta di mana ya?',
    'Tips media sosial: posting saat audiens aktif.',
  ],
  ru: [
    'Утренний кофе и новый маркетинговый план.',
    'Кто уже видел распродажу выходного дня?',
    'Наша команда выпустила обновление приложения.',
    'Где лучший кофе в Москве?',
    'Совет по соцсетям: публикуйте, когда аудитория онлайн.',
  ],
  pl: [
    'Poranna kawa i nowy plan marketingowy.',
    'Ktoś korzysta z weekendowej wyprzedaży?',
    'Nasz zespół wydał dziś aktualizację aplikacji.',
    'Gdzie najlepsza kawa w Krakowie?',
    'Porada: publikuj, gdy twoi odbiorcy są online.',
  ],
};

/** Simulated people: a display name and the handle stem it goes with. */
export const PEOPLE: Readonly<Record<Locale, readonly [readonly [string, string], ...(readonly [string, string])[]]>> = {
  en: [['Alex Morgan', 'alexm'], ['Sam Taylor', 'samtaylor'], ['Jordan Lee', 'jordanlee'], ['Casey Brown', 'caseyb'], ['Riley Smith', 'rileys'], ['Jamie Clark', 'jamieclark']],
  id: [['Budi Santoso', 'budis'], ['Siti Rahma', 'sitirahma'], ['Agus Wijaya', 'aguswijaya'], ['Dewi Lestari', 'dewil'], ['Rina Putri', 'rinaputri'], ['Andi Saputra', 'andis']],
  ru: [['Иван Петров', 'ivan_petrov'], ['Анна Смирнова', 'anna_smirnova'], ['Дмитрий Орлов', 'dorlov'], ['Мария Волкова', 'mvolkova'], ['Олег Соколов', 'olegsokolov'], ['Елена Морозова', 'elena_m']],
  pl: [['Anna Nowak', 'annanowak'], ['Piotr Kowalski', 'pkowalski'], ['Kasia Wiśniewska', 'kasiaw'], ['Marek Zieliński', 'marekz'], ['Ola Wójcik', 'olawojcik'], ['Tomek Lewandowski', 'tomekl']],
};
