// Turning a validated config into what the pipeline uses: extra line rules
// inserted before the built-in rule of the same family, the table without
// disabled rules, and presenter extras for the presenters extractor.
import type { SourceLine } from '../read/types.js';
import { LINE_RULES, type LineRule, type TokenKind } from '../tokenize/classify.js';
import type { PresenterExtras } from '../extract/presenters.js';
import type { MinutesConfig } from './schema.js';

export interface CompiledConfig {
  lineRules: readonly LineRule[];
  presenters?: PresenterExtras;
}

/** A phrase as a regex source: special characters escaped, spaces matching any whitespace. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

// A phrase ending in a letter or digit must end at a word boundary.
const boundary = (phrase: string): string => (/[\p{L}\p{N}]$/u.test(phrase.trim()) ? '(?![\\p{L}\\p{N}])' : '');

// An optional paragraph number before a lead-in: "3.", "(a)", "1)".
const PARAGRAPH_NUMBER = '(?:(\\d{1,3}(?:\\.\\d{1,2})?[.)]?|\\(\\d{1,3}\\)|\\(?[a-z]\\))\\s+)?';

/** A heading line: the phrase alone, or with a colon or dash and text after it. */
function headingMatcher(phrase: string): LineRule['match'] {
  const re = new RegExp(`^${phraseSource(phrase)}${boundary(phrase)}\\s*(?:[:–-]\\s*(.{0,100000}))?$`, 'u');
  return (l) => {
    const m = re.exec(l.text);
    return m ? { text: (m[1] ?? '').trim() } : null;
  };
}

interface Family {
  key: 'resolutionLeadIns' | 'decisionHeadings' | 'actionHeadings' | 'questionLeadIns';
  kind: TokenKind;
  /** The built-in rule the extra rules go before. */
  before: string;
  description: string;
  /** Builds the line matcher from a phrase. */
  matcher(phrase: string): LineRule['match'];
}

const FAMILIES: readonly Family[] = [
  {
    key: 'resolutionLeadIns',
    kind: 'resolved',
    before: 'resolved-lead-in',
    description: 'A local resolution lead-in; the rest of the line is the clause.',
    matcher: (phrase) => {
      const re = new RegExp(`^${PARAGRAPH_NUMBER}${phraseSource(phrase)}${boundary(phrase)}(?:\\s*[,:;.–—-]+)?\\s*(.{0,100000})$`, 'u');
      return (l) => {
        const m = re.exec(l.text);
        if (!m) return null;
        return m[1] !== undefined ? { text: m[2].trim(), marker: m[1] } : { text: m[2].trim() };
      };
    },
  },
  {
    key: 'decisionHeadings',
    kind: 'decision-heading',
    before: 'decision-heading',
    description: 'A local decision heading; the clauses under it are decisions.',
    matcher: headingMatcher,
  },
  {
    key: 'actionHeadings',
    kind: 'action-heading',
    before: 'action-heading',
    description: 'A local action heading; the bullets under it are actions.',
    matcher: headingMatcher,
  },
  {
    key: 'questionLeadIns',
    kind: 'question-lead-in',
    before: 'question-lead-in',
    description: 'A local question lead-in; the bullets under it are member questions.',
    matcher: (phrase) => {
      const re = new RegExp(`^${phraseSource(phrase)}${boundary(phrase)}.{0,400}$`, 'u');
      return (l: SourceLine) => (re.test(l.text) ? { text: l.text } : null);
    },
  },
];

const alternation = (phrases: readonly string[]): string | undefined =>
  phrases.length ? [...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|') : undefined;

export function compileConfig(config: MinutesConfig, base: readonly LineRule[] = LINE_RULES): CompiledConfig {
  const disabled = new Set(config.disable);
  const rules: LineRule[] = [];
  for (const rule of base) {
    for (const family of FAMILIES) {
      if (family.before !== rule.id) continue;
      config[family.key].forEach((phrase, k) => {
        // The phrase is the rule's one example; a config gives no near misses.
        rules.push({ id: `config:${family.key}[${k}]`, stage: 'line', kind: family.kind, description: family.description, examples: { valid: [phrase], invalid: [] }, match: family.matcher(phrase) });
      });
    }
    if (!disabled.has(rule.id)) rules.push(rule);
  }
  const compiled: CompiledConfig = { lineRules: rules };
  const presenters: PresenterExtras = {};
  const verbs = alternation(config.presenterVerbs);
  const roles = alternation(config.roles);
  const honorifics = alternation(config.honorifics);
  if (verbs) presenters.verbs = verbs;
  if (roles) presenters.roles = roles;
  if (honorifics) presenters.honorifics = honorifics;
  if (Object.keys(presenters).length) compiled.presenters = presenters;
  return compiled;
}
