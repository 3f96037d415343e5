// Reads node --trace-opt output: what V8's optimising compiler compiled, isolate by isolate.

/** TurboFan compiles in a --trace-opt log (every isolate of the process writes to it), and how often each function was compiled. */
export function compileCounts(trace: string): { total: number; byFunction: Map<string, number> } {
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const m of trace.matchAll(/\[completed compiling 0x[0-9a-f]+ <JSFunction ([^ >]*)[^\]]*\(target TURBOFAN\)/g)) {
    total++;
    const name = m[1] || '(anonymous)';
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
  }
  return { total, byFunction };
}
