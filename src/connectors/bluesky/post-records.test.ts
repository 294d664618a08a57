import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../contract.js';
import { parsePostUri, postRecordOf, postWebUrl } from './post-records.js';

const blob = { $type: 'blob' as const, ref: { $link: 'bafkrei' }, mimeType: 'image/png', size: 70 };
const createdAt = new Date('2026-01-01T00:00:00Z');

describe('postRecordOf', () => {
  it('writes a plain post without empty facets, embeds or reply', () => {
    expect(postRecordOf({ text: 'Hi', createdAt, facets: [], images: [], reply: null })).toEqual({
      $type: 'app.bsky.feed.post',
      text: 'Hi',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('embeds images with their alt text, an empty one where none was given', () => {
    const record = postRecordOf({ text: 'Pics', createdAt, facets: [], images: [{ blob, alt: 'A red dot' }, { blob, alt: '' }], reply: null });
    expect(record.embed).toEqual({
      $type: 'app.bsky.embed.images',
      images: [
        { alt: 'A red dot', image: blob },
        { alt: '', image: blob },
      ],
    });
  });

  it('keeps root and parent apart in a reply', () => {
    const root = { uri: 'at://did:plc:a/app.bsky.feed.post/3k', cid: 'c1' };
    const parent = { uri: 'at://did:plc:b/app.bsky.feed.post/3l', cid: 'c2' };
    expect(postRecordOf({ text: 'Re', createdAt, facets: [], images: [], reply: { root, parent } }).reply).toEqual({ root, parent });
  });
});

describe('post URIs', () => {
  it('parses a post URI and links its web page by DID', () => {
    expect(parsePostUri('at://did:plc:abc123/app.bsky.feed.post/3kabcdefghij2')).toEqual({ did: 'did:plc:abc123', rkey: '3kabcdefghij2' });
    expect(postWebUrl('at://did:web:example.com/app.bsky.feed.post/3kabc')).toBe('https://bsky.app/profile/did:web:example.com/post/3kabc');
  });

  it('rejects what is not a post', () => {
    expect(() => parsePostUri('at://did:plc:abc/app.bsky.feed.like/3k')).toThrow(ConnectorError);
    expect(() => parsePostUri('https://bsky.app/profile/x/post/3k')).toThrow(ConnectorError);
  });
});
