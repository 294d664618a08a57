import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let analyst: Browser;
let workspaceId: string;
let otherWorkspaceId: string;
let analystId: string;

const CITY_GYM = {
  industry: 'fitness',
  market: 'b2b',
  countries: ['GB'],
  location: { lat: 51.5155, lon: -0.0922 },
  radiusKm: 0.8,
  salesChannels: ['physical_store', 'sales_team'],
  teamHoursPerWeek: 10,
};

const strategyInput = (channels: string[], extra: Record<string, unknown> = {}) => ({
  goals: [{ goal: 'sales', targets: [{ kpi: 'orders', target: 40, period: 'month' }] }],
  channels: channels.map((channel) => ({ channel })),
  contentPlan: {
    cadence: channels.map((channel) => ({ channel, postsPerWeek: 7 })),
    mix: { promotionalMaxPercent: 20, dialogueMinPercent: 20, withImageMinPercent: 80 },
    responseTimeTargetMinutes: 60,
  },
  roles: [{ role: 'strategist', userId: null }],
  ...extra,
});

const url = (path = '', workspace = workspaceId) => `/api/workspaces/${workspace}/${path}`;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  otherWorkspaceId = (await owner.request('POST', '/api/workspaces', { name: 'Globex', timezone: 'UTC' })).json<{ id: string }>().id;
  const added = await owner.request('POST', url('members'), {
    email: 'ana@example.com',
    role: 'analyst',
    name: 'Ana Analyst',
    password: 'analyst password 1',
  });
  analystId = added.json<{ user: { id: string } }>().user.id;
  analyst = new Browser(t.app);
  await analyst.request('POST', '/api/auth/login', { email: 'ana@example.com', password: 'analyst password 1' });
});
afterAll(async () => t.close());

describe('business profile', () => {
  test('is empty at first, then saved and read back whole', async () => {
    expect((await owner.request('GET', url('strategy/profile'))).json()).toEqual({ profile: {}, updatedAt: null });
    const saved = await owner.request('PUT', url('strategy/profile'), CITY_GYM);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ profile: CITY_GYM, updatedAt: t.clock.now().toISOString() });
    expect((await owner.request('GET', url('strategy/profile'))).json()).toEqual(saved.json());
  });

  test.each([
    ['unknown industry', { industry: 'alchemy' }, 'industry'],
    ['negative budget', { monthlyBudget: { amount: -5, currency: 'EUR' } }, 'monthlyBudget'],
    ['radius without a location', { radiusKm: 1 }, 'radiusKm'],
  ])('%s is a 400 naming the field', async (_case, profile, field) => {
    const response = await owner.request('PUT', url('strategy/profile'), profile);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { id: string; details: Array<{ path: string[] }> } }>();
    expect(body.error.id).toBe('validation_failed');
    expect(body.error.details.map((detail) => detail.path)).toContainEqual(expect.arrayContaining(['body', field]));
  });

  test('an analyst may read but not save it (403); another workspace is 404', async () => {
    expect((await analyst.request('GET', url('strategy/profile'))).statusCode).toBe(200);
    const denied = await analyst.request('PUT', url('strategy/profile'), {});
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ error: { id: 'forbidden' } });
    expect((await analyst.request('GET', url('strategy/profile', otherWorkspaceId))).statusCode).toBe(404);
    expect((await analyst.request('POST', url('strategy/advice', otherWorkspaceId), { goals: [] })).statusCode).toBe(404);
  });
});

describe('advice', () => {
  const rank = (items: Array<{ channel: string }>, channel: string) => items.findIndex((entry) => entry.channel === channel);

  test('the saved City gym profile ranks Facebook above LinkedIn, with reasons and their facts', async () => {
    const response = await owner.request('POST', url('strategy/advice'), { goals: ['sales'] });
    expect(response.statusCode).toBe(200);
    const advice = response.json<{ ranking: Array<{ channel: string; reasons: Array<{ code: string; facts: unknown[] }> }> }>();
    expect(rank(advice.ranking, 'facebook')).toBeLessThan(rank(advice.ranking, 'linkedin'));
    const facebook = advice.ranking.find((entry) => entry.channel === 'facebook');
    expect(facebook?.reasons.map((reason) => reason.code)).toContain('hyper_local_targeting');
    expect(facebook?.reasons.find((reason) => reason.code === 'hyper_local_targeting')?.facts.length).toBeGreaterThan(0);
  });

  test('a profile in the body is used instead of the saved one, and nothing is saved', async () => {
    const response = await owner.request('POST', url('strategy/advice'), {
      profile: { market: 'b2g', salesChannels: ['tenders'] },
      goals: ['sales'],
    });
    expect(response.json<{ conclusion: { kind: string } }>().conclusion.kind).toBe('not_social');
    expect((await owner.request('GET', url('strategy/profile'))).json<{ profile: unknown }>().profile).toEqual(CITY_GYM);
  });

  test('a bad profile in the body is a 400 naming the field', async () => {
    const response = await owner.request('POST', url('strategy/advice'), { profile: { radiusKm: 2 }, goals: [] });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('radiusKm');
  });
});

describe('strategy versions', () => {
  test('there is none at first', async () => {
    expect((await owner.request('GET', url('strategy'))).json()).toEqual({ strategy: null });
  });

  test('two saves make versions 1 and 2; version 1 reads back as it was, with the profile and advice of its time', async () => {
    const first = await owner.request('POST', url('strategy'), strategyInput(['facebook'], { notes: 'Start local.' }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, createdBy: { name: 'Olivia Owner' }, profile: CITY_GYM, notes: 'Start local.' });
    await owner.request('PUT', url('strategy/profile'), { ...CITY_GYM, teamHoursPerWeek: 2 });
    const second = await owner.request('POST', url('strategy'), strategyInput(['facebook', 'instagram']));
    expect(second.json()).toMatchObject({ version: 2, profile: { teamHoursPerWeek: 2 } });

    const latest = (await owner.request('GET', url('strategy'))).json<{ strategy: { version: number } }>();
    expect(latest.strategy.version).toBe(2);
    const old = (await owner.request('GET', url('strategy?version=1'))).json<{ strategy: Record<string, unknown> }>();
    expect(old.strategy).toEqual(first.json());
    expect((await owner.request('GET', url('strategy?version=9'))).json()).toEqual({ strategy: null });

    const versions = (await owner.request('GET', url('strategy/versions'))).json<{ items: Array<{ version: number }> }>();
    expect(versions.items.map((item) => item.version)).toEqual([2, 1]);
  });

  test('concurrent saves take distinct numbers', async () => {
    const responses = await Promise.all([1, 2, 3].map(() => owner.request('POST', url('strategy'), strategyInput(['facebook']))));
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 201]);
    expect(responses.map((response) => response.json<{ version: number }>().version).sort()).toEqual([3, 4, 5]);
  });

  test('a role given to someone outside the workspace is a 400 naming it; a member is fine', async () => {
    const stranger = '00000000-0000-4000-8000-000000000000';
    const bad = await owner.request('POST', url('strategy'), strategyInput(['facebook'], { roles: [{ role: 'analyst', userId: stranger }] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { id: 'validation_failed', details: [{ path: ['roles', 0, 'userId'] }] } });
    const good = await owner.request('POST', url('strategy'), strategyInput(['facebook'], { roles: [{ role: 'analyst', userId: analystId }] }));
    expect(good.statusCode).toBe(201);
  });

  test('a strategy without goals is refused; an analyst cannot save one', async () => {
    expect((await owner.request('POST', url('strategy'), strategyInput(['facebook'], { goals: [] }))).statusCode).toBe(400);
    expect((await analyst.request('POST', url('strategy'), strategyInput(['facebook']))).statusCode).toBe(403);
    expect((await analyst.request('GET', url('strategy', otherWorkspaceId))).statusCode).toBe(404);
  });
});

describe('onboarding', () => {
  test('starts at the profile step, moves on, can be skipped and resumed', async () => {
    expect((await owner.request('GET', url('onboarding'))).json()).toEqual({ step: 'profile', skipped: false });
    expect((await owner.request('PUT', url('onboarding'), { step: 'advisor', skipped: true })).json()).toEqual({
      step: 'advisor',
      skipped: true,
    });
    expect((await analyst.request('GET', url('onboarding'))).json()).toEqual({ step: 'advisor', skipped: true });
    await owner.request('PUT', url('onboarding'), { step: 'advisor', skipped: false });
    expect((await owner.request('GET', url('onboarding'))).json()).toEqual({ step: 'advisor', skipped: false });
    expect((await owner.request('PUT', url('onboarding'), { step: 'nowhere', skipped: false })).statusCode).toBe(400);
    expect((await analyst.request('PUT', url('onboarding'), { step: 'done', skipped: false })).statusCode).toBe(403);
  });
});
