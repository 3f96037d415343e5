// The one order of documents in every dataset: by id, comparing UTF-16 code units (what `<` on
// two strings does, the same in every JavaScript engine and independent of the locale). The
// input plan, the archive readers, the dataset writer and `merge` all sort with this.

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
