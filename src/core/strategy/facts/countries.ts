/**
 * Reach per country, for the countries FACTS.md §2 covers. Tiers follow the rule in types.ts;
 * where a source gives only user counts (Japan), the tier compares a network with the country's
 * largest one (LINE): 60% of it or more is leading, 30–60% major, less minor. A country missing
 * here has no figures, and the advisor treats every network's reach there as neutral.
 */
import * as src from './sources.js';
import { known, type CountryFacts, type CountryReach, type ReachTier, type Source } from './types.js';

const reach = (id: string, tier: ReachTier, share: number | null, statement: string, source: Source) =>
  known<CountryReach>(id, { tier, share }, statement, source);

const RU: CountryFacts = {
  country: 'RU',
  mainNetworks: known(
    'ru.main_networks',
    ['vk', 'telegram', 'tiktok', 'odnoklassniki', 'instagram', 'youtube'],
    "Mediascope's audience counts for Russia name VK, Telegram, TikTok, Odnoklassniki, Instagram and YouTube as the networks that matter.",
    src.RU_MONTHLY_2023,
  ),
  reach: {
    vk: reach('ru.reach.vk', 'leading', 0.73, 'VK reached 73% of the Russian internet audience in December 2023 (89.2 M monthly users in October 2023).', src.RU_REACH_2023),
    telegram: reach('ru.reach.telegram', 'leading', 0.68, 'Telegram reached 68% in December 2023 (82.3 M monthly users), and leads by daily users (60.6 M).', src.RU_REACH_2023),
    tiktok: reach('ru.reach.tiktok', 'major', 0.55, 'TikTok reached 55% in December 2023 (67.6 M monthly users).', src.RU_REACH_2023),
    odnoklassniki: reach('ru.reach.odnoklassniki', 'major', 0.43, 'Odnoklassniki reached 43% in December 2023 (50.1 M monthly users).', src.RU_REACH_2023),
    youtube: reach('ru.reach.youtube', 'major', null, 'YouTube had 55.3 M daily users in Russia, just behind Telegram and VK.', src.RU_DAILY),
    instagram: reach('ru.reach.instagram', 'minor', null, 'Instagram fell to 25.1 M monthly users in Russia (from 62.3 M) after it was blocked.', src.RU_MONTHLY_2023),
  },
  blocked: {
    instagram: known('ru.blocked.instagram', true, 'Instagram is blocked in Russia.', src.RU_MONTHLY_2023),
  },
};

const ID: CountryFacts = {
  country: 'ID',
  mainNetworks: known(
    'id.main_networks',
    ['whatsapp_business', 'facebook', 'tiktok', 'instagram'],
    'Indonesian surveys name WhatsApp as the most used network, then Facebook and TikTok, with Instagram use also high.',
    src.ID_KOMINFO_2021,
  ),
  reach: {
    whatsapp_business: reach('id.reach.whatsapp', 'leading', 0.91, 'WhatsApp, whose business accounts WhatsApp Business runs, reached about 91% penetration in Indonesia in Q3 2023.', src.ID_STATISTA),
    facebook: reach('id.reach.facebook', 'leading', null, 'Facebook was the second most used network in a 2021 survey of 10,000 Indonesians.', src.ID_KOMINFO_2021),
    tiktok: reach('id.reach.tiktok', 'leading', null, 'TikTok was the third most used network in the same 2021 survey.', src.ID_KOMINFO_2021),
    instagram: reach('id.reach.instagram', 'major', null, 'Instagram use in Indonesia is high.', src.ID_MELTWATER),
  },
  blocked: {},
};

const PL: CountryFacts = {
  country: 'PL',
  mainNetworks: known(
    'pl.main_networks',
    ['youtube', 'facebook', 'instagram', 'tiktok', 'linkedin', 'x'],
    '2024 estimates for Poland cover YouTube, Facebook, Instagram, TikTok, LinkedIn (business use) and X.',
    src.PL_2024,
  ),
  reach: {
    youtube: reach('pl.reach.youtube', 'leading', 0.7, 'YouTube reaches about 70% of Polish internet users (2024 estimate).', src.PL_2024),
    facebook: reach('pl.reach.facebook', 'leading', 0.65, 'Facebook reaches about 65% of Polish internet users (2024 estimate).', src.PL_2024),
    instagram: reach('pl.reach.instagram', 'major', 0.55, 'Instagram reaches about 55% of Polish internet users (2024 estimate).', src.PL_2024),
    tiktok: reach('pl.reach.tiktok', 'major', 0.5, 'TikTok reaches about 50% of Polish internet users (2024 estimate).', src.PL_2024),
    linkedin: reach('pl.reach.linkedin', 'major', 0.3, 'LinkedIn reaches about 30% of Polish internet users, mostly for business (2024 estimate).', src.PL_2024),
    // The source gives 10–15%; the midpoint keeps the range's order with the others.
    x: reach('pl.reach.x', 'minor', 0.125, 'X reaches 10–15% of Polish internet users (2024 estimate).', src.PL_2024),
  },
  blocked: {},
};

const JP: CountryFacts = {
  country: 'JP',
  mainNetworks: known(
    'jp.main_networks',
    ['youtube', 'x', 'instagram', 'facebook', 'tiktok'],
    'The Japanese ranking lists LINE, YouTube, X, Instagram, Facebook and TikTok (Chorus does not rank LINE).',
    src.JP_RANKING,
  ),
  reach: {
    youtube: reach('jp.reach.youtube', 'leading', null, 'YouTube has about 71 M users in Japan.', src.JP_RANKING),
    x: reach('jp.reach.x', 'leading', null, 'X has about 66.5 M users in Japan.', src.JP_RANKING),
    instagram: reach('jp.reach.instagram', 'major', null, 'Instagram has about 49.5 M users in Japan.', src.JP_RANKING),
    facebook: reach('jp.reach.facebook', 'minor', null, 'Facebook has about 23.6 M users in Japan.', src.JP_RANKING),
    tiktok: reach('jp.reach.tiktok', 'minor', null, 'TikTok has about 19.8 M users in Japan.', src.JP_RANKING),
  },
  blocked: {},
};

export const COUNTRY_FACTS: Readonly<Record<string, CountryFacts>> = { RU, ID, PL, JP };
