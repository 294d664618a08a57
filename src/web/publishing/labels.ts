/** Message keys for publishing's vocabulary, typed so that a missing translation fails to compile. */
import { POST_ACTIONS, type PostAction, type PostStatus } from '../../core/publishing/workflow.js';
import { NETWORK_NAMES } from '../../core/strategy/wording/names.js';
import type { MessageKey } from '../i18n/dictionaries.js';
import type { CalendarView } from './calendarDates.js';
import type { ContentProblem } from './types.js';

export const statusKey = (status: PostStatus): MessageKey => `publishing.status.${status}`;
export const actionKey = (action: PostAction): MessageKey => `publishing.action.${action}`;
export const viewKey = (view: CalendarView): MessageKey => `calendar.view.${view}`;
export const problemKey = (code: ContentProblem['code']): MessageKey => `composer.problem.${code}`;

/** The words for a history entry's action: a workflow action, creating or editing; undefined for one this UI does not know. */
export function historyActionKey(action: string): MessageKey | undefined {
  if (action === 'create') return 'composer.historyAction.create';
  if (action === 'edit') return 'composer.historyAction.edit';
  if (action === 'pipeline') return 'composer.historyAction.pipeline';
  if (action === 'recur') return 'composer.historyAction.recur';
  const known = POST_ACTIONS.find((candidate) => candidate === action);
  return known ? actionKey(known) : undefined;
}

/** A network's own name where Chorus knows it, else the name its connector gives. */
export function networkName(network: string, fallback: string): string {
  return Object.hasOwn(NETWORK_NAMES, network) ? (NETWORK_NAMES[network as keyof typeof NETWORK_NAMES] ?? fallback) : fallback;
}

/** Weekday names Monday first, in the language (1 January 2024 was a Monday). */
export function weekdayNames(locale: string, width: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, 1 + day)));
}

/** Time of day in the viewer's zone, e.g. "09:30" or "9:30 AM". */
export function timeOfDay(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}
