/**
 * The destination of a short link: the address the author wrote with UTM parameters added, so the
 * shop's own analytics (Google Analytics, Matomo, Plausible all read them) see the visit as coming
 * from this network, this campaign and this post. The parameter names and meanings follow Google's
 * campaign URL conventions (support.google.com/analytics/answer/10917952): source = the site that
 * sent the visit, medium = the kind of channel, campaign, content = what was clicked.
 */

export const UTM_MEDIUM = 'social';
/** utm_campaign for a post without a campaign; Google's URL builder treats campaign as required. */
export const UTM_DEFAULT_CAMPAIGN = 'chorus';

export interface UtmFacts {
  /** The network's id (`x`, `mastodon`, `bluesky`, ...): utm_source. */
  readonly network: string;
  /** The post's campaign as the author named it, or null. */
  readonly campaign: string | null;
  /** The post's id: utm_content, so each post's visits can be told apart. */
  readonly postId: string;
}

/**
 * A campaign name as a URL-friendly value: lower case, letters and digits of any script kept,
 * every other run of characters one hyphen ("Spring Sale 2027!" → `spring-sale-2027`).
 */
export function campaignSlug(campaign: string): string {
  const slug = campaign
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || UTM_DEFAULT_CAMPAIGN;
}

/** The four UTM parameters for a post on a network, in the order they are added. */
export function utmParameters(facts: UtmFacts): Array<[string, string]> {
  return [
    ['utm_source', facts.network],
    ['utm_medium', UTM_MEDIUM],
    ['utm_campaign', facts.campaign ? campaignSlug(facts.campaign) : UTM_DEFAULT_CAMPAIGN],
    ['utm_content', facts.postId],
  ];
}

/**
 * The address with the UTM parameters appended to its query. The author's query is kept byte for
 * byte (re-encoding it could break a shop's own parameters), the fragment stays at the end, and a
 * UTM parameter the author already set wins over ours.
 */
export function destinationWithUtm(url: string, facts: UtmFacts): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  const present = new URLSearchParams(query);
  const added = utmParameters(facts)
    .filter(([name]) => !present.has(name))
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  if (added.length === 0) return url;
  const separator = queryAt === -1 ? '?' : query === '' || query.endsWith('&') ? '' : '&';
  return `${beforeHash}${separator}${added.join('&')}${fragment}`;
}
