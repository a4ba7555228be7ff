// The output contract (shared spec "output-contract.md", schema version 1) as
// zod: the one source of truth for the output types (`z.infer`) and for the
// JSON Schema printed by `minutes schema`. Contract fields are never renamed,
// moved or dropped; everything marked "added" is ours.
import { z } from 'zod';
import { SCHEMA_VERSION, SOURCE_FORMATS } from './constants.js';

export { SCHEMA_VERSION };

const LineNumber = z.number().int().min(1);

/** Where a record starts (and ends) in the source text. Added beyond the contract. */
const placeFields = {
  line: LineNumber.describe('1-based line of the record start in the source text'),
  column: LineNumber.optional().describe('1-based column of the record start'),
  end: LineNumber.optional().describe('1-based line where the record ends'),
  page: z.number().int().min(1).optional().describe('page of the start line (PDF sources)'),
  source: z.string().optional().describe('exact source text of the record (parse --with-source)'),
  rule: z.string().optional().describe('id of the rule that made the record (`minutes rules` lists them)'),
};

export const SourceFormat = z.enum(SOURCE_FORMATS);

export const Person = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  // added
  id: z.string().optional().describe('document-local person id shared by every mention of one person'),
  substitute: z.boolean().optional().describe('attended as a substitute'),
  arrived: z.string().optional().describe('late arrival as recorded ("at 10.30 am", "during item 5")'),
  departed: z.string().optional().describe('early departure as recorded'),
  line: LineNumber.optional(),
  column: LineNumber.optional(),
  end: LineNumber.optional().describe('1-based line where the mention ends'),
  page: z.number().int().min(1).optional(),
  source: z.string().optional(),
  rule: z.string().optional().describe('id of the rule that made the record'),
});

export const Discussion = z.object({
  text: z.string(),
  ...placeFields,
});

export const Question = z.object({
  asker: z.string().nullable(),
  text: z.string(),
  respondent: z.string().nullable(),
  response: z.string().nullable(),
  ...placeFields,
  askerId: z.string().optional(),
});

export const ResolutionKind = z.enum([
  'noted',
  'approved',
  'agreed',
  'adopted',
  'recommended',
  'requested',
  'delegated',
  'deferred',
  'granted',
  'refused',
  'rejected',
  'other',
]);

export const Resolution = z.object({
  number: z.string().nullable(),
  text: z.string(),
  kind: ResolutionKind,
  ...placeFields,
  motion: z.number().int().min(0).optional().describe('index into the item motions that produced this clause'),
});

export const Action = z.object({
  text: z.string(),
  owner: z.string().nullable(),
  due: z.string().nullable(),
  ...placeFields,
});

export const VoteCounts = z.object({
  for: z.number().int().min(0).nullable(),
  against: z.number().int().min(0).nullable(),
  abstentions: z.number().int().min(0).nullable(),
});

export const NamedVote = z.object({
  name: z.string(),
  vote: z.enum(['for', 'against', 'abstain']),
  id: z.string().optional(),
});

export const MotionOutcome = z.enum(['carried', 'carried unanimously', 'lost', 'withdrawn', 'unknown']);

export const Motion = z.object({
  text: z.string(),
  mover: z.string().nullable(),
  seconder: z.string().nullable(),
  moverId: z.string().optional(),
  seconderId: z.string().optional(),
  outcome: MotionOutcome,
  amendment: z.boolean(),
  amends: z.number().int().min(0).nullable().describe('index of the motion this amendment amends'),
  votes: VoteCounts.nullable(),
  namedVotes: z.array(NamedVote),
  ...placeFields,
});

export const Declaration = z.object({
  member: z.string(),
  memberId: z.string().optional(),
  item: z.string().nullable().describe('the agenda item the interest relates to, as written'),
  interest: z.string().nullable().describe('type of interest, e.g. "Disclosable Pecuniary Interest"'),
  action: z.string().nullable().describe('what the member did: "left the room", "took no part"'),
  text: z.string(),
  ...placeFields,
});

export const ItemCategory = z.enum([
  'apologies',
  'declarations',
  'previous-minutes',
  'urgent-business',
  'exclusion',
  'substantive',
]);

export const AgendaItem = z.object({
  number: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  presenters: z.array(Person),
  discussion: z.array(Discussion),
  questions: z.array(Question),
  resolutions: z.array(Resolution),
  actions: z.array(Action),
  lines: z.object({ start: LineNumber, end: LineNumber }),
  // added
  category: ItemCategory,
  motions: z.array(Motion),
  page: z.number().int().min(1).optional(),
});

export const Warning = z.object({
  code: z.string().describe('stable code, e.g. MIN011'),
  message: z.string(),
  line: LineNumber.nullable(),
  // added
  id: z.string().optional().describe('readable id, e.g. resolution-outside-item'),
  column: LineNumber.optional(),
  page: z.number().int().min(1).optional(),
  severity: z.enum(['warning', 'error', 'info']).optional().describe('info: a note on what the rules could not settle, never a failure'),
});

export const PersonRecord = z.object({
  id: z.string(),
  name: z.string().nullable(),
  role: z.string().nullable(),
  mentions: z.array(z.string()).describe('every form the document writes this person as'),
});

export const MinutesDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.string(),
    format: SourceFormat,
    sha256: z.string(),
    bytes: z.number().int().min(0),
    // added
    tool: z.string().optional().describe('minutes version that produced this document'),
    pages: z.number().int().min(0).optional(),
    layout: z.string().optional().describe('id of the layout rule that found the items, e.g. "layout-numbered"'),
  }),
  meeting: z.object({
    body: z.string().nullable(),
    date: z.string().nullable(),
    venue: z.string().nullable(),
    rule: z.string().optional().describe('id of the rule that named the body (`minutes rules` lists them)'),
    present: z.array(Person),
    apologies: z.array(Person),
    inAttendance: z.array(Person),
  }),
  items: z.array(AgendaItem),
  warnings: z.array(Warning),
  // added
  declarations: z.array(Declaration),
  people: z.array(PersonRecord),
});

export type SourceFormat = z.infer<typeof SourceFormat>;
export type Person = z.infer<typeof Person>;
export type Discussion = z.infer<typeof Discussion>;
export type Question = z.infer<typeof Question>;
export type ResolutionKind = z.infer<typeof ResolutionKind>;
export type Resolution = z.infer<typeof Resolution>;
export type Action = z.infer<typeof Action>;
export type Motion = z.infer<typeof Motion>;
export type MotionOutcome = z.infer<typeof MotionOutcome>;
export type VoteCounts = z.infer<typeof VoteCounts>;
export type NamedVote = z.infer<typeof NamedVote>;
export type Declaration = z.infer<typeof Declaration>;
export type ItemCategory = z.infer<typeof ItemCategory>;
export type AgendaItem = z.infer<typeof AgendaItem>;
export type Warning = z.infer<typeof Warning>;
export type PersonRecord = z.infer<typeof PersonRecord>;
export type MinutesDocument = z.infer<typeof MinutesDocument>;

/** The JSON Schema of a document, generated from the zod schema. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MinutesDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
