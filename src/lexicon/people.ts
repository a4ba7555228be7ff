// The people vocabulary of minutes: how a person is titled, what follows a
// name, what an officer's or member's role is called and which collective
// subjects stand for "the meeting" rather than a person. One list per class;
// patterns are built from them in src/lexicon/build.ts.

/**
 * Honorifics and titles written before a name, across the UK, Ireland,
 * Australia, New Zealand and Canada ("Cr" is the Australian/NZ councillor,
 * "Comh." the Irish Comhairleoir). Forms that take a plural or a full stop
 * are listed as written; the builders add the optional full stop.
 */
export const HONORIFICS: readonly string[] = [
  'Councillor',
  'Councillors',
  'Cllr',
  'Cllrs',
  'Cr',
  'Crs',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Rev',
  'Reverend',
  'Deputy Mayor',
  'Mayor',
  'Alderman',
  'Lord',
  'Lady',
  'Baroness',
  'Chief Inspector',
  'Superintendent',
  'Inspector',
  'Sergeant',
  // Irish: Comhairleoir (councillor), as "Comh." in bilingual minutes.
  'Comh',
];

/** Honorifics of the councillor class: a person so titled is an elected member. */
export const MEMBER_HONORIFICS: readonly string[] = ['Councillor', 'Councillors', 'Cllr', 'Cllrs', 'Cr', 'Crs', 'Mayor', 'Deputy Mayor', 'Alderman'];

/** Courtesy titles of anyone (officers, public speakers, members alike). */
export const COURTESY_TITLES: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'];

/** Forms of address before an honorific, Canadian and Australian style: "His Worship Mayor …". */
export const ADDRESS_FORMS: readonly string[] = ['His Worship', 'Her Worship'];

/** Letters after a name: honours, offices and professional bodies ("Cllr Jane Doe OBE JP"). */
export const POST_NOMINALS: readonly string[] = ['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'JP', 'DL', 'MP', 'MEP', 'AM', 'QC', 'KC', 'BEM', 'FRICS'];

/** Surname particles written in lower case or apart: "Mac Cafferty", "van der Berg", "de Souza". */
export const NAME_PARTICLES: readonly string[] = ['Mac', 'Mc', 'van', 'von', 'de', 'der', 'du', 'la', 'le', 'da', 'di', "O'"];
