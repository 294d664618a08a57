import { expect, test } from 'vitest';
import { en } from '../i18n/en.js';
import { pl } from '../i18n/pl.js';
import { translate } from '../i18n/translate.js';
import { notificationMessage } from './NotificationText.js';

test('an overdue alert reads as a sentence with the handle, the wait and the target', () => {
  const { key, vars } = notificationMessage('inbox.response_overdue', { accountHandle: 'bakery', waitedMinutes: 45, targetMinutes: 30, conversationId: 'c' });
  expect(translate(en, key, vars)).toBe('A conversation on @bakery has waited 45 min, over the 30 min target');
  expect(translate(pl, key, vars)).toBe('Rozmowa na @bakery czeka 45 min, dłużej niż cel 30 min');
});

test('an unknown type or a missing field still gives a readable line', () => {
  const { key, vars } = notificationMessage('strategy.weekly_digest', {});
  expect(translate(en, key, vars)).toBe('Something happened in this workspace (strategy.weekly_digest)');
  const broken = notificationMessage('inbox.reply_failed', { accountHandle: 'bakery' });
  expect(translate(en, broken.key, broken.vars)).toBe('A reply on @bakery could not be sent: ?');
});

test('the weekly inventory digest says how many accounts need attention', () => {
  const { key, vars } = notificationMessage('inventory.weekly_digest', { week: '2026-W50', accountCount: 6, flaggedCount: 2, flagCounts: {}, accounts: [] });
  expect(translate(en, key, vars)).toBe('Weekly account check (2026-W50): 2 of 6 accounts need attention');
  expect(translate(pl, key, vars)).toBe('Cotygodniowy przegląd kont (2026-W50): uwagi wymaga 2 z 6');
});

test('publishing notifications name the person or the account, and a rejection carries its reason', () => {
  const rejected = notificationMessage('post.status_changed', { postId: 'p', action: 'reject', from: 'in_review', to: 'draft', actorName: 'Ann', comment: 'Say which bread' });
  expect(translate(en, rejected.key, rejected.vars)).toBe('Ann sent your post back: Say which bread');
  const submitted = notificationMessage('post.status_changed', { postId: 'p', action: 'submit', from: 'draft', to: 'in_review', actorName: 'Ed', comment: null });
  expect(translate(pl, submitted.key, submitted.vars)).toBe('Ed prosi o sprawdzenie posta');
  const failed = notificationMessage('post.failed', { accountHandle: 'bakery', reason: 'Too long' });
  expect(translate(en, failed.key, failed.vars)).toBe('A post could not go out on @bakery: Too long');
});
