/**
 * Reports (A7): the dashboard as a self-contained HTML file and as a PDF, in the language asked
 * for; read-only share links that expire and can be revoked; weekly and monthly schedules whose
 * reports are made once, kept to download, and announced in-app and by webhook.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runDueReportSchedules } from '../../src/app/reports/reports.js';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let analyst: Browser;
let workspaceId: string;
let otherWorkspaceId: string;

const DAY = 86_400_000;
const WORKSPACE_NAME = 'Siłownia Żółw';
const reportUrl = (extension: 'html' | 'pdf', query = '', workspace = workspaceId) => `/api/workspaces/${workspace}/reports/dashboard.${extension}${query}`;

/** URLs in a document other than the SVG/XHTML namespace names, which identify, not fetch. */
function externalUrls(html: string): string[] {
  const namespaces = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/1999/xhtml']);
  return [...html.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/g)].map((match) => match[0]).filter((url) => !namespaces.has(url));
}

function pageCount(pdf: Buffer): number {
  return Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
}

/** A visitor with no session at all. */
async function anonymous(method: 'GET' | 'POST', url: string) {
  return t.app.inject({ method, url });
}

beforeAll(async () => {
  t = await createTestApp({ webhookSettings: { allowPrivateAddresses: true } });
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  await owner.request('PATCH', `/api/workspaces/${workspaceId}`, { name: WORKSPACE_NAME, timezone: 'Europe/Warsaw' });
  otherWorkspaceId = (await owner.request('POST', '/api/workspaces', { name: 'Other', timezone: 'UTC' })).json<{ id: string }>().id;
  await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email: 'ana@example.com', role: 'analyst', name: 'Ana Analyst', password: 'analyst password 1' });
  analyst = new Browser(t.app);
  await analyst.request('POST', '/api/auth/login', { email: 'ana@example.com', password: 'analyst password 1' });
});
afterAll(async () => t.close());

describe('dashboard report downloads', () => {
  test('HTML is one self-contained file: inline SVG charts, inline CSS, no scripts, no external URLs', async () => {
    const response = await owner.request('GET', reportUrl('html', '?from=2026-11-01&to=2026-11-22&locale=en'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['content-disposition']).toContain('report-2026-11-01-2026-11-22-en.html');
    const html = response.body;
    expect(html).toContain(`<title>Social media report: ${WORKSPACE_NAME}</title>`);
    expect(html).toContain('2026-11-01 – 2026-11-22');
    expect(html).toContain('Europe/Warsaw');
    expect(html).toMatch(/<svg[^>]*viewBox/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link |<img |@import|url\((?!#)/i);
    expect(externalUrls(html)).toEqual([]);
    // The definition sits next to the figures.
    expect(html).toContain('engagements ÷ reach × 100');
  });

  test('the language and the denominator are the ones asked for', async () => {
    const html = (await owner.request('GET', reportUrl('html', '?locale=ru&denominator=followers'))).body;
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain(`Отчёт по социальным сетям: ${WORKSPACE_NAME}`);
    expect(html).toContain('Вовлечённость считается по подписчикам');
  });

  test('PDF starts with %PDF, has pages and is named by period and language', async () => {
    const response = await owner.request('GET', reportUrl('pdf', '?from=2026-11-01&to=2026-11-22&locale=pl'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('report-2026-11-01-2026-11-22-pl.pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  }, 30_000);

  test('needs a signed-in member; bad input is a clear 400', async () => {
    expect((await anonymous('GET', reportUrl('html'))).statusCode).toBe(401);
    const stranger = new Browser(t.app);
    expect((await stranger.request('GET', reportUrl('pdf'))).statusCode).toBe(401);
    // An analyst may read the figures.
    expect((await analyst.request('GET', reportUrl('html'))).statusCode).toBe(200);
    const badDenominator = await owner.request('GET', reportUrl('html', '?denominator=likes'));
    expect(badDenominator.statusCode).toBe(400);
    expect(badDenominator.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
    const backwards = await owner.request('GET', reportUrl('html', '?from=2026-11-20&to=2026-11-01'));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
    const unknownWorkspace = await owner.request('GET', reportUrl('html', '', '0b7a3c1e-1111-4222-8333-944455556666'));
    expect(unknownWorkspace.statusCode).toBe(404);
  });
});

describe('share links', () => {
  let path: string;
  let linkId: string;

  test('a link shows the report read-only to anyone, with nothing else reachable', async () => {
    const created = await owner.request('POST', `/api/workspaces/${workspaceId}/reports/share-links`, { from: '2026-11-01', to: '2026-11-22', denominator: 'impressions', locale: 'pl', expiresInDays: 7 });
    expect(created.statusCode, created.body).toBe(201);
    ({ path } = created.json<{ path: string }>());
    linkId = created.json<{ link: { id: string } }>().link.id;
    expect(path).toMatch(/^\/r\/[A-Za-z0-9_-]{43}$/);
    expect(created.json<{ link: { state: string; expiresAt: string } }>().link).toMatchObject({ state: 'active', expiresAt: new Date(t.clock.now().getTime() + 7 * DAY).toISOString() });

    const page = await anonymous('GET', path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain('sandbox');
    expect(page.body).toContain(`Raport z mediów społecznościowych: ${WORKSPACE_NAME}`);
    expect(page.body).toContain('2026-11-01 – 2026-11-22');
    expect(page.body).toContain('Wskaźnik zaangażowania liczony względem wyświetleń');
    expect(page.body).toMatch(/<svg/);
    expect(page.body).not.toMatch(/<script|<form/i);

    // Read-only: nothing but GET answers there, and the token opens nothing in the API.
    expect((await anonymous('POST', path)).statusCode).toBe(404);
    expect((await anonymous('GET', `/api/workspaces/${workspaceId}/dashboard`)).statusCode).toBe(401);
    expect((await anonymous('GET', `/api/workspaces/${workspaceId}/reports/share-links`)).statusCode).toBe(401);

    const listed = (await owner.request('GET', `/api/workspaces/${workspaceId}/reports/share-links`)).json<{ items: Array<{ id: string; viewCount: number; state: string }> }>().items;
    expect(listed).toEqual([expect.objectContaining({ id: linkId, viewCount: 1, state: 'active' })]);
    // The token itself is never listed again.
    expect(JSON.stringify(listed)).not.toContain(path.slice(3));
  });

  test('an unknown or malformed token gets a clear 404 page', async () => {
    const unknown = await anonymous('GET', `/r/${'A'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
    expect(unknown.body).toContain('No report at this address');
    expect((await anonymous('GET', '/r/short')).statusCode).toBe(404);
  });

  test('a link expires: after its days the page says so with 410', async () => {
    const created = await owner.request('POST', `/api/workspaces/${workspaceId}/reports/share-links`, { expiresInDays: 2, locale: 'en' });
    expect(created.statusCode, created.body).toBe(201);
    const shortPath = created.json<{ path: string }>().path;
    expect((await anonymous('GET', shortPath)).statusCode).toBe(200);
    t.clock.advance(2 * DAY + 1);
    const expired = await anonymous('GET', shortPath);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('This report link has expired');
    expect(expired.body).not.toContain(WORKSPACE_NAME);
    // The first link, made for 7 days, still works.
    expect((await anonymous('GET', path)).statusCode).toBe(200);
  });

  test('a revoked link answers 410 with a page that says it was withdrawn, in its language', async () => {
    const revoked = await owner.request('DELETE', `/api/workspaces/${workspaceId}/reports/share-links/${linkId}`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<{ state: string }>().state).toBe('revoked');
    const page = await anonymous('GET', path);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Link do raportu został wycofany');
    const states = (await owner.request('GET', `/api/workspaces/${workspaceId}/reports/share-links`)).json<{ items: Array<{ state: string }> }>().items.map((item) => item.state).sort();
    expect(states).toEqual(['expired', 'revoked']);
  });

  test('expiry is bounded, and only managers share reports outside the workspace', async () => {
    const tooLong = await owner.request('POST', `/api/workspaces/${workspaceId}/reports/share-links`, { expiresInDays: 91 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
    const byAnalyst = await analyst.request('POST', `/api/workspaces/${workspaceId}/reports/share-links`, { expiresInDays: 7 });
    expect(byAnalyst.statusCode).toBe(403);
    expect((await owner.request('DELETE', `/api/workspaces/${otherWorkspaceId}/reports/share-links/${linkId}`)).statusCode).toBe(404);
  });
});

describe('scheduled reports', () => {
  test('a due schedule makes one stored report, announced in-app and by webhook, and not a second one', async () => {
    const hook = await owner.request('POST', `/api/workspaces/${workspaceId}/webhooks`, { url: 'http://127.0.0.1:9/hook', eventTypes: ['report.generated'] });
    expect(hook.statusCode, hook.body).toBe(201);
    const hookId = hook.json<{ endpoint: { id: string } }>().endpoint.id;
    // The clock is now Wednesday 2026-11-25 09:00 UTC (10:00 in Warsaw). Thursday 08:00 Warsaw is next.
    const created = await owner.request('POST', `/api/workspaces/${workspaceId}/reports/schedules`, { frequency: 'weekly', weekday: 3, hour: 8, minute: 0, locale: 'en', denominator: 'reach' });
    expect(created.statusCode, created.body).toBe(201);
    const schedule = created.json<{ id: string; nextRunAt: string }>();
    expect(schedule.nextRunAt).toBe('2026-11-26T07:00:00.000Z');

    // Not due yet: the last Thursday 08:00 came before the schedule existed.
    expect(await runDueReportSchedules(t.ctx)).toBe(0);
    t.clock.advance(22 * 3_600_000);
    // Two workers reaching it at once still make one report.
    const made = await Promise.all([runDueReportSchedules(t.ctx), runDueReportSchedules(t.ctx)]);
    expect(made[0] + made[1]).toBe(1);
    expect(await runDueReportSchedules(t.ctx)).toBe(0);

    const reports = (await analyst.request('GET', `/api/workspaces/${workspaceId}/reports/generated`)).json<{ items: Array<{ id: string; periodFrom: string; periodTo: string; scheduleId: string }> }>().items;
    expect(reports).toEqual([expect.objectContaining({ scheduleId: schedule.id, periodFrom: '2026-11-19', periodTo: '2026-11-25' })]);
    const reportId = reports[0]?.id ?? '';

    const notifications = (await analyst.request('GET', `/api/workspaces/${workspaceId}/notifications`)).json<{ items: Array<{ type: string; payload: Record<string, unknown> }> }>().items;
    expect(notifications.filter((item) => item.type === 'report.generated').map((item) => item.payload)).toEqual([
      { reportId, scheduleId: schedule.id, frequency: 'weekly', periodFrom: '2026-11-19', periodTo: '2026-11-25', locale: 'en' },
    ]);
    const deliveries = await owner.request('GET', `/api/workspaces/${workspaceId}/webhooks/${hookId}/deliveries`);
    expect(deliveries.json<{ items: Array<{ eventType: string }> }>().items.map((item) => item.eventType)).toEqual(['report.generated']);

    const html = await analyst.request('GET', `/api/workspaces/${workspaceId}/reports/generated/${reportId}/report.html`);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('2026-11-19 – 2026-11-25');
    expect(html.body).toMatch(/<svg/);
    const pdf = await analyst.request('GET', `/api/workspaces/${workspaceId}/reports/generated/${reportId}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await owner.request('GET', `/api/workspaces/${otherWorkspaceId}/reports/generated/${reportId}/report.html`)).statusCode).toBe(404);

    // A week later the next one is made.
    t.clock.advance(7 * DAY);
    expect(await runDueReportSchedules(t.ctx)).toBe(1);
  }, 60_000);

  test('a monthly schedule needs its day; stopping a schedule keeps its reports', async () => {
    const missingDay = await owner.request('POST', `/api/workspaces/${workspaceId}/reports/schedules`, { frequency: 'monthly', hour: 8, locale: 'en' });
    expect(missingDay.statusCode).toBe(400);
    expect(missingDay.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
    const badDay = await owner.request('POST', `/api/workspaces/${workspaceId}/reports/schedules`, { frequency: 'monthly', monthDay: 31, hour: 8, locale: 'en' });
    expect(badDay.statusCode).toBe(400);
    expect((await analyst.request('POST', `/api/workspaces/${workspaceId}/reports/schedules`, { frequency: 'monthly', monthDay: 1, hour: 8, locale: 'en' })).statusCode).toBe(403);

    const monthly = await owner.request('POST', `/api/workspaces/${workspaceId}/reports/schedules`, { frequency: 'monthly', monthDay: 1, hour: 8, locale: 'ru' });
    expect(monthly.statusCode, monthly.body).toBe(201);
    const schedules = (await owner.request('GET', `/api/workspaces/${workspaceId}/reports/schedules`)).json<{ items: Array<{ id: string; frequency: string }> }>().items;
    expect(schedules.map((item) => item.frequency)).toEqual(['weekly', 'monthly']);
    const weeklyId = schedules[0]?.id ?? '';
    expect((await owner.request('DELETE', `/api/workspaces/${workspaceId}/reports/schedules/${weeklyId}`)).statusCode).toBe(200);
    expect((await owner.request('DELETE', `/api/workspaces/${workspaceId}/reports/schedules/${weeklyId}`)).statusCode).toBe(404);
    const kept = (await owner.request('GET', `/api/workspaces/${workspaceId}/reports/generated`)).json<{ items: unknown[] }>().items;
    expect(kept).toHaveLength(2);
  });
});
