import type { AppContext } from '../../app/context.js';
import { runDueReportSchedules } from '../../app/reports/reports.js';
import type { JobHandler } from '../queues.js';

/** Makes the scheduled reports whose time has come (A7); each is made once, however often this runs. */
export function reportScheduleHandler(ctx: AppContext): JobHandler<'reports.schedule'> {
  return async () => {
    const made = await runDueReportSchedules(ctx);
    return { status: 'done', detail: `${made} report(s) made` };
  };
}
