// `minutes schema`: the JSON Schema generated from the zod schema.
import { documentJsonSchema } from '../schema/document.js';
import { configJsonSchema } from '../config/schema.js';

/** The document schema, or with --config the schema of minutes.config.json. */
export function runSchema(io: { stdout: NodeJS.WritableStream }, opts: { config?: boolean } = {}): number {
  io.stdout.write(`${JSON.stringify(opts.config ? configJsonSchema() : documentJsonSchema(), null, 2)}\n`);
  return 0;
}
