/** Which endpoint a request is, the scopes it needs and its per-user rate limit, for the fake X API. */

/** Per-user limits per 15 minutes, from the rate-limit table. */
export const USER_LIMITS: Record<string, number> = {
  'GET /2/users/me': 75,
  'POST /2/tweets': 100,
  'DELETE /2/tweets/:id': 50,
  'GET /2/tweets': 5000,
  'GET /2/users/:id/tweets': 900,
  'GET /2/users/:id/mentions': 300,
  'GET /2/tweets/search/recent': 300,
  'POST /2/media/upload': 500,
  'POST /2/media/metadata': 500,
};

/** The rate-limit bucket of a request, named like the connector's, or undefined for an unknown route. */
export function bucketOf(method: string, path: string): string | undefined {
  if (method === 'GET' && path === '/2/users/me') return 'GET /2/users/me';
  if (method === 'POST' && path === '/2/tweets') return 'POST /2/tweets';
  if (method === 'GET' && path === '/2/tweets') return 'GET /2/tweets';
  if (method === 'DELETE' && /^\/2\/tweets\/\d+$/.test(path)) return 'DELETE /2/tweets/:id';
  if (method === 'GET' && /^\/2\/users\/\d+\/tweets$/.test(path)) return 'GET /2/users/:id/tweets';
  if (method === 'GET' && /^\/2\/users\/\d+\/mentions$/.test(path)) return 'GET /2/users/:id/mentions';
  if (method === 'GET' && path === '/2/tweets/search/recent') return 'GET /2/tweets/search/recent';
  if (method === 'POST' && path === '/2/media/upload') return 'POST /2/media/upload';
  if (method === 'POST' && path === '/2/media/metadata') return 'POST /2/media/metadata';
  return undefined;
}

/** The scopes each endpoint requires, from the API reference's authorization section. */
export function hasScopes(granted: string[], bucket: string): boolean {
  const needed: Record<string, string[]> = {
    'GET /2/users/me': ['tweet.read', 'users.read'],
    'POST /2/tweets': ['tweet.read', 'tweet.write', 'users.read'],
    'DELETE /2/tweets/:id': ['tweet.read', 'tweet.write', 'users.read'],
    'POST /2/media/upload': ['media.write'],
    'POST /2/media/metadata': ['media.write'],
  };
  return (needed[bucket] ?? ['tweet.read', 'users.read']).every((scope) => granted.includes(scope));
}
