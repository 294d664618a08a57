/** The strategy area's data as the API contract shapes it. */
import type { EndpointInput, EndpointOutput } from '../../client/client.js';
import { strategyRoleSchema, type INVENTORY_FLAGS, type ONBOARDING_STEPS } from '../../client/endpoints.js';

export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];
export type InventoryFlag = (typeof INVENTORY_FLAGS)[number];
export type StrategyInput = EndpointInput<'saveStrategy'>['body'];
export type StrategyRole = StrategyInput['roles'][number]['role'];
export type Advice = EndpointOutput<'getAdvice'>;
export type AdviceReason = Advice['conclusion']['reasons'][number];
export type RankedChannel = Advice['ranking'][number];
export type Verdict = RankedChannel['verdict'];
export type ConclusionKind = Advice['conclusion']['kind'];
export const STRATEGY_ROLES: readonly StrategyRole[] = strategyRoleSchema.shape.role.options;

export type StrategyVersion = NonNullable<EndpointOutput<'getStrategy'>['strategy']>;
export type InventoryAccount = EndpointOutput<'listInventory'>['items'][number];
export type Member = EndpointOutput<'listMembers'>['items'][number];
