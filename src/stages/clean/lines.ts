// Lines as a reader compares them.
/** Equality of two lines as a reader sees them: spaces and case of Latin letters ignored. */
export function sameLine(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}
