/** The workspace id in an app address such as /w/<id>/strategy. */
export function workspaceIdIn(address: string): string {
  const id = /\/w\/([^/?#]+)\//.exec(new URL(address).pathname + '/')?.[1];
  if (!id) throw new Error(`no workspace in ${address}`);
  return decodeURIComponent(id);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a full address on the server: the path, then optionally a query string. */
export function addressOf(base: string, pathname: string, query = '(\\?.*)?'): RegExp {
  return new RegExp(`^${escapeRegExp(base)}${escapeRegExp(pathname)}${query}$`);
}

