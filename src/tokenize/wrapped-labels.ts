// Attendance labels printed in a narrow left column wrap onto the next line,
// the names in the column to their right:
//   Committee Members   Aldermen Ruth Espie and William Kerr;
//   present:            Councillors Orla Devlin, Gerard McCusker
// The two left cells are one label ("Committee Members present:"), also when the second holds only the label's end
// ("APOLOGIES FOR   Councillor Ian Ferguson." over "ABSENCE:"). The first
// line takes the whole label, the second keeps only its names, indented as a
// continuation of the list, so each name keeps the line it was printed on.
import type { SourceLine } from '../read/types.js';
import { listedLabel } from '../lexicon/index.js';

/** The end of a label alone on its line: "ABSENCE:". */
const LABEL_END_ALONE = /^[A-Za-z][A-Za-z ]{0,30}:$/;

/** A row of two cells: a short left cell, a wide gap, the rest. Groups: left cell, gap, right cell. */
const TWO_CELLS = /^(\S.{0,40}?)(\s{2,})(\S.*)$/;

export function joinWrappedLabels(lines: readonly SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a.hint !== undefined || b.hint !== undefined || !a.text.includes('  ')) continue;
    // The line below holds a label's end: with names after its colon, or alone (most lines do neither: no pattern runs).
    const rest = b.text.trim();
    const endAlone = rest.endsWith(':') && LABEL_END_ALONE.test(rest);
    if (!endAlone && !b.text.includes(':  ')) continue;
    const top = TWO_CELLS.exec(a.text);
    // "APOLOGIES FOR  Councillor Ian Ferguson." over "ABSENCE:" alone: the label's end on a line with no names.
    if (endAlone) {
      if (!top || top[1].endsWith(':')) continue;
      const label = `${top[1]} ${rest.slice(0, -1)}`;
      if (listedLabel(label)) {
        out ??= lines.slice();
        out[i] = { ...a, text: `${label}:${top[2]}${top[3]}` };
        out[i + 1] = { ...b, text: '' };
        i++;
      }
      continue;
    }
    const under = TWO_CELLS.exec(b.text);
    if (!top || !under || top[1].endsWith(':') || !under[1].endsWith(':')) continue;
    const label = `${top[1]} ${under[1].slice(0, -1)}`;
    if (!listedLabel(label)) continue;
    out ??= lines.slice();
    out[i] = { ...a, text: `${label}:${top[2]}${top[3]}` };
    out[i + 1] = { ...b, text: under[3], indent: b.indent + under[1].length + under[2].length };
    i++;
  }
  return out ?? (lines as SourceLine[]);
}
