// Builders that turn lexicon lists into regex sources. Every pattern that names
// a class of minute vocabulary is built here from the lists, never retyped, so
// a word added to a list (or by minutes.config.json) reaches every rule using it.

/** Escapes regex metacharacters in a literal word or phrase. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A non-capturing alternation of literal phrases, longest first so that
 * "Lord Mayor" is tried before "Lord" and "Mayor"; inner spaces match any run
 * of one to three whitespace characters (PDF text has doubled spaces).
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((w) => escapeRegex(w).replace(/ /g, '\\s{1,3}')).join('|')})`;
}

/** An alternation that also accepts each word with a trailing full stop ("Cllr." "Dr."). */
export function abbreviationAlternation(words: readonly string[]): string {
  return `${alternation(words)}\\.?`;
}
