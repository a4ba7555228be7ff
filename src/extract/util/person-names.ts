// Reading a person's name out of running text, and comparing two written forms
// of a name ("Councillor J Kent", "Cllr Kent", "Mr Kent", "councillor kent").
// Used by motions (movers), declarations (members), attendance facts and people.
import { memo } from '../../util/memo.js';
import { ELIDED_PARTICLE } from '../../tokenize/names.js';
import { ADDRESS_FORMS, FEMALE_TITLES, HONORIFICS, MALE_TITLES, NAME_PARTICLES, PRESIDING_ROLES, alternation } from '../../lexicon/index.js';

/** Honorifics, titles and forms of address that may open a written name (the lexicon's lists). */
const NAME_OPENERS = alternation([...ADDRESS_FORMS, ...HONORIFICS]);

// "Councillor ", "Cllr. ", "Cr ", "Mr. ", "His Worship, Mayor ": one or more honorifics at the start.
const HONORIFIC_PREFIX = new RegExp(`^(?:${NAME_OPENERS}\\.?,?\\s+)+`, 'i');
// Gendered honorifics: "Mr Cole" and "Mrs Cole" are two people.
const MALE = new RegExp(`^${alternation(MALE_TITLES)}$`, 'i');
const FEMALE = new RegExp(`^${alternation(FEMALE_TITLES)}$`, 'i');
// Surname particles kept with the surname: "Mac Cafferty", "van der Berg".
const PARTICLES = new Set(['mac', 'mc', 'van', 'von', 'de', 'der', 'du', 'la', 'le', 'da', 'di', 'del', 'st']);
// Particles that are also given names ("Di Marsh", "Del Reid").
const GIVEN_TOO = new Set(['di', 'da', 'del', 'la', 'le', 'st']);
// Post-nominals and role words that end a name: "Mr R Love, OBE".
const POST_NOMINAL = /,?\s+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|MEP|QC|KC|BEM)\b\.?/g;
// Words that stop a name being read from running text ("Cr Leigh Bowden Council adjourn …").
const STOP_WORDS = new Set(
  'the that and seconded moved proposed council committee cabinet board panel members member as to for from in on at with who was were had has declared disclosed resolved carried lost of by also then said left arrived joined withdrew subject amendment motion notice item items minute report is be this'.split(
    ' ',
  ),
);
// One word of a name: a capitalised word, initials ("J", "R.W."), or (after an honorific) any letters. Letters
// are any script's: Irish, Welsh, Māori and French names carry accents and macrons ("Bríd", "Siân", "Tāwhiri").
// "d'Entremont" (an elided French particle joined to the name) is a name word too.
const NAME_WORD = new RegExp(String.raw`^(?:${ELIDED_PARTICLE}\p{Lu}[\p{L}'’\-]{0,30}|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}{2,30}|\p{Lu}\p{Ll}{0,3}\p{Lu}[\p{L}'’\-]{1,30})[.,;:]?$`, 'u');
const LOWER_WORD = /^[a-z][a-z'’\-]{1,30}[.,;:]?$/;
/** A surname's particle written in lower case ("A de Vries", "Jan van der Merwe"): part of the name only before a capitalised name word. */
const LOWER_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES.filter((p) => /^[a-z]+$/.test(p)));

export interface NameParts {
  /** The honorific as written ("Councillor", "Mr"), or null. */
  readonly honorific: string | null;
  /** Given names or initials, lower case, in order ("j", "john"). */
  readonly given: readonly string[];
  /** Surname, lower case, particles included ("mac cafferty"). */
  readonly surname: string;
}

// The same few names are written again and again in one set of minutes (and across an archive).
const NAME_MEMO_SIZE = 4096;

/** Removes a bracketed role and post-nominals: "Cr Abb McAlister (Mayor)" → "Cr Abb McAlister". */
export const bareName = memo(readBareName, NAME_MEMO_SIZE);

function readBareName(written: string): string {
  return written
    .replace(/\s*\([^)]*\)/g, '')
    .replace(POST_NOMINAL, '')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** Splits a written name into honorific, given names and surname; null when there is no name word. Shared answers: frozen. */
export const nameParts = memo((written: string): NameParts | null => {
  const parts = readNameParts(written);
  if (parts) Object.freeze(parts.given);
  return parts && Object.freeze(parts);
}, NAME_MEMO_SIZE);

function readNameParts(written: string): NameParts | null {
  const bare = bareName(written);
  const h = HONORIFIC_PREFIX.exec(bare);
  const honorificText = h ? h[0].replace(/[.,]/g, '').trim().split(/\s+/).pop()! : null;
  const rest = (h ? bare.slice(h[0].length) : bare).replace(/\./g, '. ').replace(/\s+/g, ' ').trim();
  if (!rest) return null;
  const words = rest.split(' ').map((w) => w.replace(/[.,;:]+$/, '').toLowerCase()).filter(Boolean);
  if (words.length === 0 || words.length > 6) return null;
  let s = words.length - 1;
  // "Mac Cafferty" is one surname; "Di", "Da", "Del" are also given names, so they join only after a given name.
  while (s > 0 && PARTICLES.has(words[s - 1]) && (!GIVEN_TOO.has(words[s - 1]) || s - 1 > 0)) s--;
  return { honorific: honorificText, given: words.slice(0, s), surname: words.slice(s).join(' ') };
}

const compatibleGiven = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length === 0 || b.length === 0) return true;
  // Compare the first given name or initial: "j" ~ "john", "john" ≁ "jane".
  const x = a[0];
  const y = b[0];
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return x === y;
};

const gender = (h: string | null): 'm' | 'f' | null => (h === null ? null : MALE.test(h) ? 'm' : FEMALE.test(h) ? 'f' : null);

/** Could two written names be the same person? Same surname, compatible initials and honorific gender. */
export function sameName(a: NameParts, b: NameParts): boolean {
  if (a.surname !== b.surname) return false;
  const ga = gender(a.honorific);
  const gb = gender(b.honorific);
  if (ga && gb && ga !== gb) return false;
  return compatibleGiven(a.given, b.given);
}

/**
 * Reads a name from the start of running text: an optional honorific, then name
 * words up to a stop word or punctuation. "Cr Leigh Bowden Council adjourn" →
 * "Cr Leigh Bowden"; "councillor mcdonell" → "councillor mcdonell". Returns the
 * name as written and the rest of the text, or null when no name is there.
 */
export const readName: (text: string) => Readonly<{ name: string; rest: string }> | null = memo((text) => {
  const read = readNameAtStart(text);
  return read && Object.freeze(read);
}, NAME_MEMO_SIZE);

/** A presiding office standing for its holder: "the Convener", "the Vice Convener", "the Deputy Mayor", "the Chairwoman". */
const ROLE_ONLY = new RegExp(`^(?:the\\s+)?((?:Deputy\\s+|Depute\\s+|Vice[- ])?(?:${alternation([...PRESIDING_ROLES, 'Chairwoman', 'General Manager'])}))\\b`, 'i');

// Motions and declarations read names from the same clauses again (nine calls in ten repeat one).
function readNameAtStart(text: string): { name: string; rest: string } | null {
  const t = text.replace(/^\s+/, '');
  const h = HONORIFIC_PREFIX.exec(t);
  const roleOnly = ROLE_ONLY.exec(t);
  const start = h ? h[0].length : 0;
  const words = t.slice(start).split(/(\s+)/);
  const taken: string[] = [];
  let particles = 0;
  let consumed = start;
  let stopped = false;
  for (let i = 0; i < words.length && !stopped; i += 2) {
    const w = words[i];
    const sep = words[i + 1] ?? '';
    if (!w) break;
    const plain = w.replace(/[.,;:]+$/, '');
    const lower = plain.toLowerCase();
    const next = words[i + 2] ?? '';
    const particle = taken.length > 0 && LOWER_PARTICLES.has(w) && (NAME_WORD.test(next) || LOWER_PARTICLES.has(next));
    const ok = particle || (NAME_WORD.test(w) && !STOP_WORDS.has(lower)) || (h !== null && taken.length === 0 && LOWER_WORD.test(w) && !STOP_WORDS.has(lower)) || (h !== null && taken.length > 0 && LOWER_WORD.test(w) && !STOP_WORDS.has(lower) && /^[a-z]/.test(taken[0]));
    // (A particle does not count towards the four words a name may have: "Deputy Chairperson M van der Berg".)
    if (!ok || taken.length - particles >= 4) break;
    if (particle) particles++;
    taken.push(plain);
    consumed += w.length + sep.length;
    // Punctuation after the word ends the name: "Cr Smith, seconded …".
    if (/[,;:]$/.test(w) || (/\.$/.test(w) && plain.length > 1)) stopped = true;
  }
  if (taken.length === 0) {
    if (roleOnly && !h) return { name: roleOnly[1], rest: t.slice(roleOnly[0].length) };
    return null;
  }
  const name = `${h ? h[0] : ''}${taken.join(' ')}`.replace(/\s+/g, ' ').trim();
  // A single capitalised word with no honorific is not enough to call a name ("Council", "Members").
  if (!h && taken.length < 2) return null;
  return { name, rest: t.slice(consumed) };
}

/** Collective subjects that are not one person: "Members", "All Councillors". */
export const COLLECTIVE_MEMBERS = /^(?:all\s+)?(?:members|councillors|the\s+(?:committee|panel|board|cabinet))(?:\s+(?:who|present|of|that|which|attending)\b.{0,120})?$/i;
