// Installing: the package is `council-minutes` with the bin `minutes`; the
// SQLite driver is optional and loaded only for --db, so an install where
// better-sqlite3 failed to build still parses, and --db then says in one
// line what is missing (or, on a Node with node:sqlite, uses that).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DriverMissingError, loadDriver } from '../src/write/sqlite-driver.js';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

const notFound = (id: string): Error => Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- x`), { code: 'MODULE_NOT_FOUND' });

describe('package.json', () => {
  it('publishes council-minutes with the bin minutes', () => {
    expect(pkg.name).toBe('council-minutes');
    expect(pkg.bin).toEqual({ minutes: 'bin/minutes.js' });
  });

  it('better-sqlite3 is optional: a failed native build does not fail the install', () => {
    expect(pkg.dependencies['better-sqlite3']).toBeUndefined();
    expect(pkg.optionalDependencies?.['better-sqlite3']).toBeDefined();
  });
});

describe('loadDriver', () => {
  it('without better-sqlite3 or node:sqlite: a one-line message saying what to install', () => {
    const load = (id: string): unknown => {
      throw notFound(id);
    };
    expect(() => loadDriver(load)).toThrow(DriverMissingError);
    try {
      loadDriver(load);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
      expect((e as Error).message).toContain('better-sqlite3 is not installed');
      expect((e as Error).message).toContain('npm install better-sqlite3');
    }
  });

  it('a better-sqlite3 whose native part does not load falls back to node:sqlite', () => {
    let asked = '';
    const fake = { DatabaseSync: class {} };
    const load = (id: string): unknown => {
      if (id === 'better-sqlite3') throw new Error('Could not locate the bindings file.');
      asked = id;
      return fake;
    };
    expect(typeof loadDriver(load)).toBe('function');
    expect(asked).toBe('node:sqlite');
  });
});

describe('the built CLI without node_modules (better-sqlite3 missing)', () => {
  let dir = '';
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'minutes-install-'));
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    writeFileSync(join(dir, 'minutes.txt'), 'Minutes of the Finance Panel held on 1 June 2022\n\n3.    Treasury Report\n\nRESOLVED that the report be noted.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'minutes.js'), ...args], { cwd: dir, encoding: 'utf8' });

  it('parses', () => {
    const r = run('parse', 'minutes.txt');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).items[0].title).toBe('Treasury Report');
  });

  it('--db: one line and exit 2, or the node:sqlite driver where Node has it', () => {
    const r = run('parse', 'minutes.txt', '--db', 'minutes.db');
    let hasNodeSqlite = true;
    try {
      loadDriver((id) => {
        if (id === 'better-sqlite3') throw notFound(id);
        return process.getBuiltinModule?.(id) ?? (() => { throw notFound(id); })();
      });
    } catch {
      hasNodeSqlite = false;
    }
    if (hasNodeSqlite) {
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('minutes: minutes.db: 1 written, 0 replaced, 0 unchanged\n');
    } else {
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toMatch(/^minutes: --db needs a SQLite driver: better-sqlite3 is not installed .*npm install better-sqlite3/);
    }
  });
});
