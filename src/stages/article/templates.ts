// Site templates on text: the lines a site prints around every page (its menu, its footer) stand
// at the top or bottom of most pages of that site. `learnTemplates` finds them in a group of
// documents; `templateMarks` marks them in one document's edge windows, where the article stage
// removes them (rule `template`), extending the head and tail zones only.
import type { TemplateFile } from '../../schema/records.js';
import { sameLine } from './lines.js';

/** Lines counted at each end of a document (blank lines aside). */
export const TEMPLATE_EDGE_LINES = 15;
/** Share of a group's documents a line must stand in (first or last TEMPLATE_EDGE_LINES lines). */
export const TEMPLATE_MIN_SHARE = 0.6;
/** Documents with distinct sha256 a group needs before it has a template. */
export const TEMPLATE_MIN_DOCUMENTS = 3;

/** What one document shows the learner: its group, its bytes' hash, its page lines, its title. */
export interface TemplateEvidence {
  group: string;
  sha256: string;
  /** the page's lines as the article stage reads them (normalised) */
  lines: readonly string[];
  title: string | null;
}

/** The distinct trimmed lines in the first and last `n` non-blank lines of `lines`. */
export function edgeLines(lines: readonly string[], n = TEMPLATE_EDGE_LINES): Set<string> {
  const out = new Set<string>();
  let seen = 0;
  for (let i = 0; i < lines.length && seen < n; i++) {
    const s = lines[i]!.trim();
    if (s.length === 0) continue;
    seen++;
    out.add(s);
  }
  seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < n; i--) {
    const s = lines[i]!.trim();
    if (s.length === 0) continue;
    seen++;
    out.add(s);
  }
  return out;
}

/**
 * Learns a template per group from the documents' evidence (any order: the result is sorted). A
 * document's own title is never counted (a folder of reports all titled 政府工作报告 keeps it).
 */
export function learnTemplates(
  evidence: Iterable<TemplateEvidence>,
  settings: { edgeLines?: number; minShare?: number; minDocuments?: number } = {},
): TemplateFile {
  const n = settings.edgeLines ?? TEMPLATE_EDGE_LINES;
  const minShare = settings.minShare ?? TEMPLATE_MIN_SHARE;
  const minDocuments = settings.minDocuments ?? TEMPLATE_MIN_DOCUMENTS;
  const groups = new Map<string, { hashes: Set<string>; counts: Map<string, number> }>();
  for (const e of evidence) {
    let g = groups.get(e.group);
    if (g === undefined) groups.set(e.group, (g = { hashes: new Set(), counts: new Map() }));
    if (g.hashes.has(e.sha256)) continue;
    g.hashes.add(e.sha256);
    for (const line of edgeLines(e.lines, n)) {
      if (e.title !== null && sameLine(line, e.title)) continue;
      g.counts.set(line, (g.counts.get(line) ?? 0) + 1);
    }
  }
  const out: TemplateFile = { version: 1, edgeLines: n, minShare, minDocuments, groups: {} };
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    const documents = g.hashes.size;
    const lines: string[] = [];
    if (documents >= minDocuments) {
      const need = Math.ceil(minShare * documents - 1e-9);
      for (const [line, count] of g.counts) if (count >= need) lines.push(line);
      lines.sort();
    }
    out.groups[key] = { documents, lines };
  }
  return out;
}

/**
 * Marks the lines of a document that are template lines of its group and stand in its edge
 * windows (first or last `edgeLines` non-blank lines). Null when none does.
 */
export function templateMarks(lines: readonly string[], template: ReadonlySet<string> | null, n = TEMPLATE_EDGE_LINES): Uint8Array | null {
  if (template === null || template.size === 0) return null;
  let marks: Uint8Array | null = null;
  const mark = (i: number): void => {
    if (template.has(lines[i]!.trim())) (marks ??= new Uint8Array(lines.length))[i] = 1;
  };
  let seen = 0;
  for (let i = 0; i < lines.length && seen < n; i++) {
    if (lines[i]!.trim().length === 0) continue;
    seen++;
    mark(i);
  }
  seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < n; i--) {
    if (lines[i]!.trim().length === 0) continue;
    seen++;
    mark(i);
  }
  return marks;
}

/**
 * The group a document belongs to: the host of the address it was crawled from (a WARC record's
 * target URI: the pages of one site, whatever their folders), else the name of the folder it
 * stands in (`-` for stdin).
 */
export function templateGroup(location: string, url?: string): string {
  if (url !== undefined) {
    const host = hostOf(url);
    if (host !== null) return host;
  }
  if (location === '-') return '-';
  const parts = location.split(/[\\/]/).filter((p) => p.length > 0);
  return parts.length >= 2 ? parts[parts.length - 2]! : '';
}

/** The host (and port, when the address names one) of an absolute address, lower-case; null when it has none. */
function hostOf(url: string): string | null {
  try {
    const host = new URL(url).host.toLowerCase();
    return host.length > 0 ? host : null;
  } catch {
    return null;
  }
}
