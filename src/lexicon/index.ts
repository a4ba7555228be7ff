// The lexicon: the single home of the vocabulary of minutes. Rules build their
// patterns from these lists (see build.ts); the config file extends them.
export * from './build.js';
export * from './people.js';
export * from './discourse.js';
export * from './signals.js';
export * from './headings.js';
export * from './meeting.js';
export * from './decisions.js';
export * from './attendance.js';
export * from './presenting.js';
export * from './questions.js';
export * from './commitments.js';
export * from './phrasal.js';
export * from './packs.js';
export * from './layout.js';
export * from './gate.js';
export * from './extend.js';
