/** Registering an account by hand: the handle may be left out when a profile URL names it. */

/** The last path segment of a profile address, e.g. `https://www.instagram.com/citygym/` → `citygym`. */
export function handleFromUrl(url: string): string | undefined {
  try {
    const segments = new URL(url).pathname.split('/').filter((segment) => segment !== '');
    const last = segments.at(-1);
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/** The handle to send: the one typed, else the one the URL gives, else blank (the API names the field). */
export function effectiveHandle(handle: string, url: string): string {
  const typed = handle.trim();
  if (typed !== '') return typed;
  return handleFromUrl(url.trim()) ?? '';
}
