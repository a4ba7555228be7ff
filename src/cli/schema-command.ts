// `minutes schema`: the JSON Schema generated from the zod schema.
import { documentJsonSchema } from '../schema/document.js';

export function runSchema(io: { stdout: NodeJS.WritableStream }): number {
  io.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
  return 0;
}
