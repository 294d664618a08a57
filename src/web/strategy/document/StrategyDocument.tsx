import { useI18n } from '../../i18n/I18nProvider.js';
import type { Member, StrategyVersion } from '../types.js';
import { GoalsSection } from './GoalsSection.js';
import { PlanSection } from './PlanSection.js';
import { PlatformsSection } from './PlatformsSection.js';
import { RolesSection } from './RolesSection.js';

interface StrategyDocumentProps {
  strategy: StrategyVersion;
  members: readonly Member[];
  timeZone: string;
}

/** The strategy as a document to read: goals and KPIs, platforms and why, content plan, roles. */
export function StrategyDocument({ strategy, members, timeZone }: StrategyDocumentProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <article className="strategy-document" data-testid="strategy-document" data-version={strategy.version}>
      <p className="muted">
        {t('strategy.versionLine', {
          version: strategy.version,
          date: formatDateTime(strategy.createdAt, timeZone),
          name: strategy.createdBy?.name ?? t('strategy.versions.unknownAuthor'),
        })}
      </p>
      <GoalsSection goals={strategy.goals} currency={strategy.profile.averageOrderValue?.currency ?? strategy.profile.monthlyBudget?.currency} />
      <PlatformsSection channels={strategy.channels} advice={strategy.advice} />
      <PlanSection plan={strategy.contentPlan} />
      <RolesSection roles={strategy.roles} members={members} />
      {strategy.notes ? (
        <section className="card">
          <h2>{t('strategy.notes')}</h2>
          <p className="prewrap">{strategy.notes}</p>
        </section>
      ) : null}
    </article>
  );
}
