/**
 * The words inside the dashboard's charts (axis names, series, weekdays) in the four languages.
 * They live in core, beside the option builders, because the web UI and the server-side reports
 * both draw the same charts and must word them the same; the builders still take them as an
 * argument, so a caller could pass its own.
 */
import type { EngagementDenominator } from '../metrics/dashboard.js';
import type { Locale } from '../validation.js';

export interface ChartLabels {
  /** BCP 47 tag for number and date formatting. */
  locale: Locale;
  /** Monday first, as `HeatCell.weekday` counts (0 = Monday). */
  weekdays: readonly [string, string, string, string, string, string, string];
  day: string;
  hour: string;
  impressions: string;
  reach: string;
  engagements: string;
  /** Already names the denominator in use ("Engagement rate by reach, %"). */
  engagementRate: string;
  linkClicks: string;
  orders: string;
  revenue: string;
  posts: string;
  sharesPerPost: string;
  virality: string;
  audienceActivity: string;
  withMedia: string;
  withoutMedia: string;
  question: string;
  statement: string;
  noData: string;
  titles: Record<ChartId, string>;
  /** One sentence per chart saying what it shows, for screen readers and the report. */
  descriptions: Record<ChartId, string>;
}

export const CHART_IDS = ['reach', 'engagement', 'clicks', 'heatmap', 'comparison_media', 'comparison_question', 'comparison_network', 'virality', 'money'] as const;
export type ChartId = (typeof CHART_IDS)[number];

type Words = Omit<ChartLabels, 'locale' | 'engagementRate' | 'titles' | 'descriptions'> & {
  engagementRateBy: Record<EngagementDenominator, string>;
  titles: Record<ChartId, string>;
  descriptions: Record<ChartId, string>;
};

const WORDS: Record<Locale, Words> = {
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    day: 'Day',
    hour: 'Hour',
    impressions: 'Impressions',
    reach: 'Reach',
    engagements: 'Engagements',
    engagementRateBy: { reach: 'Engagement rate by reach, %', impressions: 'Engagement rate by impressions, %', followers: 'Engagement rate by followers, %' },
    linkClicks: 'Link clicks',
    orders: 'Orders',
    revenue: 'Revenue',
    posts: 'Posts',
    sharesPerPost: 'Shares per post',
    virality: 'Virality, %',
    audienceActivity: 'Audience activity',
    withMedia: 'With image or video',
    withoutMedia: 'Text only',
    question: 'Question',
    statement: 'Statement',
    noData: 'No data',
    titles: {
      reach: 'Reach and impressions',
      engagement: 'Engagement',
      clicks: 'Link clicks',
      heatmap: 'Best time to post',
      comparison_media: 'With or without an image',
      comparison_question: 'Question or statement',
      comparison_network: 'By network',
      virality: 'Virality of the top posts',
      money: 'Orders and revenue',
    },
    descriptions: {
      reach: 'Reach and impressions per day.',
      engagement: 'Engagements per day and the engagement rate.',
      clicks: 'Clicks on tracked links per day, bots filtered out.',
      heatmap: 'Mean engagement rate of posts by weekday and hour of publishing, in the workspace time zone.',
      comparison_media: 'Mean engagement rate of posts with and without an image or video.',
      comparison_question: 'Mean engagement rate of posts that ask a question and of those that do not.',
      comparison_network: 'Mean engagement rate of posts per network.',
      virality: 'Shares divided by impressions of the top posts.',
      money: 'Orders brought by social media and their revenue per day.',
    },
  },
  id: {
    weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    day: 'Hari',
    hour: 'Jam',
    impressions: 'Tayangan',
    reach: 'Jangkauan',
    engagements: 'Interaksi',
    engagementRateBy: { reach: 'Tingkat interaksi per jangkauan, %', impressions: 'Tingkat interaksi per tayangan, %', followers: 'Tingkat interaksi per pengikut, %' },
    linkClicks: 'Klik tautan',
    orders: 'Pesanan',
    revenue: 'Pendapatan',
    posts: 'Postingan',
    sharesPerPost: 'Bagikan per postingan',
    virality: 'Viralitas, %',
    audienceActivity: 'Aktivitas audiens',
    withMedia: 'Dengan gambar atau video',
    withoutMedia: 'Hanya teks',
    question: 'Pertanyaan',
    statement: 'Pernyataan',
    noData: 'Tidak ada data',
    titles: {
      reach: 'Jangkauan dan tayangan',
      engagement: 'Interaksi',
      clicks: 'Klik tautan',
      heatmap: 'Waktu terbaik untuk memposting',
      comparison_media: 'Dengan atau tanpa gambar',
      comparison_question: 'Pertanyaan atau pernyataan',
      comparison_network: 'Per jaringan',
      virality: 'Viralitas postingan teratas',
      money: 'Pesanan dan pendapatan',
    },
    descriptions: {
      reach: 'Jangkauan dan tayangan per hari.',
      engagement: 'Interaksi per hari dan tingkat interaksi.',
      clicks: 'Klik pada tautan terlacak per hari, tanpa bot.',
      heatmap: 'Rata-rata tingkat interaksi postingan menurut hari dan jam publikasi, dalam zona waktu workspace.',
      comparison_media: 'Rata-rata tingkat interaksi postingan dengan dan tanpa gambar atau video.',
      comparison_question: 'Rata-rata tingkat interaksi postingan yang bertanya dan yang tidak.',
      comparison_network: 'Rata-rata tingkat interaksi postingan per jaringan.',
      virality: 'Jumlah dibagikan dibagi tayangan untuk postingan teratas.',
      money: 'Pesanan dari media sosial dan pendapatannya per hari.',
    },
  },
  ru: {
    weekdays: ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'],
    day: 'День',
    hour: 'Час',
    impressions: 'Показы',
    reach: 'Охват',
    engagements: 'Вовлечения',
    engagementRateBy: { reach: 'Вовлечённость по охвату, %', impressions: 'Вовлечённость по показам, %', followers: 'Вовлечённость по подписчикам, %' },
    linkClicks: 'Переходы по ссылкам',
    orders: 'Заказы',
    revenue: 'Выручка',
    posts: 'Публикации',
    sharesPerPost: 'Репостов на публикацию',
    virality: 'Виральность, %',
    audienceActivity: 'Активность аудитории',
    withMedia: 'С изображением или видео',
    withoutMedia: 'Только текст',
    question: 'Вопрос',
    statement: 'Утверждение',
    noData: 'Нет данных',
    titles: {
      reach: 'Охват и показы',
      engagement: 'Вовлечённость',
      clicks: 'Переходы по ссылкам',
      heatmap: 'Лучшее время для публикации',
      comparison_media: 'С изображением или без',
      comparison_question: 'Вопрос или утверждение',
      comparison_network: 'По сетям',
      virality: 'Виральность лучших публикаций',
      money: 'Заказы и выручка',
    },
    descriptions: {
      reach: 'Охват и показы по дням.',
      engagement: 'Вовлечения по дням и уровень вовлечённости.',
      clicks: 'Переходы по отслеживаемым ссылкам по дням, без ботов.',
      heatmap: 'Средняя вовлечённость публикаций по дню недели и часу публикации, в часовом поясе рабочего пространства.',
      comparison_media: 'Средняя вовлечённость публикаций с изображением или видео и без них.',
      comparison_question: 'Средняя вовлечённость публикаций с вопросом и без вопроса.',
      comparison_network: 'Средняя вовлечённость публикаций по сетям.',
      virality: 'Репосты, делённые на показы, у лучших публикаций.',
      money: 'Заказы из социальных сетей и выручка по дням.',
    },
  },
  pl: {
    weekdays: ['Poniedziałek', 'Wtorek', 'Środa', 'Czwartek', 'Piątek', 'Sobota', 'Niedziela'],
    day: 'Dzień',
    hour: 'Godzina',
    impressions: 'Wyświetlenia',
    reach: 'Zasięg',
    engagements: 'Interakcje',
    engagementRateBy: { reach: 'Wskaźnik zaangażowania względem zasięgu, %', impressions: 'Wskaźnik zaangażowania względem wyświetleń, %', followers: 'Wskaźnik zaangażowania względem obserwujących, %' },
    linkClicks: 'Kliknięcia w linki',
    orders: 'Zamówienia',
    revenue: 'Przychód',
    posts: 'Posty',
    sharesPerPost: 'Udostępnienia na post',
    virality: 'Wiralność, %',
    audienceActivity: 'Aktywność odbiorców',
    withMedia: 'Z obrazem lub wideo',
    withoutMedia: 'Sam tekst',
    question: 'Pytanie',
    statement: 'Stwierdzenie',
    noData: 'Brak danych',
    titles: {
      reach: 'Zasięg i wyświetlenia',
      engagement: 'Zaangażowanie',
      clicks: 'Kliknięcia w linki',
      heatmap: 'Najlepszy czas na publikację',
      comparison_media: 'Z obrazem czy bez',
      comparison_question: 'Pytanie czy stwierdzenie',
      comparison_network: 'Według sieci',
      virality: 'Wiralność najlepszych postów',
      money: 'Zamówienia i przychód',
    },
    descriptions: {
      reach: 'Zasięg i wyświetlenia dziennie.',
      engagement: 'Interakcje dziennie i wskaźnik zaangażowania.',
      clicks: 'Kliknięcia w śledzone linki dziennie, bez botów.',
      heatmap: 'Średni wskaźnik zaangażowania postów według dnia tygodnia i godziny publikacji, w strefie czasowej przestrzeni roboczej.',
      comparison_media: 'Średni wskaźnik zaangażowania postów z obrazem lub wideo i bez nich.',
      comparison_question: 'Średni wskaźnik zaangażowania postów z pytaniem i bez pytania.',
      comparison_network: 'Średni wskaźnik zaangażowania postów według sieci.',
      virality: 'Udostępnienia podzielone przez wyświetlenia najlepszych postów.',
      money: 'Zamówienia z mediów społecznościowych i ich przychód dziennie.',
    },
  },
};

/** The chart words of one language, with the engagement rate named by the denominator in use. */
export function chartLabels(locale: Locale, denominator: EngagementDenominator): ChartLabels {
  const { engagementRateBy, ...words } = WORDS[locale];
  return { ...words, locale, engagementRate: engagementRateBy[denominator] };
}
