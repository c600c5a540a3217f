/** Query parameters that track a click rather than name a page. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'cmp',
  'ocid',
  'smid',
  'smtyp',
  'sr_share',
  'share',
  'spm',
  'ncid',
  'ito',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'rss',
  'src',
  'feature',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_', 'hsa_', 'vero_', 'oly_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** `raw` (resolved against `base`) as a URL, or undefined when it is not an http(s) URL. */
function httpUrl(raw: string, base?: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/**
 * The key two links to the same story share: https, lower-case host without `www.`
 * or default port, no fragment, no tracking parameters, the rest sorted, no trailing
 * slash. Returns undefined for anything that is not an http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  const url = httpUrl(raw, base);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\d?\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = [...url.searchParams]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  return `https://${host}${port}${path === '/' ? '' : path}${query}`;
}

/** A display link with tracking parameters and the fragment removed, scheme and host kept. */
export function cleanLink(raw: string, base?: string): string | undefined {
  const url = httpUrl(raw, base);
  if (!url) return undefined;
  for (const name of [...url.searchParams.keys()])
    if (isTracking(name)) url.searchParams.delete(name);
  url.hash = '';
  return url.href;
}
