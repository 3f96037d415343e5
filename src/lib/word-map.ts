// A table keyed by word (a Record in src/rules or src/locale) as a Map, built once. The extract
// stage looks units and words up by fresh slices of the text: a Map finds such a string faster
// than an object's keyed lookup does (which internalises the key first), and finds no inherited
// property (`constructor`) either.

/** `table` as a Map from word to value, in the table's order. */
export function wordMap<V>(table: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(table));
}
