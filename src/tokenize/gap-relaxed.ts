// Lexicon patterns read first with the gaps between their phrases' words unbounded.
//
// Why: the lexicon writes a space inside a phrase as `\s{1,3}` (src/lexicon/build.ts), and V8 unrolls every
// bounded repeat when it compiles a pattern: a trie of a hundred labels under `i` holds hundreds of them, and
// compiling the attendance label patterns cost a 2,000-file run about as much CPU as classifying all its lines
// once they were compiled. With `\s+` in those gaps the same patterns compile five to seven times faster.
//
// Why it is exact: the relaxed pattern differs only in those gaps. It matches every text the exact one matches,
// and tries the same choices in the same order, except that it also tries gaps of four or more spaces first. So
// its first match, when no gap in it took four spaces, is the exact pattern's first match, captures and all. The
// caller names a group holding every gap of the match (the lexicon phrases sit inside it): a run of four spaces
// there sends the text to the exact pattern (compiled then, once, if ever).
//
// Still linear: a relaxed gap is followed by a phrase's letter, so a long run of spaces is given back once per gap
// (2 MB runs of spaces read in ~20 ms).

/** The lexicon's word gap unbounded: `\s{1,3}` → `\s+`. */
export const relaxGaps = (source: string): string => source.split('\\s{1,3}').join('\\s+');

const LONG_GAP = /\s{4}/;

/**
 * `exact.exec`, answered by the pattern built from `relaxedSource` (the exact pattern's source with its phrases'
 * gaps relaxed) where its group `gapsIn` holds no run of four spaces. Patterns without `g` or `y` only.
 */
export function gapRelaxed(exact: RegExp, relaxedSource: string, gapsIn = 0): (text: string) => RegExpExecArray | null {
  const relaxed = new RegExp(relaxedSource, exact.flags);
  return (text) => {
    const m = relaxed.exec(text);
    return m === null || !LONG_GAP.test(m[gapsIn]) ? m : exact.exec(text);
  };
}
