// Arrays made the same way however far V8 has optimised the code that makes them.
//
// Array.prototype.map makes a PACKED array when the interpreter runs it and a HOLEY one when
// TurboFan has inlined it: an array handed from one hot function to the next then has one map or
// the other depending on whether its maker was optimised yet, and each map a reader's optimised code
// has not seen deoptimises the reader, which is compiled again (the metric stage's refiners were
// compiled four to seven times a run for this). An array built by push is PACKED either way.

/** `items.map(f)` as a PACKED array (push), whichever tier runs it. */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
