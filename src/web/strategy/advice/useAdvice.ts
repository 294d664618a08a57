import type { ChosenGoal } from '../../../core/strategy/goals.js';
import type { BusinessProfile } from '../../../core/strategy/profile.js';
import { api } from '../../api/apiClient.js';
import { useApiData } from '../../api/useApiData.js';

/** Asks the advisor for this profile and these goals; asks again whenever either changes. */
export function useAdvice(workspaceId: string, profile: BusinessProfile, goals: readonly ChosenGoal[]) {
  const goalIds = goals.map(({ goal }) => goal);
  const key = `advice:${workspaceId}:${JSON.stringify(profile)}:${goalIds.join(',')}`;
  return useApiData(key, () => api.call('getAdvice', { params: { workspaceId }, body: { profile, goals: goalIds } }));
}
