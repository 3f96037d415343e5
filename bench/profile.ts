// Summarises V8 CPU profiles (`node --cpu-prof`) into self time per function and per file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  /** repo-relative file (dist/…), node_modules/<pkg>/…, or a V8/Node pseudo-frame */
  file: string;
  line: number | null;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: Hotspot[];
  files: Array<{ file: string; selfMs: number; share: number }>;
  /**
   * Each sample charged to the innermost frame from the project's own code (dist/, not bench)
   * on its stack, so library and native time (cheerio, regex, GC inside a call) is charged to the
   * project function that asked for it: who should change.
   */
  owners: Array<{ name: string; file: string; line: number | null; ms: number; share: number }>;
  /** inclusive time per pipeline stage (each sample charged to the innermost stage on its stack) */
  stages: Array<{ stage: string; ms: number; share: number }>;
  profiles: number;
}

function fileOf(url: string, root: string): string {
  if (!url) return '(native)';
  const p = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) return p.slice(nm);
  return path.isAbsolute(p) ? path.relative(root, p) : p;
}

/** Reads every .cpuprofile in `dir` (one per thread) and adds their self times together. */
/** Names of regex frames are the whole pattern: long enough to drown a table. */
const MAX_NAME = 60;

function shortName(name: string): string {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name;
}

/** The stages of src/pipeline.ts and the I/O around them, recognised by file and function. */
const STAGES: ReadonlyArray<{ stage: string; file: string; fn?: string }> = [
  { stage: 'read (io/read-inputs)', file: 'dist/io/read-inputs.js' },
  { stage: 'decode', file: 'dist/stages/decode.js', fn: 'decode' },
  { stage: 'page text (page-text/page-text, HTML via cheerio)', file: 'dist/stages/page-text/page-text.js', fn: 'toPageText' },
  { stage: 'normalise', file: 'dist/stages/normalise.js', fn: 'normalise' },
  { stage: 'find the article (article/find-article)', file: 'dist/stages/article/find-article.js', fn: 'findArticle' },
  { stage: 'article lines (article/strip-lines)', file: 'dist/stages/article/strip-lines.js', fn: 'stripLines' },
  { stage: 'metadata (metadata/find-metadata)', file: 'dist/stages/metadata/find-metadata.js', fn: 'findMetadata' },
  { stage: 'segment', file: 'dist/stages/segment/segment.js', fn: 'segment' },
  { stage: 'extract metrics', file: 'dist/stages/extract/extract-metrics.js', fn: 'extractMetrics' },
  { stage: 'finalise (code-point spans, validation)', file: 'dist/stages/finalise.js', fn: 'finalise' },
  { stage: 'write dataset (io/write-outputs, format/)', file: 'dist/io/write-outputs.js' },
  { stage: 'write dataset (io/write-outputs, format/)', file: 'dist/format/' },
  { stage: 'processDocument itself (sha256, assembly)', file: 'dist/pipeline.js', fn: 'processDocument' },
];

function stageOf(file: string, fn: string): string | null {
  const hit = STAGES.find((s) => (s.file.endsWith('/') ? file.startsWith(s.file) : file === s.file) && (!s.fn || s.fn === fn));
  return hit ? hit.stage : null;
}

const isOwnCode = (file: string): boolean => file.startsWith('dist/') ;

export function summariseProfiles(dir: string, root: string, top = 15): ProfileSummary {
  const byFunction = new Map<string, Hotspot>();
  const byFile = new Map<string, number>();
  const byStage = new Map<string, number>();
  const byOwner = new Map<string, { name: string; file: string; line: number | null; ms: number; share: number }>();
  let totalMs = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const f of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ownerOf = new Map<number, ProfileNode | null>();
    const findOwner = (id: number): ProfileNode | null => {
      if (ownerOf.has(id)) return ownerOf.get(id)!;
      const node = nodes.get(id);
      let owner: ProfileNode | null = null;
      if (node && isOwnCode(fileOf(node.callFrame.url, root))) owner = node;
      else if (parent.has(id)) owner = findOwner(parent.get(id)!);
      ownerOf.set(id, owner);
      return owner;
    };
    const stageMemo = new Map<number, string>();
    const findStage = (id: number): string => {
      const known = stageMemo.get(id);
      if (known) return known;
      const node = nodes.get(id);
      const own = node ? stageOf(fileOf(node.callFrame.url, root), node.callFrame.functionName) : null;
      const stage = own ?? (parent.has(id) ? findStage(parent.get(id)!) : 'outside the stages (start-up, module loading, GC between calls, planning)');
      stageMemo.set(id, stage);
      return stage;
    };
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!node || ms <= 0) return;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') return; // waiting is not work
      totalMs += ms;
      const file = fileOf(url, root);
      const name = shortName(functionName || '(anonymous)');
      const stage = findStage(id);
      byStage.set(stage, (byStage.get(stage) ?? 0) + ms);
      const owner = findOwner(id);
      const ownerName = owner ? shortName(owner.callFrame.functionName || '(anonymous)') : '(outside the project: start-up, I/O callbacks, GC between calls)';
      const ownerFile = owner ? fileOf(owner.callFrame.url, root) : '';
      const ownerLine = owner ? owner.callFrame.lineNumber + 1 : null;
      const ownerKey = `${ownerName}\u0000${ownerFile}\u0000${ownerLine}`;
      const o = byOwner.get(ownerKey) ?? { name: ownerName, file: ownerFile, line: ownerLine, ms: 0, share: 0 };
      o.ms += ms;
      byOwner.set(ownerKey, o);
      const line = url ? lineNumber + 1 : null;
      const key = `${name}\u0000${file}\u0000${line}`;
      const hit = byFunction.get(key) ?? { name, file, line, selfMs: 0, share: 0 };
      hit.selfMs += ms;
      byFunction.set(key, hit);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    });
  }
  const functions = [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  for (const h of functions) h.share = totalMs ? h.selfMs / totalMs : 0;
  const fileRows = [...byFile.entries()]
    .map(([file, selfMs]) => ({ file, selfMs, share: totalMs ? selfMs / totalMs : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
  const owners = [...byOwner.values()].sort((a, b) => b.ms - a.ms).slice(0, top);
  for (const o of owners) o.share = totalMs ? o.ms / totalMs : 0;
  const stages = [...byStage.entries()].map(([stage, ms]) => ({ stage, ms, share: totalMs ? ms / totalMs : 0 })).sort((a, b) => b.ms - a.ms);
  return { totalMs, functions, files: fileRows, owners, stages, profiles: files.length };
}
