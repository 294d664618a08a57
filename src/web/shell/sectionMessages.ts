import type { MessageKey } from '../i18n/dictionaries.js';
import type { NavSection, PlannedSection } from '../routing/routes.js';

export function sectionTitleKey(section: NavSection): MessageKey {
  const key: `section.${NavSection}.title` = `section.${section}.title`;
  return key;
}

export function sectionPlanKey(section: PlannedSection): MessageKey {
  const key: `section.${PlannedSection}.plan` = `section.${section}.plan`;
  return key;
}
