import { useEffect, useState } from 'react';
import { can } from '../../core/access/permissions.js';
import type { LocalDate } from '../../core/scheduling/calendar-date.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../routing/navigation.js';
import { sectionPath } from '../routing/routes.js';
import { useSession, type Membership } from '../session/SessionProvider.js';
import { ApprovalsView } from './ApprovalsView.js';
import { BulkImportDialog } from './BulkImportDialog.js';
import { CalendarBoard } from './CalendarBoard.js';
import { dateKey, localDateOf, stepAnchor, viewerTimeZone, type CalendarView } from './calendarDates.js';
import { CalendarToolbar } from './CalendarToolbar.js';
import { Composer, type ComposerOpening } from './composer/Composer.js';
import { ListView } from './ListView.js';
import type { Post } from './types.js';
import { usePublishingChoices } from './usePublishingChoices.js';
import './publishing.css';

/** Where a post planned on a day starts: the day at 09:00 in the viewer's zone, a common posting hour. */
const DEFAULT_HOUR = '09:00';

/**
 * `/w/<id>/calendar`: the content calendar (P3) in month, week and list views, the approvals
 * waiting for review (P5), and the composer (P1) opened over it.
 */
export function CalendarPage({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  usePageTitle(t('section.calendar.title'));
  const { state } = useSession();
  const userId = state.status === 'signedIn' ? state.session.user.id : '';
  const workspaceId = membership.workspace.id;
  const workspaceZone = membership.workspace.timezone;
  const timeZone = viewerTimeZone();
  const today = localDateOf(new Date().toISOString(), timeZone);
  const canWrite = can(membership.role, 'content.write');

  const [view, setView] = useState<CalendarView>(can(membership.role, 'content.approve') && !canWrite ? 'approvals' : 'month');
  const [anchor, setAnchor] = useState<LocalDate>(today);
  const [opening, setOpening] = useState<ComposerOpening | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  // One drawer at a time: opening a post (or a new one) closes the import.
  useEffect(() => {
    if (opening) setImporting(false);
  }, [opening]);
  const [version, setVersion] = useState(0);
  const choices = usePublishingChoices(workspaceId);
  const loaded = choices.data.state === 'loaded' ? choices.data.value : undefined;
  const noAccounts = loaded !== undefined && loaded.accounts.length === 0;

  const open = (post: Post) => setOpening({ postId: post.id });
  const newOnDay = (day: LocalDate) => setOpening({ scheduledAt: `${dateKey(day)}T${DEFAULT_HOUR}` });
  const changed = () => setVersion((value) => value + 1);

  return (
    <section className="page pub-page" data-testid="section-calendar">
      <div className="pub-title">
        <h1>{t('section.calendar.title')}</h1>
        {canWrite && !noAccounts ? (
          <button type="button" className="button-primary" onClick={() => setOpening({})} data-testid="new-post">
            {t('calendar.newPost')}
          </button>
        ) : null}
      </div>
      <p className="hint" data-testid="calendar-zone">
        {timeZone === workspaceZone ? t('calendar.zone.same', { zone: timeZone }) : t('calendar.zone.different', { zone: timeZone, workspaceZone })}
      </p>
      {choices.data.state === 'failed' ? <FailureMessage failure={choices.data.failure} testId="calendar-choices-error" /> : null}
      {noAccounts ? (
        <div className="empty-state" data-testid="calendar-no-accounts">
          <p className="empty-state-title">{t('calendar.empty.noAccountsTitle')}</p>
          <p>{t('calendar.empty.noAccounts')}</p>
          <Link to={sectionPath(workspaceId, 'accounts')} className="button-primary" data-testid="calendar-connect">
            {t('calendar.empty.connect')}
          </Link>
        </div>
      ) : null}
      <CalendarToolbar
        view={view}
        anchor={anchor}
        onView={setView}
        onStep={(step) => setAnchor((current) => (view === 'month' || view === 'week' ? stepAnchor(view, current, step) : current))}
        onToday={() => setAnchor(today)}
        onImport={
          canWrite && !noAccounts
            ? () => {
                setOpening(undefined);
                setImporting(true);
              }
            : undefined
        }
      />
      {view === 'month' || view === 'week' ? (
        <CalendarBoard
          workspaceId={workspaceId}
          view={view}
          anchor={anchor}
          todayKey={dateKey(today)}
          timeZone={timeZone}
          accounts={loaded?.accounts ?? []}
          canMove={canWrite}
          version={version}
          onOpen={open}
          onNewOnDay={canWrite && !noAccounts ? newOnDay : undefined}
        />
      ) : null}
      {view === 'list' ? <ListView workspaceId={workspaceId} timeZone={timeZone} version={version} onOpen={open} /> : null}
      {view === 'approvals' ? <ApprovalsView membership={membership} userId={userId} timeZone={timeZone} version={version} onOpen={open} onChanged={changed} /> : null}
      {opening && loaded ? (
        <Composer
          key={opening.postId ?? 'new'}
          membership={membership}
          userId={userId}
          choices={loaded}
          timeZone={timeZone}
          opening={opening}
          onChanged={changed}
          onClose={() => setOpening(undefined)}
        />
      ) : null}
      {importing && loaded && !opening ? (
        <BulkImportDialog workspaceId={workspaceId} workspaceZone={workspaceZone} accounts={loaded.accounts} onImported={changed} onClose={() => setImporting(false)} />
      ) : null}
    </section>
  );
}
