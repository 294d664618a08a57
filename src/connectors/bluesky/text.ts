/**
 * Post text as Bluesky counts and annotates it. The limit is 300 graphemes
 * (app.bsky.feed.post, https://docs.bsky.app/docs/advanced-guides/posts); links, mentions and
 * hashtags are facets over UTF-8 byte ranges (https://docs.bsky.app/docs/advanced-guides/post-richtext),
 * detected by @atproto/api's RichText. Mentions must name a DID, so each handle is resolved; one
 * that does not resolve stays plain text rather than becoming a broken link.
 */
import { RichText, type $Typed, type AppBskyRichtextFacet } from '@atproto/api';
import { ConnectorError } from '../contract.js';
import { resolvedHandleAnswer } from './schemas.js';
import { xrpcQuery, type XrpcTarget } from './xrpc.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The length Bluesky checks against its 300-grapheme limit. */
export function measureText(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

export type Facet = AppBskyRichtextFacet.Main;
export type HandleResolver = (handle: string) => Promise<string | undefined>;

function isMention(feature: Facet['features'][number]): feature is $Typed<AppBskyRichtextFacet.Mention> {
  return feature.$type === 'app.bsky.richtext.facet#mention';
}

/** The facets of a text, with every mention pointing at a DID. */
export async function facetsOf(text: string, resolveHandle: HandleResolver): Promise<Facet[]> {
  const richText = new RichText({ text });
  richText.detectFacetsWithoutResolution();
  const facets: Facet[] = [];
  for (const facet of richText.facets ?? []) {
    const features: Facet['features'] = [];
    for (const feature of facet.features) {
      if (!isMention(feature)) {
        features.push(feature);
        continue;
      }
      // Without resolution the mention's `did` holds the handle as written.
      const did = await resolveHandle(feature.did);
      if (did) features.push({ ...feature, did });
    }
    if (features.length > 0) facets.push({ ...facet, features });
  }
  return facets;
}

/** Resolves handles through the account's PDS (com.atproto.identity.resolveHandle). */
export function handleResolver(target: XrpcTarget): HandleResolver {
  const known = new Map<string, string | undefined>();
  return async (handle) => {
    if (known.has(handle)) return known.get(handle);
    let did: string | undefined;
    try {
      did = (await xrpcQuery(target, 'com.atproto.identity.resolveHandle', { handle }, resolvedHandleAnswer)).did;
    } catch (error) {
      // "Unable to resolve handle" is an answer; a lost request is not, and must not silently drop a mention.
      if (!(error instanceof ConnectorError && error.kind === 'invalid_content')) throw error;
    }
    known.set(handle, did);
    return did;
  };
}
