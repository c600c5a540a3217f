import { err, ok, type Result } from '../core/result.js';
import { checkDatabasePath } from './check-database-path.js';
import type { Store } from './store.js';

export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string };

/**
 * Reads DATABASE_URL: a file path, `sqlite:PATH` / `sqlite://PATH` / `sqlite::memory:`,
 * or `postgres://…` / `postgresql://…` (a server shared by several replicas).
 */
export function parseDatabaseUrl(databaseUrl: string): Result<StoreLocation> {
  const value = databaseUrl.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) return ok({ kind: 'postgres', url: value });
  if (/^sqlite:/i.test(value)) {
    const path = value.replace(/^sqlite:(\/\/)?/i, '');
    if (path === '')
      return err(
        'not_configured',
        'DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/newsbrief.db',
      );
    return ok({ kind: 'sqlite', path });
  }
  if (value === ':memory:') return ok({ kind: 'sqlite', path: value });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    return err(
      'not_configured',
      `DATABASE_URL: "${value.split(':')[0]}" databases are not supported; use a file path or sqlite: URL.`,
    );
  if (value === '')
    return err('not_configured', 'DATABASE_URL is empty; leave it unset for ./data/newsbrief.db.');
  return ok({ kind: 'sqlite', path: value });
}

export interface OpenStoreOptions {
  /** Postgres connections per process (DATABASE_POOL_SIZE). */
  readonly poolSize?: number;
}

/**
 * Opens the store DATABASE_URL selects (created and migrated on first run). Each driver is
 * imported only when chosen, so a SQLite user never loads `pg` and the other way round.
 */
export async function openStore(
  databaseUrl: string,
  options: OpenStoreOptions = {},
): Promise<Result<Store>> {
  const location = parseDatabaseUrl(databaseUrl);
  if (!location.ok) return location;
  const where = location.value;
  if (where.kind === 'sqlite') {
    const usable = checkDatabasePath(where.path);
    if (!usable.ok) return usable;
  }
  try {
    if (where.kind === 'postgres') {
      const { openPgStore } = await import('./pg-store.js');
      const schema = searchPathSchema(where.url);
      return ok(await openPgStore(where.url, { ...options, ...(schema ? { schema } : {}) }));
    }
    const { openSqliteStore } = await import('./sqlite-store.js');
    return ok(openSqliteStore(where.path));
  } catch (e) {
    const shown = where.kind === 'postgres' ? redact(where.url) : where.path;
    return err(
      'not_configured',
      `DATABASE_URL: cannot open ${shown} (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}

/**
 * The schema a Postgres URL names with `?options=-c search_path=NAME` (one plain name), so
 * that it is created on start like the tables in it; undefined for anything else.
 */
export function searchPathSchema(url: string): string | undefined {
  let options: string | null;
  try {
    options = new URL(url).searchParams.get('options');
  } catch {
    return undefined;
  }
  return options?.match(/(?:^|\s)-c\s*search_path=([a-z_][a-z0-9_]*)(?:\s|$)/)?.[1];
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the Postgres URL';
  }
}
