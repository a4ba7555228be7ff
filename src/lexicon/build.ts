// Builders that turn lexicon lists into regex sources. Every pattern that names
// a class of minute vocabulary is built here from the lists, never retyped, so
// a word added to a list (or by minutes.config.json) reaches every rule using it.

/** Escapes regex metacharacters in a literal word or phrase. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A non-capturing alternation of literal phrases that prefers the longest
 * phrase, so that "Lord Mayor" is tried before "Lord" and "Mayor"; inner
 * spaces match any run of one to three whitespace characters (PDF text has
 * doubled spaces). It is written as a trie ("Lord(?:\\s{1,3}Mayor)?"), not a
 * flat list: at any position the phrases that can match are prefixes of one
 * another, which the trie tries longest first through greedy optional tails,
 * as a longest-first list would; but V8 compiles the trie of a long list
 * several times faster and runs it faster (one branch per letter, not one per
 * phrase), and the honorific patterns list every word in three cases.
 */
export function alternation(words: readonly string[]): string {
  return trie([...new Set(words)].sort());
}

/**
 * The alternation of phrases as written and in lower case, for a case-sensitive pattern that meets them
 * both ways mid-sentence ("Members' questions" and "members' questions"): the list names each phrase once.
 */
export function bothCases(words: readonly string[]): string {
  return alternation([...words, ...words.map((w) => w.toLowerCase())]);
}

/** The alternation of phrases as written, in lower case and in capitals: "unanimously", "UNANIMOUSLY" ("RESOLVED UNANIMOUSLY"). */
export function threeCases(words: readonly string[]): string {
  return alternation([...words, ...words.map((w) => w.toLowerCase()), ...words.map((w) => w.toUpperCase())]);
}

/** The alternation of phrases as written and with a capital first letter, for a case-sensitive pattern that may open a sentence: "report|Report". */
export function eitherCase(words: readonly string[]): string {
  return alternation([...words, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))]);
}

/**
 * The alternation of phrases for a case-insensitive (`i`) pattern, written as a
 * trie of the lower-cased phrases: "present(?:\\s{1,3}in\\s{1,3}person)?"
 * rather than a flat list. It matches what alternation() matches under `i`.
 */
export function caselessAlternation(words: readonly string[]): string {
  return trie([...new Set(words.map((w) => w.toLowerCase()))].sort());
}

/** The trie of sorted, distinct phrases as one non-capturing group; an empty phrase makes it optional. */
function trie(sorted: readonly string[]): string {
  // Many lists are built into patterns more than once (a label list in several line patterns): each trie is made once.
  const key = JSON.stringify(sorted);
  let made = TRIES.get(key);
  if (made === undefined) {
    const branches = trieBranches(sorted, 0, sorted.length, 0);
    made = sorted.length > 0 && sorted[0] === '' ? `(?:${branches})?` : `(?:${branches})`;
    TRIES.set(key, made);
  }
  return made;
}
// The CLI bundles start with the tries a run of the CLI makes, made when they were built
// (scripts/build.mjs): building them from the lists at every start-up was a third of the CPU of a
// one-file parse (start-up code runs in V8's interpreter). A trie is keyed by its phrases, so a list
// that minutes.config.json extends (or that changed since the build) is built as before.
declare const __PREBUILT_TRIES__: string | undefined;
const TRIES = new Map<string, string>(typeof __PREBUILT_TRIES__ === 'string' ? (JSON.parse(__PREBUILT_TRIES__) as [string, string][]) : []);

/** Every trie made so far, by its key (scripts/build.mjs builds them into the CLI bundles). */
export function madeTries(): ReadonlyMap<string, string> {
  return TRIES;
}

// The patterns are built when the bundle loads, from hundreds of lists: the builder is linear in the
// letters of the phrases (no rescan of the sub-patterns it has made, no regex per letter).

/** How many branches the last call of trieBranches joined: more than one needs a group around them. */
let lastBranchCount = 0;

/** One character of a phrase as the trie writes it: a space matches a run of whitespace, metacharacters are escaped. */
function charToken(ch: string): string {
  if (ch === ' ') return '\\s{1,3}';
  return META.has(ch) ? `\\${ch}` : ch;
}
const META = new Set('.*+?^${}()|[]\\');

/** What charToken makes of each character of a text, in two passes of native code (start-up code runs in V8's interpreter, slow letter by letter). */
function literalTokens(text: string): string {
  const escaped = escapeRegex(text);
  return escaped.includes(' ') ? escaped.replace(SPACES, '\\s{1,3}') : escaped;
}
const SPACES = / /g;

/** The branches of the trie of sorted words[lo, hi), which share their first `depth` characters. */
function trieBranches(words: readonly string[], lo: number, hi: number, depth: number): string {
  let i = lo;
  // A word that ends here sorts first; the caller makes the branches optional after it.
  while (i < hi && words[i].length === depth) i++;
  // One word left: the rest of it, letter by letter.
  if (hi - i === 1) {
    lastBranchCount = 1;
    return literalTokens(words[i].slice(depth));
  }
  const branches: string[] = [];
  while (i < hi) {
    const ch = words[i][depth];
    let j = i + 1;
    while (j < hi && words[j][depth] === ch) j++;
    const token = charToken(ch);
    const ends = words[i].length === depth + 1;
    const rest = trieBranches(words, i, j, depth + 1);
    if (rest === '') branches.push(token);
    else {
      const several = lastBranchCount > 1;
      branches.push(`${token}${ends || several ? `(?:${rest})` : rest}${ends ? '?' : ''}`);
    }
    i = j;
  }
  lastBranchCount = branches.length;
  return branches.join('|');
}

/**
 * The characters phrases can begin with, as a case-insensitive character class: a line rule whose
 * pattern opens with one of the phrases declares it as `starts`, so a new phrase opens its own letter.
 */
export function firstLetters(words: readonly string[]): RegExp {
  const letters = [...new Set(words.map((w) => w.trimStart().charAt(0).toLowerCase()).filter((c) => c !== ''))].sort();
  return new RegExp(`[${letters.map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('')}]`, 'i');
}

/** An alternation that also accepts each word with a trailing full stop ("Cllr." "Dr."). */
export function abbreviationAlternation(words: readonly string[]): string {
  return `${alternation(words)}\\.?`;
}
