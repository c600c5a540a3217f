import { isIP } from 'node:net';

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/i;

/**
 * Why a FETCH_ALLOW_HOSTS entry could never match, or undefined when it can. Entries are
 * compared with a URL's host name alone, so a port, scheme, path or wildcard matches nothing.
 */
export function allowHostProblem(entry: string): string | undefined {
  const quoted = `"${entry.slice(0, 80)}"`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry))
    return `${quoted} is a URL; list the host name only (${hostOfUrl(entry) ?? 'example.com'})`;
  if (entry.includes('*')) return `${quoted}: wildcards are not supported; list each host name`;
  if (entry.includes('/')) return `${quoted} has a path; list the host name only`;
  const bare = entry.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare)) return undefined;
  const port = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
  if (port)
    return `${quoted} has a port, which is not matched; list the host alone (${port[1]?.replace(/^\[|\]$/g, '')})`;
  if (!HOST_NAME.test(bare.replace(/\.$/, ''))) return `${quoted} is not a host name or IP address`;
  return undefined;
}

/** The form entries are compared in: lower case, no brackets around IPv6, no trailing dot. */
export function normalizeAllowHost(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '') || undefined;
  } catch {
    return undefined;
  }
}
