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
export function summariseProfiles(dir: string, root: string, top = 15): ProfileSummary {
  const byFunction = new Map<string, Hotspot>();
  const byFile = new Map<string, number>();
  let totalMs = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const f of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!node || ms <= 0) return;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') return; // waiting is not work
      totalMs += ms;
      const file = fileOf(url, root);
      const name = functionName || '(anonymous)';
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
  return { totalMs, functions, files: fileRows, profiles: files.length };
}
