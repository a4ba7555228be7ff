// The SQLite driver behind --db, loaded only when a database is opened.
//
// better-sqlite3 is an optional dependency: a native module that npm builds
// from source when no prebuilt binary fits, which fails without a C++
// toolchain. Such a failure must leave the rest of the tool installed, so the
// driver is looked for only here: better-sqlite3 when it loads, else the
// node:sqlite module built into Node 22.13 and later (through a thin adapter
// offering the part of better-sqlite3's interface the sink uses), else a
// one-line message saying what to install.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/** No SQLite driver could be loaded: the message is one line, for the user. */
export class DriverMissingError extends Error {}

/** The part of better-sqlite3's Database constructor the sink uses. */
export type DatabaseConstructor = new (path: string) => BetterSqlite3.Database;

type Require = (id: string) => unknown;

/** node:sqlite's classes, as far as the adapter uses them. */
interface NodeSqliteStatement {
  run(...params: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
  iterate?(...params: unknown[]): IterableIterator<Record<string, unknown>>;
}
interface NodeSqliteDatabase {
  prepare(sql: string): NodeSqliteStatement;
  exec(sql: string): void;
  close(): void;
}
interface NodeSqliteModule {
  DatabaseSync: new (path: string) => NodeSqliteDatabase;
}

/** better-sqlite3 binds an array argument as the list of parameters; node:sqlite takes them spread. */
const spread = (params: unknown[]): unknown[] => (params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params);

class AdaptedStatement {
  private plucked = false;
  constructor(private readonly statement: NodeSqliteStatement) {}
  pluck(): this {
    this.plucked = true;
    return this;
  }
  private shape(row: Record<string, unknown> | undefined): unknown {
    return this.plucked && row !== undefined ? Object.values(row)[0] : row;
  }
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint } {
    const r = this.statement.run(...spread(params));
    return { changes: Number(r.changes), lastInsertRowid: r.lastInsertRowid };
  }
  get(...params: unknown[]): unknown {
    return this.shape(this.statement.get(...spread(params)));
  }
  all(...params: unknown[]): unknown[] {
    return this.statement.all(...spread(params)).map((r) => this.shape(r));
  }
  *iterate(...params: unknown[]): IterableIterator<unknown> {
    const rows = this.statement.iterate ? this.statement.iterate(...spread(params)) : this.statement.all(...spread(params));
    for (const r of rows) yield this.shape(r);
  }
}

/** node:sqlite's DatabaseSync behind the better-sqlite3 calls the sink makes. */
function adaptNodeSqlite(sqlite: NodeSqliteModule): DatabaseConstructor {
  class AdaptedDatabase {
    private readonly db: NodeSqliteDatabase;
    constructor(path: string) {
      this.db = new sqlite.DatabaseSync(path);
    }
    prepare(sql: string): AdaptedStatement {
      return new AdaptedStatement(this.db.prepare(sql));
    }
    exec(sql: string): this {
      this.db.exec(sql);
      return this;
    }
    pragma(source: string): unknown[] {
      return this.db.prepare(`PRAGMA ${source}`).all();
    }
    transaction<A extends unknown[], R>(run: (...args: A) => R): (...args: A) => R {
      return (...args: A): R => {
        this.db.exec('BEGIN');
        try {
          const result = run(...args);
          this.db.exec('COMMIT');
          return result;
        } catch (e) {
          this.db.exec('ROLLBACK');
          throw e;
        }
      };
    }
    close(): this {
      this.db.close();
      return this;
    }
  }
  return AdaptedDatabase as unknown as DatabaseConstructor;
}

/** node:sqlite without its "experimental feature" warning on stderr (the tool's output is its own). */
function requireNodeSqlite(load: Require): NodeSqliteModule {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (/SQLite/i.test(typeof warning === 'string' ? warning : warning.message)) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return load('node:sqlite') as NodeSqliteModule;
  } finally {
    process.emitWarning = emitWarning;
  }
}

const reason = (e: unknown): string => String((e as Error)?.message ?? e).split('\n')[0];

/**
 * The driver: better-sqlite3, else node:sqlite, else DriverMissingError.
 * `load` resolves module names (tests pass one that fails).
 */
export function loadDriver(load: Require = createRequire(import.meta.url)): DatabaseConstructor {
  let failure: string;
  try {
    return load('better-sqlite3') as DatabaseConstructor;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    failure = code === 'MODULE_NOT_FOUND' ? 'better-sqlite3 is not installed' : `better-sqlite3 did not load (${reason(e)})`;
  }
  try {
    return adaptNodeSqlite(requireNodeSqlite(load));
  } catch {
    // This Node has no node:sqlite (before 22.13 it needs --experimental-sqlite).
  }
  throw new DriverMissingError(
    `--db needs a SQLite driver: ${failure} (it is optional, and its native build may have failed) and this Node ${process.version} has no node:sqlite; run \`npm install better-sqlite3\` or use Node 22.13 or later`,
  );
}
