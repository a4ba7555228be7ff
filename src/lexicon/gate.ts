// Word gates: a cheap test that a pattern built from lexicon phrases can match
// a text at all. Every phrase of a class begins with one of a few words; a
// text none of whose words is among them cannot hold any phrase of the class,
// so the (long, often case-insensitive) pattern is not run on it. The gate is
// derived from the same lists the pattern is built from, never kept by hand:
// a phrase added to the lexicon (or by minutes.config.json) opens its gate too.

// Words are runs of ASCII letters, as the regex \b sees words: a phrase that a pattern finds after
// \b (or after a non-letter) always starts a run here, accented neighbours or not.
const LETTER_RUN = /[a-z]+/g;
const LEADING_LETTER_RUN = /^[a-z]+/;

/** The words of a text as gates read them: lower-cased runs of ASCII letters ("Co-opted" → "co", "opted"). */
export function wordsOf(text: string): readonly string[] {
  // Several extractors gate the same sentences, each in its own pass over an item: the words of
  // recent texts are kept (the cache is emptied when full, so it stays small and needs no order).
  const known = recentWords.get(text);
  if (known !== undefined) return known;
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  if (recentWords.size >= 1024) recentWords.clear();
  recentWords.set(text, out);
  return out;
}
const recentWords = new Map<string, readonly string[]>();

/** Words too common to gate on: a gate given them as `skip` keys each phrase on another of its words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'as', 'at', 'in', 'on', 'for', 'to', 'of', 'and', 'by', 'from', 'who']);

export interface WordGate {
  /** The first words of the phrases, or null when some phrase does not start with a letter (the gate is always open). */
  readonly firstWords: ReadonlySet<string> | null;
  /** True when one of `words` (from `wordsOf`) begins some phrase. */
  passes(words: readonly string[]): boolean;
  /** passes() on the words of a text. */
  test(text: string): boolean;
}

/**
 * The gate of a list of phrases. A phrase matched in a text starts with a
 * whole word of the text (patterns put `\b` or a line start before their
 * phrases), so the text's words include the phrase's first word.
 */
export function wordGate(phrases: readonly string[], options: { skip?: ReadonlySet<string> } = {}): WordGate {
  const first = new Set<string>();
  let open = false;
  for (const phrase of phrases) {
    const lower = phrase.toLowerCase().trimStart();
    const word = LEADING_LETTER_RUN.exec(lower);
    if (!word) open = true;
    else if (!options.skip) first.add(word[0]);
    else {
      // Any word of a phrase is in every text holding it (a run of letters inside the phrase is a run
      // in the text too, when the phrase is matched whole): the first that is not a function word
      // ("was", "the") makes a gate that opens less often.
      const words = lower.match(LETTER_RUN) ?? [];
      first.add(words.find((w) => !options.skip!.has(w)) ?? word[0]);
    }
  }
  if (open) return { firstWords: null, passes: () => true, test: () => true };
  const passes = (words: readonly string[]): boolean => {
    for (const w of words) if (first.has(w)) return true;
    return false;
  };
  return { firstWords: first, passes, test: (text) => passes(wordsOf(text)) };
}

/**
 * One pass over a text's words for many gates at once: which of a list of
 * rules (each with the phrases it needs, its cue) can match the text. The
 * words of a sentence are looked up once, not once per rule.
 */
export class WordDispatch {
  private readonly byWord = new Map<string, number[]>();
  private readonly always: number[] = [];
  readonly size: number;

  constructor(cues: readonly (readonly string[])[]) {
    this.size = cues.length;
    cues.forEach((cue, index) => {
      const words = wordGate(cue).firstWords;
      if (words === null) this.always.push(index);
      else for (const w of words) {
        const rules = this.byWord.get(w);
        if (rules) rules.push(index);
        else this.byWord.set(w, [index]);
      }
    });
  }

  /** True when some rule's cue may occur among `words`: false lets a caller skip all its rules and their common checks. */
  any(words: readonly string[]): boolean {
    if (this.always.length > 0) return true;
    for (const w of words) if (this.byWord.has(w)) return true;
    return false;
  }

  /** Flags by rule index: 1 where the rule's cue may occur among `words` (from `wordsOf`). */
  open(words: readonly string[]): Uint8Array {
    const flags = new Uint8Array(this.size);
    for (const index of this.always) flags[index] = 1;
    for (const w of words) {
      const rules = this.byWord.get(w);
      if (rules) for (const index of rules) flags[index] = 1;
    }
    return flags;
  }
}
