import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { PlannedSection } from '../routing/routes.js';
import { sectionPlanKey, sectionTitleKey } from '../shell/sectionMessages.js';

/** A section that is planned but not built: says so, and what it will do; shows no made-up data. */
export function PlannedSectionPage({ section }: { section: PlannedSection }) {
  const { t } = useI18n();
  const title = t(sectionTitleKey(section));
  usePageTitle(title);
  return (
    <section className="page" data-testid={`section-${section}`}>
      <h1>{title}</h1>
      <div className="empty-state" data-testid="not-built">
        <p className="empty-state-title">{t('section.notBuilt')}</p>
        <p>{t(sectionPlanKey(section))}</p>
      </div>
    </section>
  );
}
