/** Findings of the seed texts that whole rules rest on, cited by the reasons those rules give. */
import * as src from './sources.js';
import { known, type Principles } from './types.js';

export const PRINCIPLES: Principles = {
  governmentContractsNeedNoSocial: known(
    'principle.government_contracts',
    true,
    'A company that earns mostly through government contracts does not need social media for revenue; it may be there only to talk with corporate clients and handle their feedback.',
    src.SEED_000,
  ),
  searchForNicheSmallBudget: known(
    'principle.search_for_niche',
    true,
    'With a limited budget, a niche product and a priority of finding people who search for it, search ads may be a better focus than social media.',
    src.SEED_004,
  ),
  demandChannelsFirst: known(
    'principle.demand_channels_first',
    true,
    "Pouring money into social media before the channels that capture existing demand are used up is a common waste: social media's cost per order is often far higher.",
    src.SEED_003,
  ),
  vocalFansSuitSocial: known(
    'principle.vocal_fans',
    true,
    'A product with loud, devoted customer advocates, even a few, suits social media best: help those fans sell for you.',
    src.SEED_004,
  ),
  activeMeansDaily: known(
    'principle.active_means_daily',
    true,
    'An account left without activity is worse than none (customers take it for a fraud); being active means daily.',
    src.SEED_001,
  ),
  youngUsersMayNotBuy: known(
    'principle.young_users_may_not_buy',
    true,
    'Young users being on a network matters only if you sell to them, they buy there, and they would buy your product there; buyers of high-end furniture may not be among them.',
    src.SEED_004,
  ),
  localReachDecides: known(
    'principle.local_reach',
    true,
    'People visit a local business such as a gym only within about half a mile of where they live or work, so reaching that radius matters more than reaching decision makers elsewhere.',
    src.SEED_004,
  ),
};
