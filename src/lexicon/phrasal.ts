// Particle verbs ("follow up", "pick up", "feed back") let a short object stand between the verb and its
// particle: "would follow the matter up", "agreed to pick this up". The lexicon lists each verb once, joined;
// the split forms are made here, so every rule built from a list of such verbs reads both.
import { extendable } from './extend.js';

/** The particles that may stand after the object. */
const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(['up', 'back', 'out']);

/** Short objects that stand between a verb and its particle. */
export const OBJECTS_BEFORE_PARTICLE: readonly string[] = extendable('OBJECTS_BEFORE_PARTICLE', ['it', 'this', 'that', 'them', 'these', 'the matter', 'this matter', 'the issue', 'this issue', 'the point']);

/** The phrases, each two-word particle verb ("follow up") followed by its split forms ("follow it up", "follow the matter up"). */
export function withObjectBeforeParticle(phrases: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    out.push(phrase);
    const words = phrase.split(' ');
    if (words.length === 2 && SEPARABLE_PARTICLES.has(words[1])) for (const object of OBJECTS_BEFORE_PARTICLE) out.push(`${words[0]} ${object} ${words[1]}`);
  }
  return out;
}
