/**
 * The words of the dashboard report (A7) in the four languages. The charts' own words come from
 * core/charts/labels.ts and the metric definitions from core/metrics/definitions.ts, shared with
 * the web UI, so a report reads like the screen.
 */
import type { EngagementDenominator, KpiStatus } from '../../core/metrics/dashboard.js';
import type { Locale } from '../../core/validation.js';

export interface ReportWords {
  title: (workspace: string) => string;
  period: string;
  timezone: string;
  generated: string;
  denominator: Record<EngagementDenominator, string>;
  engagementRate: string;
  kpis: string;
  noStrategy: string;
  kpiNames: Record<string, string>;
  status: Record<KpiStatus, string>;
  previous: string;
  target: string;
  charts: string;
  chartEmpty: string;
  topPosts: string;
  noPosts: string;
  accounts: string;
  noAccounts: string;
  links: string;
  money: string;
  channels: string;
  definitions: string;
  column: {
    post: string; network: string; account: string; published: string; impressions: string; reach: string; engagements: string;
    engagementRate: string; virality: string; reachBeyondFollowers: string; linkClicks: string; orders: string; followers: string;
    growthRate: string; engagedShare: string; suspicious: string; channel: string; spend: string; revenue: string; costPerOrder: string;
  };
  linkFigures: { clicks: string; uniqueVisitors: string; clickThroughRate: string; botClicksFiltered: string };
  moneyFigures: { orders: string; revenue: string; spend: string; costPerOrder: string; returnOnSpend: string; averageOrderValue: string; repeatPurchaseRate: string };
  channelNames: Record<string, string>;
  warning: { above_average_order_value: string; worst_channel: string };
  suspiciousDay: (day: string, gained: string) => string;
  unknown: string;
  footer: string;
}

const KPI_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    orders: 'Orders', revenue: 'Revenue', cost_per_order: 'Cost per order', link_clicks: 'Link clicks', click_through_rate: 'Click-through rate',
    repeat_purchase_rate: 'Repeat-purchase rate', orders_via_opinion_leaders: 'Orders via opinion leaders', revenue_via_opinion_leaders: 'Revenue via opinion leaders',
    reach: 'Reach', engaged_audience_growth: 'Growth of the engaged audience', net_sentiment: 'Net sentiment', negative_mention_share: 'Share of negative mentions',
    comments_received: 'Comments received', replies_received: 'Replies received', engagement_rate_by_reach: 'Engagement rate by reach', mentions: 'Mentions',
    median_first_response_minutes: 'Median first response time',
  },
  id: {
    orders: 'Pesanan', revenue: 'Pendapatan', cost_per_order: 'Biaya per pesanan', link_clicks: 'Klik tautan', click_through_rate: 'Rasio klik-tayang',
    repeat_purchase_rate: 'Tingkat pembelian ulang', orders_via_opinion_leaders: 'Pesanan lewat pemimpin opini', revenue_via_opinion_leaders: 'Pendapatan lewat pemimpin opini',
    reach: 'Jangkauan', engaged_audience_growth: 'Pertumbuhan audiens yang terlibat', net_sentiment: 'Sentimen bersih', negative_mention_share: 'Porsi sebutan negatif',
    comments_received: 'Komentar diterima', replies_received: 'Balasan diterima', engagement_rate_by_reach: 'Tingkat interaksi per jangkauan', mentions: 'Sebutan',
    median_first_response_minutes: 'Median waktu respons pertama',
  },
  ru: {
    orders: 'Заказы', revenue: 'Выручка', cost_per_order: 'Стоимость заказа', link_clicks: 'Переходы по ссылкам', click_through_rate: 'CTR (кликабельность)',
    repeat_purchase_rate: 'Доля повторных покупок', orders_via_opinion_leaders: 'Заказы через лидеров мнений', revenue_via_opinion_leaders: 'Выручка через лидеров мнений',
    reach: 'Охват', engaged_audience_growth: 'Рост вовлечённой аудитории', net_sentiment: 'Чистая тональность', negative_mention_share: 'Доля негативных упоминаний',
    comments_received: 'Полученные комментарии', replies_received: 'Полученные ответы', engagement_rate_by_reach: 'Вовлечённость по охвату', mentions: 'Упоминания',
    median_first_response_minutes: 'Медиана времени первого ответа',
  },
  pl: {
    orders: 'Zamówienia', revenue: 'Przychód', cost_per_order: 'Koszt zamówienia', link_clicks: 'Kliknięcia w linki', click_through_rate: 'Współczynnik klikalności',
    repeat_purchase_rate: 'Odsetek ponownych zakupów', orders_via_opinion_leaders: 'Zamówienia przez liderów opinii', revenue_via_opinion_leaders: 'Przychód przez liderów opinii',
    reach: 'Zasięg', engaged_audience_growth: 'Wzrost zaangażowanej publiczności', net_sentiment: 'Sentyment netto', negative_mention_share: 'Udział negatywnych wzmianek',
    comments_received: 'Otrzymane komentarze', replies_received: 'Otrzymane odpowiedzi', engagement_rate_by_reach: 'Wskaźnik zaangażowania względem zasięgu', mentions: 'Wzmianki',
    median_first_response_minutes: 'Mediana czasu pierwszej odpowiedzi',
  },
};

export const REPORT_WORDS: Record<Locale, ReportWords> = {
  en: {
    title: (workspace) => `Social media report: ${workspace}`,
    engagementRate: 'Engagement rate',
    period: 'Period',
    timezone: 'Time zone',
    generated: 'Generated',
    denominator: { reach: 'Engagement rate is measured by reach', impressions: 'Engagement rate is measured by impressions', followers: 'Engagement rate is measured by followers' },
    kpis: 'Key figures',
    noStrategy: 'The workspace has no strategy yet, so these figures have no targets.',
    kpiNames: KPI_NAMES.en,
    status: { met: 'Target met', behind: 'Behind target', no_target: 'No target', no_data: 'No data' },
    previous: 'Previous period',
    target: 'Target',
    charts: 'Charts',
    chartEmpty: 'No data for this chart in the period.',
    topPosts: 'Top posts',
    noPosts: 'No posts were published in this period.',
    accounts: 'Accounts: size beside quality',
    noAccounts: 'No accounts are connected.',
    links: 'Tracked links',
    money: 'Orders and money',
    channels: 'Cost per order by channel',
    definitions: 'Definitions',
    column: {
      post: 'Post', network: 'Network', account: 'Account', published: 'Published', impressions: 'Impressions', reach: 'Reach', engagements: 'Engagements',
      engagementRate: 'Engagement rate', virality: 'Virality', reachBeyondFollowers: 'Reach beyond followers', linkClicks: 'Link clicks', orders: 'Orders',
      followers: 'Followers', growthRate: 'Growth', engagedShare: 'Engaged share', suspicious: 'Suspicious growth', channel: 'Channel', spend: 'Spend',
      revenue: 'Revenue', costPerOrder: 'Cost per order',
    },
    linkFigures: { clicks: 'Clicks', uniqueVisitors: 'Unique visitors', clickThroughRate: 'Click-through rate', botClicksFiltered: 'Bot clicks filtered out' },
    moneyFigures: { orders: 'Orders', revenue: 'Revenue', spend: 'Spend', costPerOrder: 'Cost per order', returnOnSpend: 'Return on spend', averageOrderValue: 'Average order value', repeatPurchaseRate: 'Repeat-purchase rate' },
    channelNames: { social: 'Social media', seo: 'Search (SEO)', search_ads: 'Search ads', email: 'E-mail' },
    warning: {
      above_average_order_value: 'Warning: social media’s cost per order is above the average order value, so each order loses money.',
      worst_channel: 'Warning: social media has the highest cost per order of all channels.',
    },
    suspiciousDay: (day, gained) => `${day}: +${gained} followers without matching engagement`,
    unknown: 'unknown',
    footer: 'Made with Chorus. Figures are computed from raw counts when the report is made; “unknown” means no data, not zero.',
  },
  id: {
    title: (workspace) => `Laporan media sosial: ${workspace}`,
    engagementRate: 'Tingkat interaksi',
    period: 'Periode',
    timezone: 'Zona waktu',
    generated: 'Dibuat',
    denominator: { reach: 'Tingkat interaksi diukur per jangkauan', impressions: 'Tingkat interaksi diukur per tayangan', followers: 'Tingkat interaksi diukur per pengikut' },
    kpis: 'Angka utama',
    noStrategy: 'Workspace belum memiliki strategi, jadi angka ini tidak memiliki target.',
    kpiNames: KPI_NAMES.id,
    status: { met: 'Target tercapai', behind: 'Di bawah target', no_target: 'Tanpa target', no_data: 'Tidak ada data' },
    previous: 'Periode sebelumnya',
    target: 'Target',
    charts: 'Grafik',
    chartEmpty: 'Tidak ada data untuk grafik ini pada periode tersebut.',
    topPosts: 'Postingan teratas',
    noPosts: 'Tidak ada postingan yang diterbitkan pada periode ini.',
    accounts: 'Akun: ukuran di samping kualitas',
    noAccounts: 'Belum ada akun yang terhubung.',
    links: 'Tautan terlacak',
    money: 'Pesanan dan uang',
    channels: 'Biaya per pesanan menurut saluran',
    definitions: 'Definisi',
    column: {
      post: 'Postingan', network: 'Jaringan', account: 'Akun', published: 'Diterbitkan', impressions: 'Tayangan', reach: 'Jangkauan', engagements: 'Interaksi',
      engagementRate: 'Tingkat interaksi', virality: 'Viralitas', reachBeyondFollowers: 'Jangkauan di luar pengikut', linkClicks: 'Klik tautan', orders: 'Pesanan',
      followers: 'Pengikut', growthRate: 'Pertumbuhan', engagedShare: 'Porsi terlibat', suspicious: 'Pertumbuhan mencurigakan', channel: 'Saluran', spend: 'Biaya',
      revenue: 'Pendapatan', costPerOrder: 'Biaya per pesanan',
    },
    linkFigures: { clicks: 'Klik', uniqueVisitors: 'Pengunjung unik', clickThroughRate: 'Rasio klik-tayang', botClicksFiltered: 'Klik bot yang disaring' },
    moneyFigures: { orders: 'Pesanan', revenue: 'Pendapatan', spend: 'Biaya', costPerOrder: 'Biaya per pesanan', returnOnSpend: 'Imbal hasil biaya', averageOrderValue: 'Nilai pesanan rata-rata', repeatPurchaseRate: 'Tingkat pembelian ulang' },
    channelNames: { social: 'Media sosial', seo: 'Pencarian (SEO)', search_ads: 'Iklan pencarian', email: 'E-mail' },
    warning: {
      above_average_order_value: 'Peringatan: biaya per pesanan media sosial di atas nilai pesanan rata-rata, sehingga setiap pesanan merugi.',
      worst_channel: 'Peringatan: media sosial memiliki biaya per pesanan tertinggi dari semua saluran.',
    },
    suspiciousDay: (day, gained) => `${day}: +${gained} pengikut tanpa interaksi yang sepadan`,
    unknown: 'tidak diketahui',
    footer: 'Dibuat dengan Chorus. Angka dihitung dari data mentah saat laporan dibuat; “tidak diketahui” berarti tidak ada data, bukan nol.',
  },
  ru: {
    title: (workspace) => `Отчёт по социальным сетям: ${workspace}`,
    engagementRate: 'Вовлечённость',
    period: 'Период',
    timezone: 'Часовой пояс',
    generated: 'Создан',
    denominator: { reach: 'Вовлечённость считается по охвату', impressions: 'Вовлечённость считается по показам', followers: 'Вовлечённость считается по подписчикам' },
    kpis: 'Ключевые показатели',
    noStrategy: 'У рабочего пространства ещё нет стратегии, поэтому у показателей нет целей.',
    kpiNames: KPI_NAMES.ru,
    status: { met: 'Цель достигнута', behind: 'Отстаёт от цели', no_target: 'Без цели', no_data: 'Нет данных' },
    previous: 'Предыдущий период',
    target: 'Цель',
    charts: 'Графики',
    chartEmpty: 'Нет данных для этого графика за период.',
    topPosts: 'Лучшие публикации',
    noPosts: 'За этот период ничего не опубликовано.',
    accounts: 'Аккаунты: размер рядом с качеством',
    noAccounts: 'Нет подключённых аккаунтов.',
    links: 'Отслеживаемые ссылки',
    money: 'Заказы и деньги',
    channels: 'Стоимость заказа по каналам',
    definitions: 'Определения',
    column: {
      post: 'Публикация', network: 'Сеть', account: 'Аккаунт', published: 'Опубликовано', impressions: 'Показы', reach: 'Охват', engagements: 'Вовлечения',
      engagementRate: 'Вовлечённость', virality: 'Виральность', reachBeyondFollowers: 'Охват за пределами подписчиков', linkClicks: 'Переходы', orders: 'Заказы',
      followers: 'Подписчики', growthRate: 'Рост', engagedShare: 'Доля вовлечённых', suspicious: 'Подозрительный рост', channel: 'Канал', spend: 'Расходы',
      revenue: 'Выручка', costPerOrder: 'Стоимость заказа',
    },
    linkFigures: { clicks: 'Переходы', uniqueVisitors: 'Уникальные посетители', clickThroughRate: 'CTR (кликабельность)', botClicksFiltered: 'Отсеяно переходов ботов' },
    moneyFigures: { orders: 'Заказы', revenue: 'Выручка', spend: 'Расходы', costPerOrder: 'Стоимость заказа', returnOnSpend: 'Окупаемость расходов', averageOrderValue: 'Средний чек', repeatPurchaseRate: 'Доля повторных покупок' },
    channelNames: { social: 'Социальные сети', seo: 'Поиск (SEO)', search_ads: 'Поисковая реклама', email: 'E-mail' },
    warning: {
      above_average_order_value: 'Внимание: стоимость заказа из социальных сетей выше среднего чека, каждый заказ убыточен.',
      worst_channel: 'Внимание: у социальных сетей самая высокая стоимость заказа среди всех каналов.',
    },
    suspiciousDay: (day, gained) => `${day}: +${gained} подписчиков без соответствующей активности`,
    unknown: 'неизвестно',
    footer: 'Сделано в Chorus. Показатели рассчитаны из исходных данных в момент создания отчёта; «неизвестно» означает отсутствие данных, а не ноль.',
  },
  pl: {
    title: (workspace) => `Raport z mediów społecznościowych: ${workspace}`,
    engagementRate: 'Wskaźnik zaangażowania',
    period: 'Okres',
    timezone: 'Strefa czasowa',
    generated: 'Utworzono',
    denominator: { reach: 'Wskaźnik zaangażowania liczony względem zasięgu', impressions: 'Wskaźnik zaangażowania liczony względem wyświetleń', followers: 'Wskaźnik zaangażowania liczony względem obserwujących' },
    kpis: 'Kluczowe wskaźniki',
    noStrategy: 'Przestrzeń robocza nie ma jeszcze strategii, więc wskaźniki nie mają celów.',
    kpiNames: KPI_NAMES.pl,
    status: { met: 'Cel osiągnięty', behind: 'Poniżej celu', no_target: 'Bez celu', no_data: 'Brak danych' },
    previous: 'Poprzedni okres',
    target: 'Cel',
    charts: 'Wykresy',
    chartEmpty: 'Brak danych dla tego wykresu w tym okresie.',
    topPosts: 'Najlepsze posty',
    noPosts: 'W tym okresie nie opublikowano żadnych postów.',
    accounts: 'Konta: wielkość obok jakości',
    noAccounts: 'Żadne konto nie jest połączone.',
    links: 'Śledzone linki',
    money: 'Zamówienia i pieniądze',
    channels: 'Koszt zamówienia według kanału',
    definitions: 'Definicje',
    column: {
      post: 'Post', network: 'Sieć', account: 'Konto', published: 'Opublikowano', impressions: 'Wyświetlenia', reach: 'Zasięg', engagements: 'Interakcje',
      engagementRate: 'Wskaźnik zaangażowania', virality: 'Wiralność', reachBeyondFollowers: 'Zasięg poza obserwującymi', linkClicks: 'Kliknięcia', orders: 'Zamówienia',
      followers: 'Obserwujący', growthRate: 'Wzrost', engagedShare: 'Udział zaangażowanych', suspicious: 'Podejrzany wzrost', channel: 'Kanał', spend: 'Wydatki',
      revenue: 'Przychód', costPerOrder: 'Koszt zamówienia',
    },
    linkFigures: { clicks: 'Kliknięcia', uniqueVisitors: 'Unikalni odwiedzający', clickThroughRate: 'Współczynnik klikalności', botClicksFiltered: 'Odfiltrowane kliknięcia botów' },
    moneyFigures: { orders: 'Zamówienia', revenue: 'Przychód', spend: 'Wydatki', costPerOrder: 'Koszt zamówienia', returnOnSpend: 'Zwrot z wydatków', averageOrderValue: 'Średnia wartość zamówienia', repeatPurchaseRate: 'Odsetek ponownych zakupów' },
    channelNames: { social: 'Media społecznościowe', seo: 'Wyszukiwarka (SEO)', search_ads: 'Reklamy w wyszukiwarce', email: 'E-mail' },
    warning: {
      above_average_order_value: 'Uwaga: koszt zamówienia z mediów społecznościowych przekracza średnią wartość zamówienia, więc każde zamówienie przynosi stratę.',
      worst_channel: 'Uwaga: media społecznościowe mają najwyższy koszt zamówienia ze wszystkich kanałów.',
    },
    suspiciousDay: (day, gained) => `${day}: +${gained} obserwujących bez odpowiadającego zaangażowania`,
    unknown: 'nieznane',
    footer: 'Utworzono w Chorus. Wskaźniki liczone z surowych danych w chwili tworzenia raportu; „nieznane” oznacza brak danych, nie zero.',
  },
};

export type SharePageProblem = 'expired' | 'revoked' | 'not_found';

/** The public page's answer when a share link no longer (or never) leads to a report. */
export const SHARE_PAGE_WORDS: Record<Locale, Record<SharePageProblem, { title: string; text: string }>> = {
  en: {
    expired: { title: 'This report link has expired', text: 'Share links work for a limited time. Ask the person who sent it for a new link.' },
    revoked: { title: 'This report link was withdrawn', text: 'The workspace revoked this link. Ask the person who sent it for a new one.' },
    not_found: { title: 'No report at this address', text: 'Check that the link was copied completely, or ask the person who sent it for a new one.' },
  },
  id: {
    expired: { title: 'Tautan laporan ini sudah kedaluwarsa', text: 'Tautan berbagi hanya berlaku untuk waktu terbatas. Mintalah tautan baru kepada pengirimnya.' },
    revoked: { title: 'Tautan laporan ini telah dicabut', text: 'Workspace mencabut tautan ini. Mintalah tautan baru kepada pengirimnya.' },
    not_found: { title: 'Tidak ada laporan di alamat ini', text: 'Periksa apakah tautan tersalin lengkap, atau mintalah tautan baru kepada pengirimnya.' },
  },
  ru: {
    expired: { title: 'Срок действия ссылки на отчёт истёк', text: 'Ссылки для просмотра действуют ограниченное время. Попросите отправителя прислать новую ссылку.' },
    revoked: { title: 'Ссылка на отчёт отозвана', text: 'Рабочее пространство отозвало эту ссылку. Попросите отправителя прислать новую.' },
    not_found: { title: 'По этому адресу нет отчёта', text: 'Проверьте, что ссылка скопирована полностью, или попросите отправителя прислать новую.' },
  },
  pl: {
    expired: { title: 'Link do raportu wygasł', text: 'Linki do udostępniania działają przez ograniczony czas. Poproś nadawcę o nowy link.' },
    revoked: { title: 'Link do raportu został wycofany', text: 'Przestrzeń robocza wycofała ten link. Poproś nadawcę o nowy.' },
    not_found: { title: 'Pod tym adresem nie ma raportu', text: 'Sprawdź, czy link został skopiowany w całości, lub poproś nadawcę o nowy.' },
  },
};
