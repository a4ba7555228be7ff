// Pathological text must cost time linear in its size: no regex with
// catastrophic backtracking. Every exported pattern (src/tokenize/patterns.ts,
// the extractors' pattern tables and name sources) runs against adversarial
// strings at size n and 4n; the whole pipeline runs on adversarial documents
// the same way (that covers the extractors' private patterns in context).
// The check is a ratio of costs, not a wall-clock threshold: linear work
// grows ~4x from n to 4n, quadratic ~16x, exponential explodes. Each cost is
// the best of several adaptive measurements, so machine load does not flake it.
import { describe, expect, it } from 'vitest';
import * as PATTERNS from '../src/tokenize/patterns.js';
import { COMMITMENT_PATTERNS } from '../src/extract/actions.js';
import { CATEGORY_PATTERNS } from '../src/extract/category.js';
import { KIND_PATTERNS } from '../src/extract/resolutions.js';
import * as PRESENTERS from '../src/extract/presenters.js';
import * as NAMES from '../src/tokenize/names.js';
import { parseMinutes } from '../src/parse-text.js';
import { textToLines } from '../src/read/text.js';
import { classifyLine } from '../src/tokenize/classify.js';

/** Linear work grows 4x from n to 4n; quadratic 16x. The bound leaves room for noise and cache effects. */
const MAX_RATIO = 9;

/** Per-call cost of f in ms: the best of `rounds` batches of calls, each batch run for at least `budget` ms. */
function cost(f: () => unknown, rounds = 2, budget = 3): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      f();
      calls++;
      t = performance.now();
    } while (t - t0 < budget);
    best = Math.min(best, (t - t0) / calls);
  }
  return best;
}

/**
 * cost(4n) / cost(n). A ratio on the unexpected side of the bound (super-linear, or for the self-check
 * linear) is measured again, up to three times, before it counts: a busy machine skews single runs.
 */
function growth(make: (n: number) => string, run: (s: string) => unknown, n: number, expectQuadratic = false): number {
  const small = make(n);
  const large = make(4 * n);
  const unexpected = (r: number): boolean => (expectQuadratic ? r <= MAX_RATIO : r >= MAX_RATIO);
  let ratio = expectQuadratic ? 0 : Infinity;
  // Each retry measures longer and keeps the best of more batches: a descheduled batch on a loaded machine is outlived.
  for (let attempt = 0; attempt < 4 && unexpected(ratio); attempt++) ratio = cost(() => run(large), 2 + 2 * attempt, 3 << attempt) / cost(() => run(small), 2 + 2 * attempt, 3 << attempt);
  return ratio;
}

// Adversarial inputs: long runs of what the patterns' quantifiers eat, each
// followed by a character that makes the match fail late (the backtracking trigger).
const ADVERSARIAL: Record<string, (n: number) => string> = {
  spaces: (n) => `a${' '.repeat(n)}!`,
  'spaces and tabs': (n) => `${' \t'.repeat(n / 2)}x`,
  letters: (n) => `${'a'.repeat(n)}!`,
  capitals: (n) => `${'A'.repeat(n)} `,
  'capitalised words': (n) => `${'Word '.repeat(n / 5)}!`,
  'repeated Councillor': (n) => `${'Councillor '.repeat(n / 11)}(`,
  'repeated Cllr and initials': (n) => `${'Cllr A. B. '.repeat(n / 11)}.`,
  dashes: (n) => `${'-'.repeat(n)}x`,
  'spaced dashes': (n) => `${' - '.repeat(n / 3)}x`,
  dots: (n) => `${'.'.repeat(n)}x`,
  'numbers and dots': (n) => `${'1.'.repeat(n / 2)}x`,
  digits: (n) => `${'1'.repeat(n)}.`,
  'opening parentheses': (n) => `${'('.repeat(n)}x`,
  'RESOLVED repeated': (n) => `${'RESOLVED '.repeat(n / 9)}(`,
  'The Committee repeated': (n) => `${'The Committee '.repeat(n / 14)}`,
  'would be repeated': (n) => `${'would be '.repeat(n / 9)}`,
  'requested that, no be': (n) => `requested that ${'x '.repeat(n / 2)}`,
  'pdf residue': (n) => `${'pdf '.repeat(n / 4)}1 k`,
  'commas and and': (n) => `${'Smith, and '.repeat(n / 11)}`,
  'apostrophes and hyphens': (n) => `${"O'-".repeat(n / 3)}1`,
  'action heading repeated': (n) => `${'Actions '.repeat(n / 8)}`,
  'bullets and spaces': (n) => `• ${'o '.repeat(n / 2)}`,
};

/** Every exported RegExp (and pattern table) of the rule modules, by name. */
function exportedPatterns(): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  for (const [name, value] of Object.entries(PATTERNS)) if (value instanceof RegExp) out.push([`patterns.${name}`, value]);
  COMMITMENT_PATTERNS.forEach((re, i) => out.push([`actions.COMMITMENT_PATTERNS[${i}]`, re]));
  CATEGORY_PATTERNS.forEach(([kind, re]) => out.push([`category.CATEGORY_PATTERNS.${kind}`, re]));
  KIND_PATTERNS.forEach(([kind, re], i) => out.push([`resolutions.KIND_PATTERNS[${i}].${kind}`, re]));
  for (const [name, value] of Object.entries(PRESENTERS)) if (value instanceof RegExp) out.push([`presenters.${name}`, value]);
  for (const [name, value] of Object.entries(NAMES)) {
    if (value instanceof RegExp) out.push([`names.${name}`, value]);
    // Name sources are embedded in larger patterns, anchored and not.
    else if (typeof value === 'string' && name.endsWith('_SOURCE')) {
      out.push([`names.${name} (anchored)`, new RegExp(`^${value}$`)]);
      out.push([`names.${name} (search)`, new RegExp(value)]);
    }
  }
  return out;
}

/** One call: as the pipeline would, a fresh search from the start (global patterns keep lastIndex). */
const search = (re: RegExp) => (s: string) => {
  re.lastIndex = 0;
  return re.exec(s);
};

describe('regex safety: exported patterns run in linear time', () => {
  const patterns = exportedPatterns();

  it('finds the pattern constants it is meant to check', () => {
    const names = patterns.map(([n]) => n);
    expect(names).toContain('patterns.RESOLVED_LEAD_IN');
    expect(names).toContain('patterns.BULLET');
    expect(names).toContain('names.PERSON_SOURCE (search)');
    expect(patterns.length).toBeGreaterThan(30);
  });

  for (const [name, re] of patterns) {
    it(name, () => {
      const slow: string[] = [];
      for (const [input, make] of Object.entries(ADVERSARIAL)) {
        const ratio = growth(make, search(re), 2000);
        if (ratio >= MAX_RATIO) slow.push(`${input}: x${ratio.toFixed(1)} from n=2000 to 8000`);
      }
      expect(slow).toEqual([]);
    });
  }

  it('the measure itself flags a quadratic pattern (so the checks above can fail)', () => {
    // /\s+$/ retries the whole run of spaces from every start position: textbook quadratic.
    expect(growth(ADVERSARIAL.spaces, search(/\s+$/), 2000, true)).toBeGreaterThan(MAX_RATIO);
  });
});

describe('regex safety: the line rules and the whole pipeline stay linear', () => {
  it('classifies one huge line of each adversarial kind in linear time', () => {
    const slow: string[] = [];
    for (const [input, make] of Object.entries(ADVERSARIAL)) {
      const ratio = growth(make, (s) => classifyLine({ line: 1, text: s, indent: 0 }), 4000);
      if (ratio >= MAX_RATIO) slow.push(`${input}: x${ratio.toFixed(1)}`);
    }
    expect(slow).toEqual([]);
  });

  // Whole documents: a long single line, many bullets, a long run of minutes, many names.
  const DOCUMENTS: Record<string, (n: number) => string> = {
    'one long line': (n) => `1. Budget\n\n${'The Committee noted the report and '.repeat(n / 35)}\n`,
    'one long line of spaces and words': (n) => `${'word     '.repeat(n / 9)}\n`,
    'thousands of bullets': (n) => `1. Questions\n\nMembers asked questions on the following:\n\n${'• Whether the budget would be circulated – it would.\n'.repeat(n / 54)}`,
    'minutes repeated': (n) =>
      Array.from({ length: Math.max(1, Math.round(n / 160)) }, (_, i) => `${i + 1}. Item ${i + 1}\n\nCouncillor Smith (Chair) introduced the report.\n\nRESOLVED that the report be noted.\n`).join('\n'),
    'repeated Councillor line': (n) => `PRESENT: ${'Councillor Smith, '.repeat(n / 18)}\n\n1. Apologies\n\nNone.\n`,
    'numbered lines': (n) => `${Array.from({ length: Math.max(1, Math.round(n / 12)) }, (_, i) => `${(i % 900) + 1}. Title`).join('\n')}\n`,
    'RESOLVED lines': (n) => `1. Item\n\n${'RESOLVED that the (report) be noted;\n'.repeat(n / 37)}`,
  };

  for (const [name, make] of Object.entries(DOCUMENTS)) {
    it(`parses a document of ${name} in linear time`, () => {
      const ratio = growth(make, (s) => parseMinutes(s), 20000);
      expect(ratio).toBeLessThan(MAX_RATIO);
    });
  }

  // Lines without full stops join into one paragraph where a reader takes every line as text (the apologies
  // reader does); joining used to re-read the whole paragraph per line. Quadratic only shows at this size.
  it('parses thousands of bullets without full stops in linear time', () => {
    const make = (n: number): string => `Agenda item\n\nBudget\n\nMinutes:\n\n${'  • Bullet about the budget for the year – answer given\n'.repeat(n / 55)}`;
    expect(growth(make, (s) => parseMinutes(s), 150000)).toBeLessThan(MAX_RATIO);
  });

  it('splits and normalises a 2 MB line once, in linear time', () => {
    const ratio = growth((n) => `${'a  \u00a0b\t'.repeat(n / 6)}\n`, (s) => textToLines(s), 500000);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });
});
