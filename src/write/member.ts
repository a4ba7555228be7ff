// A person's name as a key that joins the same member across documents:
// titles before the name and letters after it dropped (from the people
// lexicon), full stops and case ignored, spaces collapsed.
//   "Councillor Helen Marsh", "Cllr. Helen Marsh OBE", "HELEN MARSH" → "helen marsh"
// Within one council (documents.council) this is how one councillor's
// attendance, questions and votes are followed over the years. Names written
// differently (an initial, a surname alone) stay apart: nothing is guessed.
import { ADDRESS_FORMS, COURTESY_TITLES, HONORIFICS, MEMBER_HONORIFICS, POST_NOMINALS } from '../lexicon/people.js';

const words = (s: string): string[] => s.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);

/** Titles, as word lists, longest first so "deputy mayor" goes before "mayor". */
const TITLES: string[][] = [...new Set([...ADDRESS_FORMS, ...HONORIFICS, ...MEMBER_HONORIFICS, ...COURTESY_TITLES].map((t) => t.toLowerCase()))]
  .map(words)
  .sort((a, b) => b.length - a.length);
const AFTER = new Set(POST_NOMINALS.map((p) => p.toLowerCase()));

/** The member key of a name (a name that is only a title keeps it); null for no name. */
export function memberKey(name: string | null | undefined): string | null {
  if (!name) return null;
  let w = words(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of TITLES) {
      if (t.length < w.length && t.every((x, i) => w[i] === x)) {
        w = w.slice(t.length);
        changed = true;
        break;
      }
    }
  }
  while (w.length > 1 && AFTER.has(w[w.length - 1])) w = w.slice(0, -1);
  return w.length ? w.join(' ') : null;
}
