/**
 * Goals as a form: which goals are ticked, and per KPI a target typed as text and a period. A blank
 * target is no target; the ranges are the catalogue's (percent 0–100, net sentiment -1 to 1).
 */
import { GOAL_IDS, GOAL_KPIS, type ChosenGoal, type GoalId, type KpiPeriod, type KpiUnit } from '../../../core/strategy/goals.js';

export interface TargetInput {
  target: string;
  period: KpiPeriod;
}

export interface GoalsForm {
  chosen: GoalId[];
  /** Keyed by `targetKey(goal, kpi)`. */
  targets: Record<string, TargetInput>;
}

export type TargetProblem = 'not_a_number' | 'percent_range' | 'ratio_range' | 'negative';

export const targetKey = (goal: GoalId, kpi: string): string => `${goal}.${kpi}`;

export function goalsFormFrom(goals: readonly ChosenGoal[]): GoalsForm {
  const targets: Record<string, TargetInput> = {};
  for (const { goal, targets: kpiTargets } of goals) {
    for (const { kpi, target, period } of kpiTargets) targets[targetKey(goal, kpi)] = { target: String(target), period };
  }
  return { chosen: GOAL_IDS.filter((goal) => goals.some((chosen) => chosen.goal === goal)), targets };
}

function rangeProblem(unit: KpiUnit, value: number): TargetProblem | undefined {
  if (unit === 'percent' && (value < 0 || value > 100)) return 'percent_range';
  if (unit === 'ratio' && (value < -1 || value > 1)) return 'ratio_range';
  if (unit !== 'ratio' && value < 0) return 'negative';
  return undefined;
}

export type GoalsResult = { ok: true; goals: ChosenGoal[] } | { ok: false; problems: Record<string, TargetProblem> };

export function toChosenGoals(form: GoalsForm): GoalsResult {
  const problems: Record<string, TargetProblem> = {};
  const goals = form.chosen.map((goal): ChosenGoal => {
    const targets = GOAL_KPIS[goal].flatMap((kpi) => {
      const key = targetKey(goal, kpi.id);
      const input = form.targets[key];
      const text = input?.target.trim().replace(',', '.') ?? '';
      if (!input || text === '') return [];
      const value = Number(text);
      const problem = Number.isFinite(value) ? rangeProblem(kpi.unit, value) : 'not_a_number';
      if (problem) {
        problems[key] = problem;
        return [];
      }
      return [{ kpi: kpi.id, target: value, period: input.period }];
    });
    return { goal, targets };
  });
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, goals };
}
