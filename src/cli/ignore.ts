// --ignore and .minutesignore with gitignore semantics
// (https://git-scm.com/docs/gitignore), matched against a path relative to the
// input root ("2024/cabinet-03.pdf"):
//   - blank lines and lines starting with # are skipped; \# and \! escape;
//   - a pattern with no slash but a trailing one matches a file or directory
//     name at any depth ("*cumbria*", "drafts/");
//   - a pattern with a slash at the start or in the middle is anchored at the
//     root ("/old", "2019/*.pdf");
//   - * and ? match within one name, [a-z] a class, ** any number of folders;
//   - a trailing / matches folders only; a leading ! re-includes what an
//     earlier pattern excluded (not inside an excluded folder, as in git);
//     the last matching pattern wins.
// Matching walks segments and characters without regular expressions, so its
// cost stays proportional to the path and pattern lengths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ignore file read at the root of each directory or glob input. */
export const IGNORE_FILE = '.minutesignore';

interface IgnoreRule {
  /** Pattern segments (split at "/"); "**" stands for any number of folders. */
  segments: string[];
  anchored: boolean;
  directoryOnly: boolean;
  negated: boolean;
}

function compile(line: string): IgnoreRule | null {
  let p = line.replace(/(?<!\\) +$/, '');
  if (p === '' || p.startsWith('#')) return null;
  let negated = false;
  if (p.startsWith('!')) {
    negated = true;
    p = p.slice(1);
  } else if (p.startsWith('\\!') || p.startsWith('\\#')) {
    p = p.slice(1);
  }
  const directoryOnly = p.endsWith('/');
  if (directoryOnly) p = p.replace(/\/+$/, '');
  if (p === '') return null;
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const segments = p.split('/').filter((s) => s !== '');
  return segments.length ? { segments, anchored, directoryOnly, negated } : null;
}

/** One name against one pattern segment (*, ?, [class], \x): the classic two-pointer wildcard match. */
export function matchName(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '*') {
      starP = p++;
      starN = n;
      continue;
    }
    const step = p < pattern.length && c !== '*' ? matchOne(pattern, p, name[n]) : -1;
    if (step > 0) {
      p += step;
      n++;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Length of the pattern token at p when it matches the character ch; -1 when not. */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p];
  if (c === '?') return ch === '/' ? -1 : 1;
  if (c === '\\' && p + 1 < pattern.length) return pattern[p + 1] === ch ? 2 : -1;
  if (c === '[') {
    const close = pattern.indexOf(']', p + 2);
    if (close < 0) return ch === '[' ? 1 : -1;
    let i = p + 1;
    const negate = pattern[i] === '!' || pattern[i] === '^';
    if (negate) i++;
    let hit = false;
    for (; i < close; i++) {
      if (pattern[i + 1] === '-' && i + 2 < close) {
        if (ch >= pattern[i] && ch <= pattern[i + 2]) hit = true;
        i += 2;
      } else if (pattern[i] === ch) {
        hit = true;
      }
    }
    return hit !== negate ? close - p + 1 : -1;
  }
  return c === ch ? 1 : -1;
}

/** Pattern segments against path segments; "**" matches zero or more whole segments. */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  // reach[j]: the first i pattern segments can match the first j path segments.
  let reach = new Array<boolean>(path.length + 1).fill(false);
  reach[0] = true;
  for (const seg of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (seg === '**') {
      let any = false;
      for (let j = 0; j <= path.length; j++) {
        any ||= reach[j];
        next[j] = any;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && matchName(seg, path[j])) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[path.length];
}

function ruleMatches(rule: IgnoreRule, path: readonly string[], isDirectory: boolean): boolean {
  if (rule.directoryOnly && !isDirectory) return false;
  if (!rule.anchored) return rule.segments.length === 1 && matchName(rule.segments[0], path[path.length - 1]);
  return matchSegments(rule.segments, path);
}

export class IgnoreList {
  private readonly rules: IgnoreRule[];

  constructor(lines: Iterable<string>) {
    this.rules = [];
    for (const line of lines) {
      const rule = compile(line);
      if (rule) this.rules.push(rule);
    }
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** The patterns given (--ignore), then those of DIR/.minutesignore when there is one. */
  static forRoot(patterns: readonly string[], root: string): IgnoreList {
    let lines: string[] = [];
    try {
      lines = readFileSync(join(root, IGNORE_FILE), 'utf8').split(/\r?\n/);
    } catch {
      // No ignore file at this root.
    }
    return new IgnoreList([...lines, ...patterns]);
  }

  /** True when the file at `relative` ("a/b/c.pdf", "/"-separated, below the root) is ignored, or a folder above it is. */
  ignores(relative: string): boolean {
    if (this.rules.length === 0) return false;
    const parts = relative.split('/').filter((s) => s !== '' && s !== '.');
    for (let depth = 1; depth <= parts.length; depth++) {
      const isDirectory = depth < parts.length;
      const path = parts.slice(0, depth);
      let ignored = false;
      for (const rule of this.rules) if (ruleMatches(rule, path, isDirectory)) ignored = !rule.negated;
      // A folder that is ignored hides everything in it: nothing below can be re-included.
      if (ignored) return true;
    }
    return false;
  }
}
