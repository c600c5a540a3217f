import { err, ok, type Result } from '../core/result.js';
import { checkDatabasePath } from './check-database-path.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string };

/**
 * Reads DATABASE_URL: a file path, `sqlite:PATH` / `sqlite://PATH` / `sqlite::memory:`,
 * or (later) `postgres://…`.
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

/** Opens the store DATABASE_URL selects (created and migrated on first run). */
export function openStore(databaseUrl: string): Result<Store> {
  const location = parseDatabaseUrl(databaseUrl);
  if (!location.ok) return location;
  if (location.value.kind === 'postgres')
    return err(
      'not_configured',
      'DATABASE_URL: Postgres is not supported yet; use a file path or sqlite: URL (default ./data/newsbrief.db).',
    );
  const usable = checkDatabasePath(location.value.path);
  if (!usable.ok) return usable;
  try {
    return ok(openSqliteStore(location.value.path));
  } catch (e) {
    return err(
      'not_configured',
      `DATABASE_URL: cannot open ${location.value.path} (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}
