/**
 * The words of the strategy document in the four languages of the product. Headings, goal names,
 * periods and the content plan's phrases are here; the advisor's reasons, its conclusion and the
 * channel names come from the shared wording in core/strategy/wording. The facts' statements are English.
 */
import type { Locale } from '../../../core/validation.js';
import type { GoalId, KpiPeriod } from '../../../core/strategy/goals.js';
import type { StrategyRoleName } from '../../../core/planning/types.js';
import type { Verdict } from '../../../core/strategy/reasons.js';

export interface Labels {
  title: (workspace: string) => string;
  version: (version: number, date: string, author: string | null) => string;
  goals: string;
  kpis: string;
  noTarget: string;
  target: (value: string, period: string) => string;
  platforms: string;
  noPlatforms: string;
  score: (score: number, verdict: string) => string;
  conclusion: string;
  contentPlan: string;
  postsPerWeek: (count: number) => string;
  promotionalMax: (percent: number) => string;
  dialogueMin: (percent: number) => string;
  withImageMin: (percent: number) => string;
  responseTime: (minutes: number) => string;
  roles: string;
  unassigned: string;
  hoursPerWeek: (hours: number) => string;
  notes: string;
  sources: string;
  factsVersion: (version: string) => string;
  goalNames: Record<GoalId, string>;
  periods: Record<KpiPeriod, string>;
  verdicts: Record<Verdict, string>;
  roleNames: Record<StrategyRoleName, string>;
}

const duration = (minutes: number, h: string, min: string) =>
  minutes % 60 === 0 ? `${minutes / 60} ${h}` : minutes > 60 ? `${Math.floor(minutes / 60)} ${h} ${minutes % 60} ${min}` : `${minutes} ${min}`;

const en: Labels = {
  title: (workspace) => `Social media strategy: ${workspace}`,
  version: (version, date, author) => `Version ${version}, saved ${date}${author ? ` by ${author}` : ''}.`,
  goals: 'Goals',
  kpis: 'KPIs',
  noTarget: 'measured, no target yet',
  target: (value, period) => `target ${value} per ${period}`,
  platforms: 'Chosen platforms',
  noPlatforms: 'No platform chosen.',
  score: (score, verdict) => `score ${score}, ${verdict}`,
  conclusion: "The advisor's conclusion",
  contentPlan: 'Content plan',
  postsPerWeek: (count) => `${count} posts a week`,
  promotionalMax: (percent) => `Promotional posts: at most ${percent} %`,
  dialogueMin: (percent) => `Posts that start a dialogue: at least ${percent} %`,
  withImageMin: (percent) => `Posts with an image: at least ${percent} %`,
  responseTime: (minutes) => `Answer customers within ${duration(minutes, 'h', 'min')}`,
  roles: 'Roles',
  unassigned: 'unassigned',
  hoursPerWeek: (hours) => `${hours} h a week`,
  notes: 'Notes',
  sources: 'Sources',
  factsVersion: (version) => `Platform facts version ${version}.`,
  goalNames: {
    sales: 'Sales',
    traffic: 'Traffic to the site',
    repeat_sales: 'Repeat sales',
    recommendations: 'Recommendations',
    brand_awareness: 'Brand awareness',
    reputation: 'Reputation',
    feedback: 'Feedback',
    personal_brand: 'Personal brand',
    customer_service: 'Customer service',
  },
  periods: { week: 'week', month: 'month', quarter: 'quarter', year: 'year' },
  verdicts: { recommended: 'recommended', consider: 'worth considering', not_recommended: 'not recommended' },
  roleNames: {
    strategist: 'Strategist',
    content_author: 'Content author',
    approver: 'Approver',
    community_manager: 'Community manager',
    analyst: 'Analyst',
  },
};

const id: Labels = {
  ...en,
  title: (workspace) => `Strategi media sosial: ${workspace}`,
  version: (version, date, author) => `Versi ${version}, disimpan ${date}${author ? ` oleh ${author}` : ''}.`,
  goals: 'Tujuan',
  kpis: 'KPI',
  noTarget: 'diukur, belum ada target',
  target: (value, period) => `target ${value} per ${period}`,
  platforms: 'Platform yang dipilih',
  noPlatforms: 'Belum ada platform yang dipilih.',
  score: (score, verdict) => `skor ${score}, ${verdict}`,
  conclusion: 'Kesimpulan penasihat',
  contentPlan: 'Rencana konten',
  postsPerWeek: (count) => `${count} posting per minggu`,
  promotionalMax: (percent) => `Posting promosi: paling banyak ${percent} %`,
  dialogueMin: (percent) => `Posting yang memulai dialog: paling sedikit ${percent} %`,
  withImageMin: (percent) => `Posting dengan gambar: paling sedikit ${percent} %`,
  responseTime: (minutes) => `Jawab pelanggan dalam ${duration(minutes, 'jam', 'menit')}`,
  roles: 'Peran',
  unassigned: 'belum ditetapkan',
  hoursPerWeek: (hours) => `${hours} jam per minggu`,
  notes: 'Catatan',
  sources: 'Sumber',
  factsVersion: (version) => `Versi fakta platform ${version}.`,
  goalNames: {
    sales: 'Penjualan',
    traffic: 'Lalu lintas ke situs',
    repeat_sales: 'Penjualan berulang',
    recommendations: 'Rekomendasi',
    brand_awareness: 'Kesadaran merek',
    reputation: 'Reputasi',
    feedback: 'Umpan balik',
    personal_brand: 'Merek pribadi',
    customer_service: 'Layanan pelanggan',
  },
  periods: { week: 'minggu', month: 'bulan', quarter: 'kuartal', year: 'tahun' },
  verdicts: { recommended: 'disarankan', consider: 'layak dipertimbangkan', not_recommended: 'tidak disarankan' },
  roleNames: {
    strategist: 'Perencana strategi',
    content_author: 'Penulis konten',
    approver: 'Pemberi persetujuan',
    community_manager: 'Pengelola komunitas',
    analyst: 'Analis',
  },
};

const ru: Labels = {
  ...en,
  title: (workspace) => `Стратегия в социальных сетях: ${workspace}`,
  version: (version, date, author) => `Версия ${version}, сохранена ${date}${author ? `, автор: ${author}` : ''}.`,
  goals: 'Цели',
  kpis: 'KPI',
  noTarget: 'измеряется, цель не задана',
  target: (value, period) => `цель ${value} за ${period}`,
  platforms: 'Выбранные платформы',
  noPlatforms: 'Платформы не выбраны.',
  score: (score, verdict) => `оценка ${score}, ${verdict}`,
  conclusion: 'Вывод советника',
  contentPlan: 'Контент-план',
  postsPerWeek: (count) => `публикаций в неделю: ${count}`,
  promotionalMax: (percent) => `Рекламные публикации: не более ${percent} %`,
  dialogueMin: (percent) => `Публикации, начинающие диалог: не менее ${percent} %`,
  withImageMin: (percent) => `Публикации с изображением: не менее ${percent} %`,
  responseTime: (minutes) => `Отвечать клиентам в течение ${duration(minutes, 'ч', 'мин')}`,
  roles: 'Роли',
  unassigned: 'не назначено',
  hoursPerWeek: (hours) => `${hours} ч в неделю`,
  notes: 'Заметки',
  sources: 'Источники',
  factsVersion: (version) => `Версия данных о платформах: ${version}.`,
  goalNames: {
    sales: 'Продажи',
    traffic: 'Трафик на сайт',
    repeat_sales: 'Повторные продажи',
    recommendations: 'Рекомендации',
    brand_awareness: 'Узнаваемость бренда',
    reputation: 'Репутация',
    feedback: 'Обратная связь',
    personal_brand: 'Личный бренд',
    customer_service: 'Обслуживание клиентов',
  },
  periods: { week: 'неделю', month: 'месяц', quarter: 'квартал', year: 'год' },
  verdicts: { recommended: 'рекомендуется', consider: 'стоит рассмотреть', not_recommended: 'не рекомендуется' },
  roleNames: {
    strategist: 'Стратег',
    content_author: 'Автор контента',
    approver: 'Согласующий',
    community_manager: 'Комьюнити-менеджер',
    analyst: 'Аналитик',
  },
};

const pl: Labels = {
  ...en,
  title: (workspace) => `Strategia w mediach społecznościowych: ${workspace}`,
  version: (version, date, author) => `Wersja ${version}, zapisana ${date}${author ? `, autor: ${author}` : ''}.`,
  goals: 'Cele',
  kpis: 'KPI',
  noTarget: 'mierzony, bez celu',
  target: (value, period) => `cel ${value} na ${period}`,
  platforms: 'Wybrane platformy',
  noPlatforms: 'Nie wybrano platform.',
  score: (score, verdict) => `ocena ${score}, ${verdict}`,
  conclusion: 'Wniosek doradcy',
  contentPlan: 'Plan treści',
  postsPerWeek: (count) => `postów tygodniowo: ${count}`,
  promotionalMax: (percent) => `Posty promocyjne: najwyżej ${percent} %`,
  dialogueMin: (percent) => `Posty zaczynające rozmowę: co najmniej ${percent} %`,
  withImageMin: (percent) => `Posty z obrazem: co najmniej ${percent} %`,
  responseTime: (minutes) => `Odpowiadaj klientom w ciągu ${duration(minutes, 'godz.', 'min')}`,
  roles: 'Role',
  unassigned: 'nieprzypisana',
  hoursPerWeek: (hours) => `${hours} godz. tygodniowo`,
  notes: 'Notatki',
  sources: 'Źródła',
  factsVersion: (version) => `Wersja danych o platformach: ${version}.`,
  goalNames: {
    sales: 'Sprzedaż',
    traffic: 'Ruch na stronie',
    repeat_sales: 'Ponowna sprzedaż',
    recommendations: 'Polecenia',
    brand_awareness: 'Rozpoznawalność marki',
    reputation: 'Reputacja',
    feedback: 'Opinie odbiorców',
    personal_brand: 'Marka osobista',
    customer_service: 'Obsługa klienta',
  },
  periods: { week: 'tydzień', month: 'miesiąc', quarter: 'kwartał', year: 'rok' },
  verdicts: { recommended: 'polecana', consider: 'warta rozważenia', not_recommended: 'niepolecana' },
  roleNames: {
    strategist: 'Strateg',
    content_author: 'Autor treści',
    approver: 'Zatwierdzający',
    community_manager: 'Opiekun społeczności',
    analyst: 'Analityk',
  },
};

export const DOCUMENT_LABELS: Readonly<Record<Locale, Labels>> = { en, id, ru, pl };
