import { describe, expect, it } from 'vitest';
import { changedFields, composerSupport, emptyDraft, localIssues, newPoll, repeatChoiceOf, setVariant, toggleAccount, withContent, writeBody } from './composerDraft.js';

const accounts = [
  { id: 'bsky', capabilities: ['publish.text', 'publish.thread', 'publish.images'] as const },
  { id: 'masto', capabilities: ['publish.text', 'publish.poll', 'publish.content_warning'] as const },
].map((account) => ({ ...account, capabilities: [...account.capabilities] }));

describe('composer draft', () => {
  it('turns into the API body with variants, cleaned extras and the time in the zone', () => {
    let draft = toggleAccount(toggleAccount(emptyDraft('2026-06-01T09:30'), 'bsky'), 'masto');
    draft = withContent(draft, undefined, { parts: [{ text: 'Hello', mediaIds: [] }], poll: null, firstComment: '  ', contentWarning: null });
    draft = setVariant(draft, 'masto', true);
    draft = withContent(draft, 'masto', { ...draft.master, contentWarning: ' spoilers ' });
    const body = writeBody(draft, 'Europe/Warsaw');
    expect(body.scheduledAt).toBe('2026-06-01T07:30:00.000Z');
    expect(body.content.firstComment).toBeNull();
    expect(body.targets).toEqual([
      { accountId: 'bsky', content: null },
      { accountId: 'masto', content: { parts: [{ text: 'Hello', mediaIds: [] }], poll: null, firstComment: null, contentWarning: 'spoilers' } },
    ]);
  });

  it('drops an account together with its variant', () => {
    const draft = setVariant(toggleAccount(emptyDraft(), 'masto'), 'masto', true);
    expect(toggleAccount(draft, 'masto')).toEqual(emptyDraft());
  });

  it('says what is missing before the API would refuse', () => {
    const draft = { ...emptyDraft('soon'), master: { ...emptyDraft().master, poll: { ...newPoll(), options: ['Yes', ' '] } } };
    expect(localIssues(draft, 'UTC')).toEqual(['noAccounts', 'pollOptions', 'badTime']);
  });

  it('sends a new time alone, so that moving an approved post does not send it back to review', () => {
    const saved = withContent(toggleAccount(emptyDraft('2026-06-01T09:30'), 'bsky'), undefined, { ...emptyDraft().master, parts: [{ text: 'Hello', mediaIds: [] }] });
    const body = (draft: typeof saved) => writeBody(draft, 'UTC');
    expect(changedFields(body(saved), body(saved))).toEqual({});
    expect(changedFields(body({ ...saved, scheduledAt: '2026-06-01T10:15' }), body(saved))).toEqual({ scheduledAt: '2026-06-01T10:15:00.000Z' });
    const reworded = withContent(saved, undefined, { ...saved.master, parts: [{ text: 'Hello again', mediaIds: [] }] });
    expect(Object.keys(changedFields(body(reworded), body(saved)))).toEqual(['content']);
  });

  it('offers an editor when any chosen account supports it', () => {
    expect(composerSupport(accounts, ['bsky'])).toEqual({ thread: true, poll: false, firstComment: false, contentWarning: false, media: true });
    expect(composerSupport(accounts, ['bsky', 'masto'])).toMatchObject({ thread: true, poll: true, contentWarning: true });
  });
});

it('a repeat rule travels in the body only when one is chosen, and presets are recognised', () => {
  const draft = { ...emptyDraft(), accountIds: ['a'] };
  expect(writeBody(draft, 'UTC').recurrence).toBeNull();
  expect(writeBody({ ...draft, recurrence: ' FREQ=WEEKLY ' }, 'UTC').recurrence).toBe('FREQ=WEEKLY');
  expect(repeatChoiceOf('')).toBe('none');
  expect(repeatChoiceOf('FREQ=MONTHLY')).toBe('monthly');
  expect(repeatChoiceOf('FREQ=WEEKLY;BYDAY=MO,TH')).toBe('custom');
});
