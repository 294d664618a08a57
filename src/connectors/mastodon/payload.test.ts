import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';
import { compareIds } from './inbound.js';
import { instanceLimits } from './limits.js';
import { normalizeInstanceUrl } from './oauth.js';
import { partKey, statusForm } from './publish.js';
import type { MastodonInstance } from './schemas.js';

describe('status form', () => {
  it('sends text, media, content warning, visibility and reply target as documented form fields', () => {
    const form = statusForm({ text: 'Hello', mediaIds: ['1', '2'], contentWarning: 'spoilers', visibility: 'public', inReplyToId: '99' });
    expect([...form.entries()]).toEqual([
      ['status', 'Hello'],
      ['media_ids[]', '1'],
      ['media_ids[]', '2'],
      ['spoiler_text', 'spoilers'],
      ['visibility', 'public'],
      ['in_reply_to_id', '99'],
    ]);
  });

  it('sends a poll with its duration in seconds', () => {
    const form = statusForm({ text: 'Tea or coffee?', poll: { options: ['Tea', 'Coffee'], durationMinutes: 1440, multipleChoice: true }, visibility: 'direct' });
    expect(form.getAll('poll[options][]')).toEqual(['Tea', 'Coffee']);
    expect(form.get('poll[expires_in]')).toBe('86400');
    expect(form.get('poll[multiple]')).toBe('true');
    expect(form.get('visibility')).toBe('direct');
    expect(form.has('spoiler_text')).toBe(false);
    expect(form.has('in_reply_to_id')).toBe(false);
  });

  it('gives each part of a thread its own idempotency key, the first the request key itself', () => {
    expect([0, 1, 2].map((index) => partKey('k', index))).toEqual(['k', 'k:part-1', 'k:part-2']);
  });
});

describe('instance address', () => {
  it('accepts what people type and keeps the origin', () => {
    expect(normalizeInstanceUrl('mastodon.social')).toBe('https://mastodon.social');
    expect(normalizeInstanceUrl(' https://Mastodon.Social/about ')).toBe('https://mastodon.social');
    expect(normalizeInstanceUrl('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
  });

  it('refuses plain http to another machine and things that are no address', () => {
    expect(() => normalizeInstanceUrl('http://mastodon.social')).toThrow(/https/);
    expect(() => normalizeInstanceUrl('not a server')).toThrow(/not a server address/);
    expect(() => normalizeInstanceUrl('')).toThrow(/not a server address/);
  });
});

describe('content and ids', () => {
  it('turns status HTML into text with paragraphs, breaks, mentions and entities', () => {
    const html =
      '<p>Hi <span class="h-card"><a href="https://x.social/@brand" class="u-url mention">@<span>brand</span></a></span> &amp; friends</p>' +
      '<p>line one<br />line two <a href="https://example.com/long"><span class="invisible">https://</span><span class="ellipsis">example.com/lo</span><span class="invisible">ng</span></a> &#128512;</p>';
    expect(htmlToText(html)).toBe('Hi @brand & friends\n\nline one\nline two https://example.com/long 😀');
  });

  it('orders ids as the large numbers they are', () => {
    expect(['113000000000000010', '99', '113000000000000009'].sort(compareIds)).toEqual(['99', '113000000000000009', '113000000000000010']);
  });
});

describe('instance limits', () => {
  it('reads the characters, media and poll limits the instance reports', () => {
    const instance: MastodonInstance = {
      domain: 'big.example',
      configuration: {
        statuses: { max_characters: 5000, max_media_attachments: 8, characters_reserved_per_url: 23 },
        media_attachments: { supported_mime_types: ['image/png', 'video/mp4', 'audio/mpeg'], image_size_limit: 10, video_size_limit: 20 },
        polls: { max_options: 6, max_characters_per_option: 100, min_expiration: 300, max_expiration: 604_800 },
      },
    };
    expect(instanceLimits(instance)).toEqual({
      text: { maxLength: 5000, counting: 'graphemes' },
      media: { maxItems: 8, imageTypes: ['image/png'], videoTypes: ['video/mp4'], maxImageBytes: 10, maxVideoBytes: 20, mixed: false, altTextMaxLength: 1500 },
      poll: { minOptions: 2, maxOptions: 6, maxOptionLength: 100, minDurationMinutes: 5, maxDurationMinutes: 10_080 },
    });
  });
});
