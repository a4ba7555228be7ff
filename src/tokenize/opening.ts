// What a line pattern can begin with, read from the pattern's own source: the line rules are dispatched on a
// line's first two characters, and a rule is tried only on lines whose opening one of its patterns can start.
//
// Why: every line was tried against every rule its first character allowed (about twenty for a line of prose),
// most of them anchored patterns failing at their first or second character, each a regex call. The first two
// characters of a line settle most of them at once, and the answer for a pair of characters is worked out once
// per run and kept.
//
// How: the pattern's source is parsed into a small automaton (Thompson's construction) over its characters, and
// the automaton is run over the line's first two characters. Everything the automaton cannot read exactly is read
// generously, so it may let through a line the pattern rejects but never rejects a line the pattern matches:
// lookarounds, word boundaries and back-references match anything, a repeat of more than a few is unbounded, and a
// pattern that is not anchored at the start of every branch admits every line. A character is tested against an
// atom of the pattern (a class, an escape, a literal) by a regex made of that atom alone, with the pattern's flags,
// so case-insensitivity and Unicode classes are read as the pattern reads them.

/** A state of the automaton: a character to consume, a fork, an assertion of the text's start or end, or acceptance. */
type State =
  | { kind: 'char'; atom: Atom; next: number }
  | { kind: 'fork'; next: number[] }
  | { kind: 'start'; next: number }
  | { kind: 'end'; next: number }
  | { kind: 'accept' };

/**
 * One character position of the pattern. A letter, digit or space written as itself is compared directly (in either
 * case under `i`); any other atom is tested by a regex of the atom alone, made when first needed, its answers kept.
 */
class Atom {
  private test: RegExp | null = null;
  private readonly seen = new Map<number, boolean>();
  /** The character's codes in both cases, for a plain letter, digit or space (-1: not such an atom). */
  private readonly code: number;
  private readonly otherCase: number;
  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {
    const c = source.length === 1 ? source.charCodeAt(0) : -1;
    const plain = (c >= 0x30 && c <= 0x39) || ((c | 32) >= 0x61 && (c | 32) <= 0x7a) || c === 0x20;
    this.code = plain ? c : -1;
    // Under `i` an ASCII letter matches its other case (and, with `u`, a few signs outside ASCII: those go to the regex).
    const letter = (c | 32) >= 0x61 && (c | 32) <= 0x7a;
    this.otherCase = plain && letter && flags.includes('i') ? c ^ 32 : c;
    if (plain && letter && flags.includes('i') && flags.includes('u') && ((c | 32) === 0x6b || (c | 32) === 0x73)) this.code = -1;
  }
  matches(code: number): boolean {
    if (this.code >= 0) return code === this.code || code === this.otherCase;
    let answer = this.seen.get(code);
    if (answer === undefined) {
      this.test ??= new RegExp(`^(?:${this.source})$`, this.flags);
      this.seen.set(code, (answer = this.test.test(String.fromCharCode(code))));
    }
    return answer;
  }
}

// The parsed pattern.
type Node =
  | { kind: 'atom'; source: string }
  | { kind: 'any-text' } // a back-reference: any run of characters
  | { kind: 'empty' } // a lookaround or word boundary, read as matching anything
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number };

// Repeats longer than this are read as unbounded: only the first two characters of a line are ever read.
const MAX_UNROLLED = 3;

/** A parser of JavaScript regex syntax, as far as the line patterns use it; anything else throws (the rule is then not filtered). */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return node;
  }

  private disjunction(): Node {
    const branches = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? branches[0] : { kind: 'alt', branches };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.term());
    return { kind: 'seq', items };
  }

  private term(): Node {
    const s = this.source;
    const c = s[this.at];
    if (c === '^') return this.at++, { kind: 'start' };
    if (c === '$') return this.at++, { kind: 'end' };
    if (c === '\\' && (s[this.at + 1] === 'b' || s[this.at + 1] === 'B')) return (this.at += 2), { kind: 'empty' };
    if (s.startsWith('(?=', this.at) || s.startsWith('(?!', this.at) || s.startsWith('(?<=', this.at) || s.startsWith('(?<!', this.at)) {
      this.at += s[this.at + 2] === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      return this.quantified({ kind: 'empty' });
    }
    return this.quantified(this.atom());
  }

  private atom(): Node {
    const s = this.source;
    const start = this.at;
    const c = s[this.at];
    if (c === '(') {
      if (s.startsWith('(?:', this.at)) this.at += 3;
      else if (s.startsWith('(?<', this.at)) this.at = s.indexOf('>', this.at) + 1;
      else if (s[this.at + 1] === '?') throw new Error(`group ${s.slice(this.at, this.at + 3)}`);
      else this.at++;
      const body = this.disjunction();
      this.expect(')');
      return body;
    }
    if (c === '[') {
      this.at++;
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      this.expect(']');
      return { kind: 'atom', source: s.slice(start, this.at) };
    }
    if (c === '\\') {
      const e = s[this.at + 1];
      if (e >= '1' && e <= '9') {
        this.at += 2;
        while (s[this.at] >= '0' && s[this.at] <= '9') this.at++;
        return { kind: 'any-text' };
      }
      if (e === 'k') {
        this.at = s.indexOf('>', this.at) + 1;
        return { kind: 'any-text' };
      }
      if (e === 'u' && s[this.at + 2] === '{') this.at = s.indexOf('}', this.at) + 1;
      else if (e === 'u') this.at += 6;
      else if (e === 'x') this.at += 4;
      else if ((e === 'p' || e === 'P') && s[this.at + 2] === '{') this.at = s.indexOf('}', this.at) + 1;
      else if (e === 'c') this.at += 3;
      else this.at += 2;
      return { kind: 'atom', source: s.slice(start, this.at) };
    }
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|' || c === undefined) throw new Error(`unexpected ${c} at ${this.at}`);
    // A surrogate pair is one character of a Unicode pattern.
    const code = s.charCodeAt(this.at);
    this.at += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    return { kind: 'atom', source: s.slice(start, this.at) };
  }

  private quantified(body: Node): Node {
    const s = this.source;
    const c = s[this.at];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.at));
      if (!m) return body;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return body;
    this.at++;
    if (s[this.at] === '?') this.at++; // lazy: the same texts
    return { kind: 'repeat', body, min, max };
  }

  private expect(c: string): void {
    if (this.source[this.at] !== c) throw new Error(`expected ${c} at ${this.at}`);
    this.at++;
  }
}

/** The automaton of a pattern: its states, the first one, and whether every match must start at the text's start. */
class Automaton {
  readonly states: State[] = [];
  readonly first: number;
  readonly anchored: boolean;
  private readonly flags: string;

  constructor(pattern: RegExp) {
    // The atoms are tested one character at a time: the flags that read a text's position (g, y) are dropped.
    this.flags = pattern.flags.replace(/[gyd]/g, '');
    const accept = this.add({ kind: 'accept' });
    this.first = this.build(new Parser(pattern.source).parse(), accept);
    // Anchored: past the text's start (at its end or not) nothing can be read or accepted. With `m`, "^" also
    // matches after a line break, so such a pattern counts as unanchored.
    const past = this.closure([this.first], false, true);
    this.anchored = !pattern.multiline && !past.accept && past.chars.length === 0;
  }

  // One atom per source: a repeat unrolled, or a trie's letters, share it (and its answers).
  private readonly atoms = new Map<string, Atom>();
  private atom(source: string): Atom {
    let a = this.atoms.get(source);
    if (a === undefined) this.atoms.set(source, (a = new Atom(source, this.flags)));
    return a;
  }

  private marks = new Int32Array(0);
  private stamp = 0;

  private add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }

  /** Builds the states of `node` ahead of state `next`; returns its first state. */
  private build(node: Node, next: number): number {
    switch (node.kind) {
      case 'atom':
        return this.add({ kind: 'char', atom: this.atom(node.source), next });
      case 'any-text': {
        const fork: State = { kind: 'fork', next: [next] };
        const at = this.add(fork);
        fork.next.push(this.add({ kind: 'char', atom: this.atom('[^]'), next: at }));
        return at;
      }
      case 'empty':
        return next;
      case 'start':
        return this.add({ kind: 'start', next });
      case 'end':
        return this.add({ kind: 'end', next });
      case 'seq': {
        let at = next;
        for (let k = node.items.length - 1; k >= 0; k--) at = this.build(node.items[k], at);
        return at;
      }
      case 'alt':
        return this.add({ kind: 'fork', next: node.branches.map((b) => this.build(b, next)) });
      case 'repeat': {
        const min = Math.min(node.min, MAX_UNROLLED);
        const max = node.max > MAX_UNROLLED ? Infinity : node.max;
        let at = next;
        if (max === Infinity) {
          const fork: State = { kind: 'fork', next: [next] };
          at = this.add(fork);
          fork.next.push(this.build(node.body, at));
        } else {
          for (let k = max - min; k > 0; k--) at = this.add({ kind: 'fork', next: [this.build(node.body, at), next] });
        }
        for (let k = 0; k < min; k++) at = this.build(node.body, at);
        return at;
      }
    }
  }

  /**
   * What is reached from states `from` without reading a character (at the text's start or not, at its end or
   * not): the states that read one, whether a match is made, and (not at the end) the states after end assertions.
   */
  closure(from: readonly number[], atStart: boolean, atEnd = false): Reached {
    // A state is seen in this closure when its mark is this closure's stamp (no array cleared per closure).
    if (this.marks.length < this.states.length) this.marks = new Int32Array(this.states.length);
    const stamp = ++this.stamp;
    const reached: Reached = { chars: [], accept: false, ends: [] };
    const stack = from.slice();
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (this.marks[id] === stamp) continue;
      this.marks[id] = stamp;
      const s = this.states[id];
      if (s.kind === 'char') reached.chars.push(id);
      else if (s.kind === 'accept') reached.accept = true;
      else if (s.kind === 'fork') for (const n of s.next) stack.push(n);
      else if (s.kind === 'start') {
        if (atStart) stack.push(s.next);
      } else if (atEnd) stack.push(s.next);
      else reached.ends.push(s.next);
    }
    return reached;
  }

  /** True when a match is made from `reached` if the text ends there (its end assertions passed). */
  private acceptsAtEnd(reached: Reached, atStart: boolean): boolean {
    return reached.accept || (reached.ends.length > 0 && this.closure(reached.ends, atStart, true).accept);
  }

  // What is reached after reading each opening met so far, so that a longer opening is read from its prefix's
  // states, one character further: ACCEPTED when a match ended inside it, DEAD when none can be made.
  private readonly after = new Map<string, Reached | typeof ACCEPTED | typeof DEAD>();

  private reachedAfter(opening: string): Reached | typeof ACCEPTED | typeof DEAD {
    let reached = this.after.get(opening);
    if (reached !== undefined) return reached;
    if (opening === '') reached = this.closure([this.first], true);
    else {
      const before = this.reachedAfter(opening.slice(0, -1));
      if (before === ACCEPTED || before === DEAD) reached = before;
      else if (before.accept) reached = ACCEPTED;
      else {
        const code = opening.charCodeAt(opening.length - 1);
        const next: number[] = [];
        for (const id of before.chars) {
          const s = this.states[id] as CharState;
          if (s.atom.matches(code)) next.push(s.next);
        }
        reached = next.length === 0 ? DEAD : this.closure(next, false);
      }
    }
    this.after.set(opening, reached);
    return reached;
  }

  /** True when a text opening with `opening` (all of it when `more` is false) may match the pattern. */
  admits(opening: string, more: boolean): boolean {
    if (!this.anchored) return true;
    const reached = this.reachedAfter(opening);
    if (reached === ACCEPTED || reached === DEAD) return reached === ACCEPTED;
    // More text follows: a character to read or a match already made; else the text ends here and must be accepted.
    return more ? reached.accept || reached.chars.length > 0 : this.acceptsAtEnd(reached, opening === '');
  }
}

/** What the automaton reaches without reading a character. */
interface Reached {
  /** The states that read a character next. */
  chars: number[];
  /** A match is made. */
  accept: boolean;
  /** The states after an end assertion ("$"), reached only if the text ends here. */
  ends: number[];
}
type CharState = Extract<State, { kind: 'char' }>;

const ACCEPTED = 'accepted';
const DEAD = 'dead';

const AUTOMATA = new WeakMap<RegExp, Automaton | null>();
/** The pattern's automaton, made on first use; null when its source uses syntax the parser does not read. */
function automatonOf(pattern: RegExp): Automaton | null {
  let a = AUTOMATA.get(pattern);
  if (a === undefined) {
    try {
      a = new Automaton(pattern);
    } catch {
      a = null;
    }
    AUTOMATA.set(pattern, a);
  }
  return a;
}

/** How many characters of a line the dispatch reads. */
export const OPENING_LENGTH = 2;

/** A character outside the basic plane is two code units: a Unicode pattern reads them as one, these tests would not. */
function hasSurrogate(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

/**
 * False only when no text that opens with `opening` can match `pattern`: `opening` is the text's first
 * characters (OPENING_LENGTH of them, or the whole text when `more` is false).
 */
export function mayOpenWith(pattern: RegExp, opening: string, more: boolean): boolean {
  if (hasSurrogate(opening)) return true;
  const a = automatonOf(pattern);
  return a === null || a.admits(opening, more);
}

/** Whether the pattern's source was read (for tests: a pattern that is not is never filtered). */
export function readsPattern(pattern: RegExp): boolean {
  return automatonOf(pattern) !== null;
}
