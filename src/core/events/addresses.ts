/**
 * Which IP addresses a webhook may be sent to. Endpoints are typed in by people, so without this
 * check Chorus could be made to POST into its own network (SSRF; see "Server side request
 * forgery" in the Standard Webhooks spec). The ranges are the IANA special-purpose registries:
 * https://www.iana.org/assignments/iana-ipv4-special-registry/ and
 * https://www.iana.org/assignments/iana-ipv6-special-registry/
 */
import { BlockList, isIP } from 'node:net';

const NON_PUBLIC_V4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata at 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast
];

const NON_PUBLIC_V6: ReadonlyArray<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
];

const blocked = new BlockList();
for (const [network, prefix] of NON_PUBLIC_V4) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of NON_PUBLIC_V6) blocked.addSubnet(network, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 literal (also with an IPv4 tail), or undefined for a bad one. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const groups = halves.length === 2 ? [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail] : head;
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : undefined;
}

const fromGroups = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

// IPv6 forms that carry an IPv4 address and may reach it: mapped (::ffff:0:0/96), IPv4-compatible
// (::/96, deprecated), NAT64 (64:ff9b::/96, RFC 6052) and 6to4 (2002::/16, RFC 3056).
const embeddingV4 = new BlockList();
embeddingV4.addSubnet('::', 96, 'ipv6');
embeddingV4.addSubnet('::ffff:0:0', 96, 'ipv6');
embeddingV4.addSubnet('64:ff9b::', 96, 'ipv6');

/** The IPv4 address an IPv6 literal carries (mapped, compatible, NAT64 or 6to4), if any. */
export function embeddedIpv4(address: string): string | undefined {
  if (isIP(address) !== 6) return undefined;
  const groups = ipv6Groups(address);
  if (!groups) return undefined;
  const [g0, g1, g2, , , , g6, g7] = groups as [number, number, number, number, number, number, number, number];
  if (g0 === 0x2002) return fromGroups(g1, g2);
  // '::' and '::1' are their own (unspecified, loopback), not an embedded 0.0.0.x.
  if (address === '::' || address === '::1') return undefined;
  if (embeddingV4.check(address, 'ipv6')) return fromGroups(g6, g7);
  return undefined;
}

/**
 * Whether `address` (an IPv4 or IPv6 literal) is one the public internet routes. An IPv6 address
 * that carries an IPv4 address is judged by that address too, since it may reach it.
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !blocked.check(address, 'ipv4');
  const embedded = embeddedIpv4(address);
  return !blocked.check(address, 'ipv6') && (embedded === undefined || isPublicAddress(embedded));
}
