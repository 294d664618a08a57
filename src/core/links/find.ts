/**
 * Finding the links in a post's text the way the networks do: an `http://` or `https://` address
 * that starts at a word boundary and runs to the next space. Punctuation that ends a sentence is
 * not part of the link ("see https://shop.example/sale." links to `/sale`), and a closing bracket
 * belongs to the link only when the link opened it (Wikipedia-style `/Foo_(bar)`), which is how
 * twitter-text (X, Mastodon) and Bluesky's facet detection both end a link.
 */

export interface FoundLink {
  /** The address as written. */
  readonly url: string;
  /** Where it starts and ends in the text (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
}

// A link starts after the start of the text or a character that cannot be part of a word or a
// path; it stops at white space, angle brackets and double quotes, which no network links across.
const CANDIDATE = /(?<![\p{L}\p{N}_/@.-])https?:\/\/[^\s<>"“”«»]+/giu;
/** Characters that end a sentence rather than an address when they come last. */
const TRAILING = new Set(['.', ',', ':', ';', '!', '?', "'", '’', '…', '*', '_']);
const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Drops trailing punctuation and unbalanced closing brackets from a candidate. */
function trimCandidate(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if (TRAILING.has(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opening = CLOSING[last];
    if (opening !== undefined) {
      const opened = url.split(opening).length - 1;
      const closed = url.split(last).length - 1;
      if (closed > opened) {
        url = url.slice(0, -1);
        continue;
      }
    }
    return url;
  }
}

/** A host the networks would link: a name with a dot (or an IP address), not `https://` alone. */
function isLinkable(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.hostname.includes('.') || parsed.hostname.startsWith('[');
  } catch {
    return false;
  }
}

/** Every link in the text, in order. */
export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const url = trimCandidate(match[0]);
    if (!isLinkable(url)) continue;
    links.push({ url, start: match.index, end: match.index + url.length });
  }
  return links;
}

/** The text with each link that `replacement` answers for replaced; other links stay as written. */
export function replaceLinks(text: string, replacement: (url: string) => string | undefined): string {
  let result = '';
  let at = 0;
  for (const link of findLinks(text)) {
    const short = replacement(link.url);
    if (short === undefined) continue;
    result += text.slice(at, link.start) + short;
    at = link.end;
  }
  return result + text.slice(at);
}
