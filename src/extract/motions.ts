// Motions, amendments and votes: see src/extract/motions/ (patterns, event
// rules, the reader's state machine, and the document-wide pass).
export * from './motions/index.js';
