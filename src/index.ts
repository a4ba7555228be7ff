// The library: `parseMinutes(text, options)` for text, `parseBuffer(bytes, options)`
// for files of any format, the zod schema and its types.
export { parseLines, type ParseOptions, type ParseResult } from './parse.js';
export { parseMinutes } from './parse-text.js';
export { parseBuffer, ReadError, type BufferOptions } from './api.js';
export * from './schema/document.js';
export { WARNING_RULES, type WarningRule } from './schema/warnings.js';
export { VERSION } from './version.js';
