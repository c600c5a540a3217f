import { BlockList, isIP } from 'node:net';

/**
 * Addresses a chat user must not make the bot fetch: private, loopback, link-local,
 * shared (CGNAT), documentation, multicast and reserved ranges.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** True when `address` (an IP literal) must not be fetched. Non-IP input counts as blocked. */
export function isBlockedAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family !== 6) return true;
  const embedded = embeddedIPv4(ip);
  if (embedded !== undefined) return blocked.check(embedded, 'ipv4');
  return blocked.check(ip, 'ipv6');
}

/**
 * The IPv4 address carried inside an IPv6 one, for the forms that route to it:
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96)
 * and 6to4 (2002::/16).
 */
function embeddedIPv4(ip: string): string | undefined {
  const h = expandIPv6(ip);
  if (!h) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => h.slice(from, to).every((x) => x === 0);
  const [h0 = 0, h1 = 0, , , , h5 = 0, h6 = 0, h7 = 0] = h;
  if (zeros(0, 5) && h5 === 0xffff) return v4(h6, h7);
  if (zeros(0, 6) && (h6 !== 0 || h7 > 1)) return v4(h6, h7);
  if (h0 === 0x64 && h1 === 0xff9b && zeros(2, 6)) return v4(h6, h7);
  if (h0 === 0x2002) return v4(h1, h[2] ?? 0);
  return undefined;
}

/** Eight 16-bit groups of an IPv6 literal (with an optional dotted IPv4 tail). */
function expandIPv6(ip: string): number[] | undefined {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<number>(Math.max(0, fill)).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : undefined;
}
