// The compiled validator (ajv, from the zod-derived JSON Schema) and zod, the definition, agree on
// every record: generated valid records, and the same records broken in every way a field can be.
// The document's is the generated file the product runs; the other records' are compiled here the
// same way (they are the document's parts, and a record of their own in schemas/).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoistObjects, mergeNullableAnyOf, validatorCompiler } from '../../src/tools/validator-source.js';
import { validate as generatedDocumentValidator } from '../../src/schema/document-validator.generated.js';
import { recordJsonSchema, RECORD_NAMES } from '../../src/format/json-schema.js';
import { RECORD_SCHEMAS } from '../../src/schema/records.js';
import { metadataInSchemaOrder, validateDocument } from '../../src/stages/finalise.js';
import { KNOWN_METADATA_KEYS } from '../../src/schema/vocabulary.js';
import { DocumentError } from '../../src/stages/types.js';
import { documentSchemaLoaded } from '../../src/schema/document-schema.js';

// zod's schema as the library's index hands it over: vitest's TypeScript sources cannot be
// required, as the built product's are (tests/schema/document-schema.test.ts runs that path)
documentSchemaLoaded(RECORD_SCHEMAS.document);

type Schema = { [key: string]: unknown };
const RUNS = 300;

/** Text that tries the validator's string handling: CJK, astral characters, quotes, controls. */
const text = fc.string({ unit: fc.constantFrom('a', '中', '元', '𠀀', '"', '\\', '\n', '', '0', '.'), maxLength: 8 });

/**
 * Values valid for a JSON Schema, for the keywords zod's schemas use (type, enum, pattern of a
 * sha256, integer bounds, prefixItems, items, required, additionalProperties, anyOf).
 */
function arbitraryOf(schema: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.anyOf)) return fc.oneof(...(schema.anyOf as Schema[]).map(arbitraryOf));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = schema.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => arbitraryOf({ ...schema, type: t })));
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return schema.pattern === '^[0-9a-f]{64}$' ? fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }) : text;
    case 'integer': {
      const min = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : typeof schema.minimum === 'number' ? schema.minimum : -1e6;
      return fc.integer({ min, max: Math.min(Number(schema.maximum ?? 1e6), 1e6) });
    }
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
    case 'array': {
      if (Array.isArray(schema.prefixItems)) return fc.tuple(...(schema.prefixItems as Schema[]).map(arbitraryOf));
      return fc.array(arbitraryOf(schema.items as Schema), { maxLength: 3 });
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      const shape = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, arbitraryOf(s)]));
      const base = fc.record(shape, { requiredKeys: required });
      const extra = schema.additionalProperties;
      if (!extra || typeof extra !== 'object') return base;
      // a record (metadata): keys beyond the known ones, with values of their schema
      return fc.tuple(base, fc.dictionary(fc.constantFrom('x', 'y', '来源'), arbitraryOf(extra as Schema), { maxKeys: 2 })).map(([b, more]) => ({ ...b, ...more }));
    }
    default:
      return fc.constant({});
  }
}

/** Values that break a field: each JSON type, out-of-range and non-finite numbers, wrong enum text. */
const WRONG: unknown[] = [null, undefined, true, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'zz', [], [1], {}, { a: 1 }, 2 ** 60];

/** Paths to every value inside a record (objects' keys and arrays' indices). */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra' };

/** A deep copy of `value` with `mutation` applied at `path`. */
function mutate(value: unknown, path: Array<string | number>, mutation: Mutation): unknown {
  const copy: unknown = structuredClone(value);
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (!Array.isArray(parent)) parent.unexpected = 'x';
  else parent.push('x');
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...WRONG).map((value): Mutation => ({ kind: 'set', value })),
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.constant<Mutation>({ kind: 'extra' }),
);

const compiledOthers = (name: (typeof RECORD_NAMES)[number]): ((value: unknown) => unknown) =>
  validatorCompiler(false).compile(mergeNullableAnyOf(recordJsonSchema(name)) as Schema);

describe('hoistObjects', () => {
  it('moves every object below the root (a field, a nullable field, an array item) into $defs, named by its path, and leaves other schemas inline', () => {
    const schema = {
      type: 'object',
      properties: {
        meta: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: ['string', 'null'] } },
        toc: { type: ['object', 'null'], properties: { entries: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer' } } } } } },
        tags: { type: 'array', items: { type: 'string' } },
        id: { type: 'string' },
      },
    };
    const out = hoistObjects(schema) as { properties: Record<string, unknown>; $defs: Record<string, { properties?: Record<string, unknown> }> };
    expect(out.properties).toEqual({ meta: { $ref: '#/$defs/meta' }, toc: { $ref: '#/$defs/toc' }, tags: { type: 'array', items: { type: 'string' } }, id: { type: 'string' } });
    expect(Object.keys(out.$defs).sort()).toEqual(['meta', 'toc', 'toc-entries']);
    expect(out.$defs.toc!.properties!.entries).toEqual({ type: 'array', items: { $ref: '#/$defs/toc-entries' } });
    // the same verdicts as the schema left whole
    const whole = validatorCompiler(false).compile(schema);
    const hoisted = validatorCompiler(false).compile(out);
    for (const value of [{}, { meta: { a: 'x', b: null } }, { meta: { a: 1 } }, { toc: null }, { toc: { entries: [{ n: 1 }] } }, { toc: { entries: [{ n: 1.5 }] } }, { tags: ['a', 2] }, { id: 3 }, null]) {
      expect(hoisted(value)).toBe(whole(value));
    }
  });
});

describe('mergeNullableAnyOf', () => {
  it('turns anyOf [X, null] into X with type [T, null], and leaves an enum or a union of two types alone', () => {
    expect(mergeNullableAnyOf({ description: 'd', anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] })).toEqual({ type: ['integer', 'null'], minimum: 0, description: 'd' });
    const enumOrNull = { anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] };
    expect(mergeNullableAnyOf(enumOrNull)).toEqual(enumOrNull);
    const two = { anyOf: [{ type: 'string' }, { type: 'number' }] };
    expect(mergeNullableAnyOf(two)).toEqual(two);
  });
});

describe.each(RECORD_NAMES)('the compiled validator of %s and zod', (name) => {
  const schema = recordJsonSchema(name);
  const check = name === 'document' ? generatedDocumentValidator : compiledOthers(name);
  const compiled = (value: unknown): boolean => check(value) === true;
  const zod = RECORD_SCHEMAS[name];
  const valid = arbitraryOf(schema);

  it('both accept every generated valid record', () => {
    fc.assert(
      fc.property(valid, (record) => {
        expect(zod.safeParse(record).success).toBe(true);
        expect(compiled(record)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('on the same records with one field broken: what it accepts, zod accepts unchanged; what zod rejects, it rejects', () => {
    let rejected = 0;
    let tried = 0;
    fc.assert(
      fc.property(valid.chain((record) => fc.tuple(fc.constant(record), fc.constantFrom(...paths(record)), mutation)), ([record, path, m]) => {
        const broken = mutate(record, path, m);
        const result = zod.safeParse(broken);
        if (compiled(broken)) {
          expect(result.success).toBe(true);
          expect(canonical(result.data)).toBe(canonical(broken));
        }
        if (!result.success) expect(compiled(broken)).toBe(false);
        tried++;
        if (!result.success) rejected++;
      }),
      { numRuns: RUNS },
    );
    // the mutations are not all harmless: rejections are compared, not only acceptances
    expect(rejected).toBeGreaterThan(tried / 3);
  });
});

describe('validateDocument (the compiled validator, then zod for what it rejects)', () => {
  const valid = arbitraryOf(recordJsonSchema('document'));
  const zodOutcome = (record: unknown): string => {
    const r = RECORD_SCHEMAS.document.safeParse(record);
    return r.success ? JSON.stringify(r.data) : 'invalid';
  };
  const ours = (record: unknown): string => {
    try {
      return JSON.stringify(validateDocument(record));
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      return 'invalid';
    }
  };

  it("gives zod's result byte for byte (key order included), or fails where zod fails", () => {
    fc.assert(
      fc.property(valid.chain((record) => fc.tuple(fc.constant(record), fc.constantFrom(...paths(record)), mutation, fc.boolean())), ([record, path, m, intact]) => {
        const input = intact ? record : mutate(record, path, m);
        expect(ours(input)).toBe(zodOutcome(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('names the field zod names when it fails', () => {
    expect(() => validateDocument({})).toThrow(/invalid record at id: /);
  });
});

describe('metadataInSchemaOrder', () => {
  it('the known keys in KNOWN_METADATA_KEYS order, then the others as they came; the same object when already so (fast-check)', () => {
    const key = fc.oneof(fc.constantFrom(...KNOWN_METADATA_KEYS), fc.constantFrom('extra', 'zz', 'a', 'note'));
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 12 }), (keys) => {
        const metadata = Object.fromEntries(keys.map((k, i) => [k, `v${i}`]));
        const known = new Set<string>(KNOWN_METADATA_KEYS);
        const expected = [...KNOWN_METADATA_KEYS.filter((k) => keys.includes(k)), ...keys.filter((k) => !known.has(k))];
        const out = metadataInSchemaOrder(metadata);
        expect(Object.keys(out)).toEqual(expected);
        expect(Object.entries(out).every(([k, v]) => metadata[k] === v)).toBe(true);
        expect(out === metadata).toBe(expected.every((k, i) => keys[i] === k));
      }),
      { numRuns: 500 },
    );
  });
});

/** JSON with sorted keys, undefined kept apart from absent: equal for records equal up to key order. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
}
