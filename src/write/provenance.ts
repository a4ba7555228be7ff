// Provenance: where each document came from. A sidecar CSV (--sources FILE)
// gives, per file, its original URL and its council; --council NAME names the
// council of every input the sidecar does not. Both reach the database
// (documents.council, documents.source_url) and the CSV tables (meetings).
//
//   path,url,council
//   2024/cabinet-03.pdf,https://democracy.example.gov.uk/documents/g123/cabinet.pdf,Example Borough Council
//
// `path` is relative to the sidecar's folder (or absolute); `file` is taken
// as another name for it. Other columns are ignored.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Origin {
  url: string | null;
  council: string | null;
}

export class SourcesError extends Error {}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF or LF), read by a character walk. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Where each file came from, looked up by its path as listed. */
export class Provenance {
  private readonly byPath = new Map<string, Origin>();

  constructor(private readonly council: string | null = null) {}

  /** Reads a sidecar CSV; throws SourcesError for a file without a path column. */
  static read(file: string, council: string | null = null): Provenance {
    const p = new Provenance(council);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new SourcesError(`cannot read ${file}: ${(e as Error).message}`);
    }
    const [header, ...rows] = parseCsv(text);
    const names = (header ?? []).map((h) => h.trim().toLowerCase());
    const at = (name: string): number => names.indexOf(name);
    const pathAt = at('path') >= 0 ? at('path') : at('file');
    if (pathAt < 0) throw new SourcesError(`${file} has no "path" column (its header is: ${names.join(', ')})`);
    const urlAt = at('url');
    const councilAt = at('council');
    const base = dirname(resolve(file));
    for (const r of rows) {
      const path = r[pathAt]?.trim();
      if (!path) continue;
      const value = (i: number): string | null => (i >= 0 && r[i]?.trim() ? r[i].trim() : null);
      p.byPath.set(resolve(base, path), { url: value(urlAt), council: value(councilAt) });
    }
    return p;
  }

  /** The origin of a listed input; the --council default fills a missing council. */
  of(path: string): Origin {
    const found = path === '-' ? undefined : this.byPath.get(resolve(path));
    return { url: found?.url ?? null, council: found?.council ?? this.council };
  }
}
