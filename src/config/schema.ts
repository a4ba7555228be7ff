// minutes.config.json: local phrasings added to existing rule families, and
// rules switched off by id, without code. Validated with zod; `minutes schema
// --config` prints the JSON Schema.
import { z } from 'zod';

/** A phrase as written in the minutes: letter case matters, any run of spaces matches any whitespace. */
const Phrase = z.string().trim().min(1, 'expected a non-empty phrase').max(200, 'expected a phrase of at most 200 characters');
const Phrases = (what: string) => z.array(Phrase).default([]).describe(what);

export const MinutesConfig = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema URL or path, for editors'),
    resolutionLeadIns: Phrases('Lead-ins that open a resolution, e.g. "DECISION:", "The Panel AGREED"; the rest of the line (and the clauses under it) are resolutions'),
    decisionHeadings: Phrases('Headings whose following clauses are decisions, e.g. "Outcome:"'),
    actionHeadings: Phrases('Headings over action bullets, e.g. "Follow-up tasks"'),
    questionLeadIns: Phrases('Lead-ins under which bullets record member questions, e.g. "Points raised by Members"'),
    presenterVerbs: Phrases('Verbs that make the subject a presenter, e.g. "led the discussion on", "reported on"'),
    roles: Phrases('Roles that present an item without "The", e.g. "Town Clerk", "RFO"'),
    honorifics: Phrases('Honorifics before a name, e.g. "Bailie", "Provost"'),
    lexicon: z
      .record(z.string(), z.array(Phrase))
      .default({})
      .describe('Words added to lists of the lexicon, by list name (see src/lexicon; e.g. {"ASKING_VERBS": ["quizzed"], "COLLECTIVE_SUBJECTS": ["the Forum"]}): every rule built from a list reads its local words too. `honorifics` are added to HONORIFICS and MEMBER_HONORIFICS the same way'),
    disable: z.array(z.string()).default([]).describe('Ids of line rules to switch off (see `minutes rules`)'),
  })
  .describe('minutes.config.json: local phrasings for the minutes parser');

export type MinutesConfig = z.infer<typeof MinutesConfig>;

export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MinutesConfig, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
