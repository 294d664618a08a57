/** The content coach's public surface: the entry, its vocabulary, the detectors and the wording. */
export { coach, COACH_RULES } from './coach.js';
export { detectDialogue, type DialogueVerdict } from './dialogue.js';
export { localSlot, type LocalSlot } from './local-time.js';
export { DIALOGUE_WINDOW_DAYS, MIN_POSTS_FOR_PROMOTION_SHARE } from './mix-rules.js';
export { isVisual } from './post-rules.js';
export { detectPromotion, promotionWords, type PromotionSignal, type PromotionVerdict } from './promotion.js';
export { MIN_EVENTS_PER_HOUR, QUIET_SHARE } from './quiet-hour.js';
export { DEFAULT_MIX, MIX_WINDOW_DAYS } from './timeline.js';
export * from './types.js';
export { COACH_WORDINGS, wordFinding, wordRule, type CoachWording } from './wording/index.js';
