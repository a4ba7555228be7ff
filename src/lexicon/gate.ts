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
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words;
}

// One pass of keyword dispatch for every gate: each gate and each dispatched rule is registered
// here with the words that open it, so a text's words are looked up once in one index and the
// flags of all gates come out together; a gate's test is then one array read. The index is keyed
// by a hash of the lower-cased word, which the scan computes letter by letter: the words of a text
// are never cut out as strings (most are in no gate), and a hit is confirmed letter by letter.
interface IndexedWord {
  readonly word: string;
  readonly gates: number[];
}
const alwaysOpen: number[] = [];
let gateCount = 0;

// Kept to 30 bits: a small integer (Smi) to V8, never a boxed number at every word.
const hashStep = (hash: number, letter: number): number => (Math.imul(hash, 31) + letter) & 0x3fffffff;

// The index is a hash table in typed arrays (open addressing, linear probing), at most half full:
// the scan reads one or two slots per word of a text, where a Map lookup per word cost the scan
// more than twice as much. A slot holds the word's hash and its entry (1-based; 0 is an empty slot).
const indexedWords: IndexedWord[] = [];
let slotBits = 10;
let slotHashes = new Int32Array(1 << slotBits);
let slotEntries = new Int32Array(1 << slotBits);
const firstSlot = (hash: number): number => (hash ^ (hash >>> slotBits)) & ((1 << slotBits) - 1);

function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  return hash;
}

/** Puts entry `id` (1-based) of `indexedWords` in the table. */
function placeEntry(id: number): void {
  const hash = hashOf(indexedWords[id - 1].word);
  const mask = (1 << slotBits) - 1;
  let slot = firstSlot(hash);
  while (slotEntries[slot] !== 0) slot = (slot + 1) & mask;
  slotHashes[slot] = hash;
  slotEntries[slot] = id;
}

/** The entry of a lower-case word, made when new. */
function entryOf(word: string): IndexedWord {
  const hash = hashOf(word);
  const mask = (1 << slotBits) - 1;
  for (let slot = firstSlot(hash); slotEntries[slot] !== 0; slot = (slot + 1) & mask) {
    const e = indexedWords[slotEntries[slot] - 1];
    if (slotHashes[slot] === hash && e.word === word) return e;
  }
  const entry: IndexedWord = { word, gates: [] };
  indexedWords.push(entry);
  if (indexedWords.length * 2 > 1 << slotBits) {
    // Half full: a table twice the size, every entry placed again.
    slotBits++;
    slotHashes = new Int32Array(1 << slotBits);
    slotEntries = new Int32Array(1 << slotBits);
    for (let id = 1; id <= indexedWords.length; id++) placeEntry(id);
  } else placeEntry(indexedWords.length);
  return entry;
}

/** Registers a gate opened by any of `words` (null: always open); its index into a reading's flags. */
function registerGate(words: ReadonlySet<string> | null): number {
  const index = gateCount++;
  if (words === null) alwaysOpen.push(index);
  else for (const word of words) entryOf(word).gates.push(index);
  return index;
}

/** By gate index, 1 where the gate is open for the text. */
function flagsOf(text: string): Uint8Array {
  // Several extractors gate the same sentences, each in its own pass over an item, and the document-wide
  // readers (motions, declarations, unclaimed lines) gate them again: flags are kept by text (the map is
  // emptied when full, so it stays small and needs no order). Flags made before a gate was registered
  // (gates are made as modules load) are made again.
  // Most calls (three in four) gate the text of the call before, by the next rule of one extractor:
  // the same string, which `===` confirms at once where the map would hash it again.
  if (text === lastText && lastFlags.length === gateCount) return lastFlags;
  const kept = recentFlags.get(text);
  if (kept !== undefined && kept.length === gateCount) {
    lastText = text;
    lastFlags = kept;
    return kept;
  }
  const open = new Uint8Array(gateCount);
  openGatesOf(text, open);
  if (recentFlags.size >= RECENT) recentFlags.clear();
  recentFlags.set(text, open);
  lastText = text;
  lastFlags = open;
  return open;
}
/** Sets, in `open` (all zeros, one per gate), the flags of the gates some word of `text` opens. */
function openGatesOf(text: string, open: Uint8Array): void {
  for (let k = 0; k < alwaysOpen.length; k++) open[alwaysOpen[k]] = 1;
  const hashes = slotHashes;
  const entries = slotEntries;
  const mask = (1 << slotBits) - 1;
  const n = text.length;
  let i = 0;
  // Word by word: skip to a letter, hash the run of letters, look the run up once. (One loop per word, not a
  // test of "in a word?" at every character: a third faster on the texts a batch gates.)
  while (i < n) {
    // Letters are lower-cased by setting bit 5: "A"-"Z" and "a"-"z" become 97-122, nothing else does.
    let c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    do {
      hash = hashStep(hash, c);
      i++;
      c = i < n ? text.charCodeAt(i) | 32 : 0;
    } while (c >= 97 && c <= 122);
    for (let slot = firstSlot(hash), id = entries[slot]; id !== 0; slot = (slot + 1) & mask, id = entries[slot]) {
      if (hashes[slot] !== hash) continue;
      const e = indexedWords[id - 1];
      if (e.word.length === i - start && sameLetters(text, start, e.word)) {
        const gates = e.gates;
        for (let g = 0; g < gates.length; g++) open[gates[g]] = 1;
      }
    }
  }
}

/**
 * The flags of a text that no other reader gates (a document's lines, read once at the end): made in one
 * scratch array and kept nowhere, so they cost neither a map entry nor an array of their own. Valid until the
 * next call; read them with WordGate.openIn.
 */
export function flagsOfLine(text: string): Uint8Array {
  if (lineFlags.length !== gateCount) lineFlags = new Uint8Array(gateCount);
  else lineFlags.fill(0);
  openGatesOf(text, lineFlags);
  return lineFlags;
}
let lineFlags = new Uint8Array(0);

/** The text of the last call and its flags. */
let lastText = '';
let lastFlags: Uint8Array = new Uint8Array(0);
// Enough texts for a document's passes (16, the ring this replaced, missed half the texts read again in
// one document; 512 cut parse CPU by about 6%, 4096 was slower), few enough that the kept flags do not
// pile up in the old generation (a cache without bound made a 10 MB file's peak memory a quarter larger).
const RECENT = 512;
const recentFlags = new Map<string, Uint8Array>();

/** True when text, from `start`, spells the lower-case `word` in any case. */
function sameLetters(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** Words too common to gate on: a gate given them as `skip` keys each phrase on another of its words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'as', 'at', 'in', 'on', 'for', 'to', 'of', 'and', 'by', 'from', 'who']);

export interface WordGate {
  /** False when the text cannot hold any of the phrases (none of its words begins one). */
  test(text: string): boolean;
  /** `test(s.text)`, with the flags of all gates kept on `s` for the next gate that reads it. */
  testSentence(s: Gated): boolean;
  /** `test(text)` read from flags already made for the text (flagsOfLine). */
  openIn(flags: Uint8Array): boolean;
}

/**
 * A text read by many gates (a sentence of the shared splitter): its flags are kept on it, filled on
 * first use, so each rule's gate is one array read with no text compared or looked up.
 */
export interface Gated {
  readonly text: string;
  flags?: Uint8Array;
}

/** The flags of a gated text, made once (and again if gates were registered since). */
function flagsOfGated(s: Gated): Uint8Array {
  let flags = s.flags;
  if (flags === undefined || flags.length !== gateCount) s.flags = flags = flagsOf(s.text);
  return flags;
}

/**
 * The gate of a list of phrases. A phrase matched in a text starts with a
 * whole word of the text (patterns put `\b` or a line start before their
 * phrases), so the text's words include the phrase's first word.
 */
export function wordGate(phrases: readonly string[], options: { skip?: ReadonlySet<string> } = {}): WordGate {
  const first = gateWords(phrases, options);
  if (first === null) return { test: () => true, testSentence: () => true, openIn: () => true };
  const index = registerGate(first);
  return { test: (text) => flagsOf(text)[index] === 1, testSentence: (s) => flagsOfGated(s)[index] === 1, openIn: (flags) => flags[index] === 1 };
}

/** The words that open the gate of `phrases`, or null when some phrase does not start with a letter. */
function gateWords(phrases: readonly string[], options: { skip?: ReadonlySet<string> }): Set<string> | null {
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
  return open ? null : first;
}

/**
 * The test of phrases that a pattern reads only at the start of a text
 * (`^(?:phrase…)`): true when the text's first word, its leading run of
 * ASCII letters in any case, is the first word of a phrase and, where every
 * phrase that word begins goes on to a second word ("The following were
 * present", "Members present"), the text's next run of letters is one of
 * those second words. A text failing it cannot match, and the test costs a
 * few character reads, where a failing case-insensitive alternation costs a
 * regex call. The second word matters because first words such as "The" and
 * "In" open a tenth of all lines.
 * Null when a phrase does not begin with a letter (no such test can be made).
 */
export function leadingWordTest(phrases: readonly string[]): ((text: string) => boolean) | null {
  // First word → the second words of the phrases it begins, or null when one of them is that word alone.
  const seconds = new Map<string, Set<string> | null>();
  for (const phrase of phrases) {
    const runs = phrase.toLowerCase().trimStart().match(ASCII_LETTER_RUNS) ?? [];
    if (runs.length === 0 || !isAsciiLetter(phrase.trimStart().charCodeAt(0))) return null;
    const first = runs[0]!;
    const second = runs[1];
    const known = seconds.get(first);
    if (second === undefined || known === null) seconds.set(first, null);
    else seconds.set(first, (known ?? new Set<string>()).add(second));
  }
  const longest = Math.max(0, ...[...seconds.keys()].map((w) => w.length));
  const longestSecond = Math.max(0, ...[...seconds.values()].flatMap((s) => (s ? [...s].map((w) => w.length) : [])));
  return (text) => {
    let end = 0;
    while (end <= longest && end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    if (end === 0 || end > longest) return false;
    const next = seconds.get(text.slice(0, end).toLowerCase());
    if (next === undefined) return false;
    if (next === null) return true;
    // The phrase's words stand apart in the text as they do in the phrase: by spaces, a hyphen or letters outside ASCII.
    let from = end;
    while (from < text.length && !isAsciiLetter(text.charCodeAt(from))) from++;
    let to = from;
    while (to - from <= longestSecond && to < text.length && isAsciiLetter(text.charCodeAt(to))) to++;
    return to > from && to - from <= longestSecond && next.has(text.slice(from, to).toLowerCase());
  };
}

/** Runs of ASCII letters: a phrase's words as the leading-word test reads them. */
const ASCII_LETTER_RUNS = /[a-z]+/g;

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * One pass over a text's words for many gates at once: which of a list of
 * rules (each with the phrases it needs, its cue) can match the text. The
 * words of a sentence are looked up once, not once per rule.
 */
export class WordDispatch {
  readonly size: number;
  /** The index of the dispatch's first rule in the gate index; its rules follow in order. */
  private readonly first: number;
  /** The gate open when any rule of the dispatch is. */
  private readonly anyGate: number;

  constructor(cues: readonly (readonly string[])[]) {
    this.size = cues.length;
    const words = cues.map((cue) => gateWords(cue, {}));
    this.first = gateCount;
    for (const w of words) registerGate(w);
    this.anyGate = registerGate(words.includes(null) ? null : new Set(words.flatMap((w) => [...w!])));
  }

  /** True when some rule's cue may occur in `text`: false lets a caller skip all its rules and their common checks. */
  any(text: string): boolean {
    return flagsOf(text)[this.anyGate] === 1;
  }

  /** Flags by rule index: 1 where the rule's cue may occur in `text`. */
  open(text: string): Uint8Array {
    return flagsOf(text).subarray(this.first, this.first + this.size);
  }

  /** `open(text)[rule] === 1` without making a view of the flags: for a caller that reads rule by rule. */
  isOpen(text: string, rule: number): boolean {
    return flagsOf(text)[this.first + rule] === 1;
  }
}
