// resolutionKind runs KIND_PATTERNS as one alternation. It must answer as
// trying each pattern and keeping the earliest match (ties to the earlier
// kind) would: checked on every fixture clause and on mutated phrases.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { KIND_PATTERNS, resolutionKind } from '../src/extract/resolutions.js';
import { trimClause } from '../src/extract/util/text.js';

function kindByEachPattern(clause: string): string {
  let best = 'other';
  let at = Infinity;
  for (const [kind, re] of KIND_PATTERNS) {
    const m = re.exec(clause);
    if (m && m.index < at) {
      at = m.index;
      best = kind;
    }
  }
  return best;
}

const lines = fg.sync('fixtures/**/input.{txt,md}').flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/));
const PHRASES = ['be granted', 'refuse planning permission', 'deferred', 'delegated authority', 'recommend to Council', 'be noted', 'be approved', 'adopt the policy', 'asks officers to', 'agreed', 'be rejected', 'the report', 'that', 'noted and approved', 'not be supported', 'recommendations'];

describe('resolutionKind', () => {
  it('agrees with pattern-by-pattern matching on every fixture line', () => {
    for (const l of lines) expect(resolutionKind(l), l).toBe(kindByEachPattern(l));
  });

  it('agrees on mixed phrases (fast-check)', () => {
    const clause = fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((xs) => xs.join(' '));
    fc.assert(fc.property(clause, (c) => resolutionKind(c) === kindByEachPattern(c)), { numRuns: 3000 });
  });

  it('takes the earliest verb: noted before approved', () => {
    expect(resolutionKind('the report be noted and the budget approved')).toBe('noted');
    expect(resolutionKind('the budget be approved and the report noted')).toBe('approved');
  });
});

describe('trimClause', () => {
  it('removes trailing "; and", "; or", ";" and "," with any spaces, and squashes spaces', () => {
    expect(trimClause('the report be noted; and')).toBe('the report be noted');
    expect(trimClause('the report be noted ;   or   ')).toBe('the report be noted');
    expect(trimClause('the  budget\nbe approved,')).toBe('the budget be approved');
    expect(trimClause('the land at Orland')).toBe('the land at Orland');
    expect(trimClause('officers to consult the board')).toBe('officers to consult the board');
  });
});
