// Schema constants without zod, so the parse path can stamp documents
// without loading the zod schema (which costs ~35 ms of start-up).
export const SCHEMA_VERSION = '1';

/** Source formats, in the order of the schema's enum. */
export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;
