// `minutes inspect FILE [--rule ID] [--no-color]`: the source text with each
// line's class and the rule that fired, the records beside the lines they
// came from, and warnings inline. The first thing to run when an extraction
// looks wrong. Plain text when stdout is not a terminal, with NO_COLOR, or
// with --no-color.
import { readFile } from 'node:fs/promises';
import { Chalk, type ChalkInstance } from 'chalk';
import type { MinutesDocument, Warning } from '../schema/document.js';
import { readSource, ReadError } from '../read/index.js';
import type { SourceFormat } from '../schema/document.js';
import { parseLines, sha256 } from '../parse.js';
import { LINE_RULES, tokenize, type Token, type TokenKind } from '../tokenize/classify.js';
import { ruleList } from './rules-command.js';
import { segmentItems } from '../segment/items.js';
import type { RejectedLayout } from '../segment/layouts/index.js';
import type { CompiledConfig } from '../config/compile.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit.js';
import { formatWarning } from './render.js';
import { colourEnabled } from './colour.js';

export interface InspectCommandOptions {
  rule?: string;
  color?: boolean;
  from?: SourceFormat;
}

/** One record shown under the line it starts on. */
export interface Annotation {
  line: number;
  /** "item", "resolution", "action", "question", "presenter", "present", "apologies", "in attendance", "motion", "declaration". */
  record: string;
  /** Rules that produced it: the line rule of its lead-in and the rules the record names (its own, its kind's, its category's). */
  rules: string[];
  text: string;
}

/** Explains each record of a document: which rules produced it, at which line. */
export function annotate(doc: MinutesDocument, tokens: readonly Token[]): Annotation[] {
  const out: Annotation[] = [];
  const tokenAt = (line: number): Token | undefined => tokens[line - 1]?.line.line === line ? tokens[line - 1] : tokens.find((t) => t.line.line === line);
  const sourceOf = (r: { line: number; end?: number }): string =>
    tokens
      .filter((t) => t.line.line >= r.line && t.line.line <= (r.end ?? r.line))
      .map((t) => t.line.text)
      .join(' ');
  // The nearest lead-in of the given kinds at or above a line, inside the item.
  const leadIn = (line: number, start: number, kinds: readonly TokenKind[]): Token | undefined => {
    for (let l = line; l >= start; l--) {
      const t = tokenAt(l);
      if (t && kinds.includes(t.kind)) return t;
    }
    return undefined;
  };
  const lineRule = (line: number): string[] => {
    const t = tokenAt(line);
    return t ? [t.rule] : [];
  };
  for (const p of [...doc.meeting.present.map((x) => ['present', x] as const), ...doc.meeting.apologies.map((x) => ['apologies', x] as const), ...doc.meeting.inAttendance.map((x) => ['in attendance', x] as const)]) {
    const [record, person] = p;
    if (person.line === undefined) continue;
    const t = tokenAt(person.line);
    const rules = [...(t?.kind === 'attendance' ? [t.rule] : []), ...(person.rule ? [person.rule] : [])];
    out.push({ line: person.line, record, rules, text: [person.name, person.role && `(${person.role})`].filter(Boolean).join(' ') });
  }
  for (const item of doc.items) {
    const start = item.lines.start;
    // The category rule's id is `category-<category>` (src/extract/category.ts); a substantive item matched none.
    const itemRules = [...lineRule(start), ...(item.category === 'substantive' ? [] : [`category-${item.category}`])];
    out.push({ line: start, record: 'item', rules: itemRules, text: `${item.number ? `${item.number}. ` : ''}${item.title}  [${item.category}, lines ${start}–${item.lines.end}]` });
    for (const p of item.presenters) {
      // Presenter records name the rule that made them.
      const rules = p.rule ? [p.rule] : lineRule(p.line!);
      out.push({ line: p.line!, record: 'presenter', rules: rules.length ? rules : lineRule(p.line!), text: [p.name ?? '(name not given)', p.role && `(${p.role})`].filter(Boolean).join(' ') });
    }
    for (const r of item.resolutions) {
      const lead = leadIn(r.line, start, ['resolved', 'decision-heading']);
      const kind = r.kind === 'other' ? [] : [`resolution-kind-${r.kind}`];
      out.push({ line: r.line, record: 'resolution', rules: [...(lead ? [lead.rule] : []), ...(r.rule ? [r.rule] : []), ...kind], text: `${r.number ? `(${r.number}) ` : ''}[${r.kind}] ${r.text}` });
    }
    for (const q of item.questions) {
      // A question names the rule that made it; under a lead-in the lead-in's line rule comes first.
      const lead = leadIn(q.line, start, ['question-lead-in']);
      const rules = [...(lead ? [lead.rule] : []), ...(q.rule ? [q.rule] : [])];
      const answer = q.response ? `  → ${q.respondent ? `${q.respondent}: ` : ''}${q.response}` : '';
      out.push({ line: q.line, record: 'question', rules, text: `${q.asker ? `${q.asker}: ` : ''}${q.text}${answer}` });
    }
    for (const a of item.actions) {
      const heading = leadIn(a.line, start, ['action-heading']);
      const fromResolution = item.resolutions.some((r) => r.line === a.line);
      // Every action names the rule that made it.
      const rules = [...(heading ? [heading.rule] : []), ...(fromResolution ? ['resolution-action'] : []), ...(a.rule ? [a.rule] : [])];
      const extra = [a.owner && `owner: ${a.owner}`, a.due && `due: ${a.due}`].filter(Boolean).join(', ');
      out.push({ line: a.line, record: 'action', rules, text: `${a.text}${extra ? `  [${extra}]` : ''}` });
    }
    for (const m of item.motions) out.push({ line: m.line, record: 'motion', rules: [...lineRule(m.line), ...(m.rule ? [m.rule] : [])], text: `[${m.outcome}] ${m.text}` });
  }
  for (const d of doc.declarations) out.push({ line: d.line, record: 'declaration', rules: [...lineRule(d.line), ...(d.rule ? [d.rule] : [])], text: d.text });
  return out.sort((a, b) => a.line - b.line);
}

/** Colours per token kind and per record. */
function palette(c: ChalkInstance) {
  const kind: Partial<Record<TokenKind, ChalkInstance>> = {
    blank: c.gray,
    furniture: c.gray,
    'agenda-item-marker': c.yellow,
    'item-number': c.yellow.bold,
    'numbered-heading': c.yellow.bold,
    heading: c.yellow.bold,
    'decision-title': c.yellow.bold,
    'item-reference': c.yellow,
    'minutes-marker': c.yellow,
    'documents-marker': c.gray,
    'record-field': c.gray,
    resolved: c.green.bold,
    'decision-heading': c.green.bold,
    'action-heading': c.magenta.bold,
    'question-lead-in': c.cyan.bold,
    attendance: c.blue.bold,
    'presenting-attendance': c.blue.bold,
    bullet: c.white,
    'bullet-marker': c.white,
  };
  const record: Record<string, ChalkInstance> = {
    item: c.yellow.bold,
    resolution: c.green,
    action: c.magenta,
    question: c.cyan,
    presenter: c.blue,
    present: c.blue,
    apologies: c.blue,
    'in attendance': c.blue,
    motion: c.green,
    declaration: c.red,
  };
  return { kind: (k: TokenKind) => kind[k] ?? c.reset, record: (r: string) => record[r] ?? c.reset };
}

export interface InspectView {
  tokens: readonly Token[];
  document: MinutesDocument;
  warnings: readonly Warning[];
  /** The layout that found the items and those tried before it, with why they did not fit. */
  layout?: { rule: string; rejected: readonly RejectedLayout[] };
}

/** Renders the view; with `rule`, only lines and records of that rule (and warnings on those lines). */
export function renderInspect(view: InspectView, file: string, opts: { rule?: string; colour: boolean }): string {
  const c = new Chalk({ level: opts.colour ? 1 : 0 });
  const colours = palette(c);
  const notes = annotate(view.document, view.tokens);
  const byLine = new Map<number, Annotation[]>();
  for (const n of notes) {
    if (opts.rule && !n.rules.includes(opts.rule)) continue;
    byLine.set(n.line, [...(byLine.get(n.line) ?? []), n]);
  }
  const warningsAt = new Map<number | null, Warning[]>();
  for (const w of view.warnings) warningsAt.set(w.line, [...(warningsAt.get(w.line) ?? []), w]);
  const width = String(view.tokens.length).length;
  const kindWidth = Math.max(...view.tokens.map((t) => t.kind.length), 4);
  const ruleWidth = Math.max(...view.tokens.map((t) => t.rule.length), 4);
  const pad = ' '.repeat(width + kindWidth + ruleWidth + 6);
  const out: string[] = [];
  for (const w of warningsAt.get(null) ?? []) out.push(c.yellow(formatWarning(file, w)));
  for (const t of view.tokens) {
    const records = byLine.get(t.line.line) ?? [];
    const ws = warningsAt.get(t.line.line) ?? [];
    if (opts.rule && t.rule !== opts.rule && records.length === 0) continue;
    const paint = colours.kind(t.kind);
    const page = t.line.page !== undefined ? c.gray(` p${t.line.page}`) : '';
    out.push(`${c.gray(String(t.line.line).padStart(width))}  ${paint(t.kind.padEnd(kindWidth))}  ${c.gray(t.rule.padEnd(ruleWidth))}  │ ${paint(t.line.text)}${page}`);
    for (const r of records) {
      const rules = r.rules.length ? c.gray(`  ‹${r.rules.join(', ')}›`) : '';
      out.push(`${pad}${colours.record(r.record)(`↳ ${r.record}: ${r.text}`)}${rules}`);
    }
    for (const w of ws) out.push(`${pad}${(w.severity === 'error' ? c.red : c.yellow)(`⚠ ${w.severity ?? 'warning'} ${w.code} ${w.message}  ${w.id ?? ''}`.trimEnd())}`);
  }
  if (view.layout && !opts.rule) {
    out.push(`${c.yellow.bold('layout')}  ${view.layout.rule}`);
    for (const r of view.layout.rejected) out.push(c.gray(`  not ${r.id} (${r.score} item${r.score === 1 ? '' : 's'}): ${r.reason}`));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** True when output should be coloured: the same rule as stderr's (colour.ts), for stdout. */
export function useColour(stream: NodeJS.WritableStream, opts: { color?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return colourEnabled(stream as { isTTY?: boolean }, opts.color, env);
}

export async function runInspect(file: string, opts: InspectCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, config?: CompiledConfig): Promise<number> {
  const ruleIds = new Set([...ruleList(config?.lineRules).map((r) => r.id), 'resolution-action']);
  if (opts.rule && !ruleIds.has(opts.rule)) {
    io.stderr.write(`minutes: unknown rule "${opts.rule}" (see \`minutes rules\`)\n`);
    return EXIT_USAGE;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    io.stderr.write(`minutes: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message}\n`);
    return EXIT_FAILED;
  }
  try {
    const read = await readSource(bytes, { path: file, from: opts.from });
    const tokens = tokenize(read.lines, config?.lineRules ?? LINE_RULES);
    const { document, warnings } = parseLines(read, { path: file, sha256: sha256(bytes), bytes: bytes.length }, { config });
    const { rule, rejected } = segmentItems(tokens);
    io.stdout.write(renderInspect({ tokens, document, warnings, layout: { rule, rejected } }, file, { rule: opts.rule, colour: useColour(io.stdout, opts) }));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof ReadError) {
      io.stderr.write(`${file}  error  ${e.message}  ${e.id}\n`);
      return EXIT_FAILED;
    }
    throw e;
  }
}
