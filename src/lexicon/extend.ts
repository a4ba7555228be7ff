// Local vocabulary: minutes.config.json adds words to the lexicon's lists
// ("lexicon": { "ASKING_VERBS": ["quizzed"] }, "honorifics": ["Bailie"]), and
// every rule built from a list sees them, because each list is declared through
// extendable() and patterns are built from the lists when the modules load.
// The CLI's launcher (bin/minutes.js) reads the config before it loads the
// rules and passes the additions in the MINUTES_LEXICON environment variable,
// which worker threads inherit; a library user can set it the same way before
// importing the parser.

/** The environment variable holding the additions: a JSON object of list name → words. */
export const LEXICON_ENV = 'MINUTES_LEXICON';

let additions: Record<string, readonly string[]> | undefined;

/** The additions in the environment; malformed ones are ignored here (the config loader reports them). */
function localAdditions(): Record<string, readonly string[]> {
  if (additions) return additions;
  additions = {};
  const raw = typeof process === 'undefined' ? undefined : process.env[LEXICON_ENV];
  if (!raw) return additions;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object') {
      for (const [name, words] of Object.entries(parsed)) {
        if (Array.isArray(words)) additions[name] = words.filter((w): w is string => typeof w === 'string' && w.trim() !== '').map((w) => w.trim());
      }
    }
  } catch {
    // Not JSON: nothing is added.
  }
  return additions;
}

/** Names of the lists that can be extended, in declaration order. */
export const EXTENDABLE_LISTS: string[] = [];

/** Declares a lexicon list by name: its words, then any local additions for that name. */
export function extendable(name: string, words: readonly string[]): readonly string[] {
  EXTENDABLE_LISTS.push(name);
  const extra = localAdditions()[name];
  return extra && extra.length > 0 ? [...words, ...extra.filter((w) => !words.includes(w))] : words;
}
