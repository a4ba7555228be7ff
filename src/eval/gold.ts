// The gold format of the corpus (`ID.gold.json`), as zod: what a careful
// person extracted by hand. Lists hold what the text holds, in order.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const GoldText = z.union([z.string(), z.object({ text: z.string() }).transform((o) => o.text)]);
const GoldName = z.union([z.string(), z.object({ name: z.string().nullable().optional(), role: z.string().nullable().optional() }).transform((o) => o.name ?? o.role ?? '')]);

export const GoldDocument = z.object({
  id: z.string().optional(),
  meeting: z
    .object({
      body: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
      // Scored only when present (an array, possibly empty).
      present: z.array(GoldName).optional(),
      apologies: z.array(GoldName).optional(),
    })
    .default({}),
  items: z
    .array(
      z.object({
        number: z.string().nullable().optional(),
        title: z.string(),
        presenters: z.array(z.object({ name: z.string().nullable(), role: z.string().nullable().optional() })).default([]),
        resolutions: z.array(GoldText).default([]),
        actions: z.array(GoldText).default([]),
        questions: z.array(z.object({ asker: z.string().nullable().optional(), text: z.string() })).default([]),
      }),
    )
    .default([]),
});

export type GoldDocument = z.infer<typeof GoldDocument>;

/** Reads and validates a gold file; throws with the file and the first problem. */
export function readGold(path: string): GoldDocument {
  const parsed = GoldDocument.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
