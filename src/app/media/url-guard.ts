/**
 * Decides whether Chorus may fetch a URL that a user typed in, and to which single address. Without
 * it, "import from URL" would let anyone read the cloud metadata service or internal admin pages
 * (SSRF). The host is resolved once here and the caller connects to exactly that address, so a name
 * that answers differently the second time (DNS rebinding) gains nothing.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { embeddedIpv4, isPublicAddress } from '../../core/events/addresses.js';
import { AppError } from '../../core/errors.js';

export interface UrlImportSettings {
  /** Allow every loopback and private address (an install inside an intranet); off by default. */
  allowPrivateAddresses: boolean;
  /** Non-public addresses allowed one by one, written as the resolver returns them (tests: ['127.0.0.1']). */
  allowedAddresses?: readonly string[];
  /** Redirects followed before giving up; 5 unless set. */
  maxRedirects?: number;
  /** Deadline for the whole import, redirects and body included; 30 s unless set. */
  timeoutMs?: number;
  /** Resolves a host name to addresses; the system resolver unless set (tests give a fake one). */
  resolveHost?: (hostname: string) => Promise<string[]>;
}

export const DEFAULT_URL_IMPORT_SETTINGS: UrlImportSettings = { allowPrivateAddresses: false };

/** A URL that passed the checks, and the one address to connect to for it. */
export interface PinnedTarget {
  url: URL;
  /** The host name without brackets or a trailing dot, as certificates and Host headers name it. */
  hostname: string;
  address: string;
  family: 4 | 6;
}

/** The error every refused URL gets; `reason` tells which rule refused it. */
export function refusedUrl(reason: string, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('validation_failed', message, { field: 'url', reason, ...extra });
}

/**
 * Parses a URL to import from and refuses what can never be fetched: other schemes than http(s)
 * and URLs with credentials (they would be sent on to every redirect target and end up in logs).
 */
export function parseImportUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refusedUrl('invalid_url', 'The URL is not valid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refusedUrl('scheme', 'Only http and https URLs can be imported', { scheme: url.protocol });
  if (url.username !== '' || url.password !== '') throw refusedUrl('credentials', 'URLs with a user name or password cannot be imported');
  return url;
}

// Link-local holds the cloud metadata services (169.254.169.254, fd00:ec2::254 is unique-local and
// refused as private); it stays refused even where private networks are allowed.
const linkLocal = new BlockList();
linkLocal.addSubnet('169.254.0.0', 16, 'ipv4');
linkLocal.addSubnet('fe80::', 10, 'ipv6');

function isLinkLocal(address: string): boolean {
  if (isIP(address) === 4) return linkLocal.check(address, 'ipv4');
  const embedded = embeddedIpv4(address);
  return linkLocal.check(address, 'ipv6') || (embedded !== undefined && linkLocal.check(embedded, 'ipv4'));
}

/** Whether Chorus may connect to `address` under `settings`. */
export function isImportableAddress(address: string, settings: UrlImportSettings): boolean {
  if (settings.allowedAddresses?.includes(address)) return true;
  if (isIP(address) === 0) return false;
  if (settings.allowPrivateAddresses) return !isLinkLocal(address);
  return isPublicAddress(address);
}

async function systemResolve(hostname: string): Promise<string[]> {
  return (await lookup(hostname, { all: true })).map((entry) => entry.address);
}

/** Resolves the URL's host once and returns the address to connect to, refusing non-public ones. */
export async function pinTarget(url: URL, settings: UrlImportSettings): Promise<PinnedTarget> {
  const bare = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // A trailing dot only marks the name as absolute; the resolver gets it as written.
  const hostname = bare.replace(/\.$/, '');
  // "localhost" names are loopback by definition (RFC 6761) whatever a resolver answers.
  if (!settings.allowPrivateAddresses && (hostname === 'localhost' || hostname.endsWith('.localhost'))) {
    throw refusedUrl('private_address', `${hostname} is this machine, not the public internet`, { host: hostname });
  }
  let addresses: string[];
  if (isIP(hostname) !== 0) {
    addresses = [hostname];
  } else {
    try {
      addresses = await (settings.resolveHost ?? systemResolve)(bare);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw refusedUrl('unresolvable', `The host ${hostname} could not be resolved`, { host: hostname });
  }
  // One private answer among public ones is refused too: the caller could not tell which it gets.
  const refused = addresses.find((address) => !isImportableAddress(address, settings));
  if (refused !== undefined) {
    throw refusedUrl('private_address', `${hostname} resolves to ${refused}, which is not on the public internet`, { host: hostname, address: refused });
  }
  const [address] = addresses;
  const family = address === undefined ? 0 : isIP(address);
  if (address === undefined || family === 0) throw refusedUrl('unresolvable', `The host ${hostname} has no usable address`, { host: hostname });
  return { url, hostname, address, family: family === 4 ? 4 : 6 };
}
