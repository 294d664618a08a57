import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let emptyWorkspaceId: string;

const WORKSPACE_NAME = 'Siłownia Żółw';
const exportUrl = (extension: 'md' | 'pdf', query = '', workspace = workspaceId) =>
  `/api/workspaces/${workspace}/strategy/export.${extension}${query}`;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  await owner.request('PATCH', `/api/workspaces/${workspaceId}`, { name: WORKSPACE_NAME });
  emptyWorkspaceId = (await owner.request('POST', '/api/workspaces', { name: 'Empty', timezone: 'UTC' })).json<{ id: string }>().id;
  await owner.request('PUT', `/api/workspaces/${workspaceId}/strategy/profile`, {
    industry: 'fitness',
    market: 'b2b',
    countries: ['GB'],
    location: { lat: 51.5155, lon: -0.0922 },
    radiusKm: 0.8,
  });
  const input = (channels: string[]) => ({
    goals: [
      { goal: 'sales', targets: [{ kpi: 'orders', target: 40, period: 'month' }] },
      { goal: 'customer_service', targets: [] },
    ],
    channels: channels.map((channel) => ({ channel })),
    contentPlan: {
      cadence: channels.map((channel) => ({ channel, postsPerWeek: 7 })),
      mix: { promotionalMaxPercent: 20, dialogueMinPercent: 30, withImageMinPercent: 80 },
      responseTimeTargetMinutes: 60,
    },
    roles: [{ role: 'community_manager', userId: null, hoursPerWeek: 5 }],
    notes: 'Corporate deals go through *HR*.',
  });
  await owner.request('POST', `/api/workspaces/${workspaceId}/strategy`, input(['facebook']));
  await owner.request('POST', `/api/workspaces/${workspaceId}/strategy`, input(['facebook', 'youtube']));
});
afterAll(async () => t.close());

/** Reads a PDF literal string object such as the document title: PDF escapes, then UTF-16BE after a BOM. */
function pdfInfoString(pdf: Buffer, key: string): string {
  const text = pdf.toString('latin1');
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(text)?.[1];
  const literal = ref ? new RegExp(`\\n${ref} 0 obj\\n\\(((?:\\\\.|[^\\\\)])*)\\)`, 's').exec(text)?.[1] : undefined;
  if (literal === undefined) throw new Error(`no /${key} in the PDF`);
  const raw = literal.replace(/\\([0-7]{1,3}|.)/gs, (_match, escaped: string) =>
    /^[0-7]+$/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : ({ n: '\n', r: '\r', t: '\t' }[escaped] ?? escaped),
  );
  const bytes = Buffer.from(raw, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : raw;
}

describe('strategy document export', () => {
  test('Markdown has the goals with KPI targets, platforms with reasons, plan, roles and sources', async () => {
    const response = await owner.request('GET', exportUrl('md', '?lang=en'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/markdown');
    expect(response.headers['content-disposition']).toContain('strategy-v2-en.md');
    const markdown = response.body;
    expect(markdown).toContain(`# Social media strategy: ${WORKSPACE_NAME}`);
    expect(markdown).toMatch(/## Goals\n\n- Sales\n- Customer service/);
    expect(markdown).toContain('target 40 per month');
    expect(markdown).toContain('### Facebook (score');
    expect(markdown).toContain('### YouTube');
    expect(markdown).toContain('Its ads can reach people living or working within');
    expect(markdown).toContain('Answer customers within 1 h');
    expect(markdown).toContain('**Community manager:** unassigned (5 h a week)');
    expect(markdown).toContain('Corporate deals go through \\*HR\\*.');
    expect(markdown).toMatch(/## Sources\n\n- /);
    expect(markdown).toMatch(/Platform facts version \d{4}-\d{2}-\d{2}\./);
  });

  test('an older version and another language can be asked for', async () => {
    const markdown = (await owner.request('GET', exportUrl('md', '?version=1&lang=pl'))).body;
    expect(markdown).toContain(`# Strategia w mediach społecznościowych: ${WORKSPACE_NAME}`);
    expect(markdown).toContain('## Wybrane platformy');
    expect(markdown).toContain('Sprzedaż');
    expect(markdown).toContain('Jej reklamy mogą dotrzeć do osób mieszkających lub pracujących w promieniu');
    expect(markdown).not.toContain('po angielsku');
    expect(markdown).not.toContain('### YouTube');
    expect((await owner.request('GET', exportUrl('md', '?lang=ru'))).body).toContain('## Цели');
  });

  test('the PDF is a real document with the font embedded and the workspace name in its title', async () => {
    const response = await owner.request('GET', exportUrl('pdf', '?lang=pl'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const text = pdf.toString('latin1');
    expect(text).toContain('/FontFile2');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    // A ToUnicode map lets readers and screen readers extract the text.
    expect(text).toContain('/ToUnicode');
    expect(pdfInfoString(pdf, 'Title')).toBe(`Strategia w mediach społecznościowych: ${WORKSPACE_NAME}`);
  });

  test('no strategy yet, a version that does not exist, or a bad query answer with the JSON error body', async () => {
    const none = await owner.request('GET', exportUrl('md', '', emptyWorkspaceId));
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ error: { id: 'not_found' } });
    expect((await owner.request('GET', exportUrl('pdf', '?version=7'))).statusCode).toBe(404);
    const badLang = await owner.request('GET', exportUrl('md', '?lang=fr'));
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json()).toMatchObject({ error: { id: 'validation_failed' } });
  });

  test('needs a caller with access to the workspace', async () => {
    expect((await t.app.inject({ method: 'GET', url: exportUrl('md') })).statusCode).toBe(401);
    const key = (await owner.request('POST', `/api/workspaces/${emptyWorkspaceId}/api-keys`, { name: 'other', role: 'analyst' })).json<{
      secret: string;
    }>().secret;
    const foreign = await t.app.inject({ method: 'GET', url: exportUrl('pdf'), headers: { authorization: `Bearer ${key}` } });
    expect(foreign.statusCode).toBe(404);
  });

  test('the exports are in the OpenAPI document', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/workspaces/{workspaceId}/strategy/export.md', '/api/workspaces/{workspaceId}/strategy/export.pdf']),
    );
  });
});
