// The source of src/schema/document-validator.generated.ts: ajv's standalone code for the
// document record, compiled from its JSON Schema (schemas/document.schema.json, itself generated
// from the zod record: zod stays the one definition). Run by `npm run schemas`; a test fails when
// the committed file is not what this gives.
//
// Why ajv: it compiles a JSON Schema into one specialised JavaScript function, and its standalone
// mode writes that function out, so the product runs it without ajv and without compiling
// anything at start-up (each worker's isolate would otherwise pay about 0.1 CPU s for ajv's load
// and compile). On the documents of a 5 MB corpus it checks a document in half zod's time, and
// allocates nothing for a valid one. Maintained, the most used JSON Schema validator, draft 2020-12.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { recordJsonSchema } from '../format/json-schema.js';

type JsonSchema = { [key: string]: unknown };

const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * zod writes a nullable field as `anyOf: [X, { type: 'null' }]`, which ajv checks by trying each
 * branch (and collecting the first branch's errors); `X` with `type: [T, 'null']` says the same
 * in one type test. Rewritten only where it says the same: X has one `type` and no enum or const
 * (which null would not satisfy); X's other keywords (minimum, pattern, items…) apply to their
 * own type only, so never to null.
 */
export function mergeNullableAnyOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(mergeNullableAnyOf);
  if (!isSchema(schema)) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = mergeNullableAnyOf(value);
  const anyOf = out.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return out;
  const nullAt = anyOf.findIndex((b) => isSchema(b) && b.type === 'null' && Object.keys(b).length === 1);
  const other = anyOf[1 - nullAt];
  if (nullAt < 0 || !isSchema(other) || typeof other.type !== 'string' || 'enum' in other || 'const' in other) return out;
  const { anyOf: _dropped, ...rest } = out;
  return { ...other, ...rest, type: [other.type, 'null'] };
}

/**
 * The schema with every object below the root moved into `$defs` and referred to: an array's
 * object items (sections, metrics, columns' items…) and an object-valued field (metadata,
 * encoding, toc, a metric's change, a column's table), each named by its path. With inlineRefs
 * off, ajv compiles each into a function of its own: the whole document in one function is some
 * 100 KB of source, past what V8 optimises (its bytecode limit), and was slower than zod over
 * 100 MB; small functions are. The root kept metadata's twenty-odd fields inline too (12.6 KB of
 * bytecode): V8 waits for a function's calls to pay for its size (its ticks grow with the
 * bytecode), so the root, called once a document, ran unoptimised for most of a 10 MB run and
 * stayed so after its one deopt, at about ten times its optimised cost.
 */
export function hoistObjects(schema: JsonSchema): JsonSchema {
  const defs: Record<string, unknown> = {};
  const isObject = (node: JsonSchema): boolean => node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object'));
  const hoist = (node: unknown, at: string): unknown => {
    if (!isSchema(node) || !isObject(node)) return node;
    if (Object.hasOwn(defs, at)) throw new Error(`internal: two schemas at ${at}`);
    defs[at] = node;
    return { $ref: `#/$defs/${at}` };
  };
  const walk = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.map((n, i) => walk(n, `${at}${i}`));
    if (!isSchema(node)) return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && isSchema(value)) {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([k, v]) => {
            const path = at ? `${at}-${k}` : k;
            return [k, hoist(walk(v, path), path)];
          }),
        );
      } else out[key] = walk(value, at);
    }
    if (isSchema(out.items)) out.items = hoist(out.items, at);
    return out;
  };
  const root = walk(schema, '') as JsonSchema;
  return { ...root, $defs: defs };
}

/** The ajv instance the validator is compiled with, for the test that compiles the other records the same way. */
export function validatorCompiler(source: boolean): Ajv2020 {
  // allErrors off: the first failure stops the check (zod's message is the one reported);
  // strictNumbers: NaN and ±Infinity are no numbers, as in zod (the property test found it)
  // inlineRefs off: each $defs entry stays a function of its own (hoistObjects)
  return new Ajv2020({ allErrors: false, strictNumbers: true, inlineRefs: false, ...(source ? { code: { source: true, esm: true, lines: true } } : {}) });
}

/**
 * ajv calls an array item's function with a fresh options object holding the item's path
 * (`validate65(data47[i5], {instancePath:instancePath+"/metrics/" + i5,parentData:data47,…})`): an
 * object and a string for every metric, section and removed block, read only by an error's
 * message. finalise reads the verdict alone (what the compiled validator rejects, zod judges and
 * words), so every item call is given one shared object instead: an error's instancePath is then
 * the item's own, without the array's. The schema has no keyword that reads parentData, rootData
 * or dynamic anchors.
 */
export function withSharedItemOptions(source: string): string {
  const call = /(validate\d+\([^,()]+), \{instancePath:instancePath\+"[^"]*" \+ i\d+,parentData:\w+,parentDataProperty:i\d+,rootData,dynamicAnchors\}\)/g;
  const calls = source.match(call)?.length ?? 0;
  if (calls === 0) throw new Error("internal: no item call in ajv's code: its form changed, see withSharedItemOptions");
  return source.replace(call, '$1, ITEM_OPTIONS)').replace('"use strict";', '"use strict";\nconst ITEM_OPTIONS = Object.freeze({instancePath: "", dynamicAnchors: Object.freeze({})});');
}

/** Where the generated validator lives, from the repository's root. */
export const DOCUMENT_VALIDATOR_FILE = 'src/schema/document-validator.generated.ts';

export function documentValidatorSource(): string {
  const ajv = validatorCompiler(true);
  const validate = ajv.compile(hoistObjects(mergeNullableAnyOf(recordJsonSchema('document')) as JsonSchema));
  // a CommonJS module: its default export is the module object, whose `default` is the function
  const code = (standaloneCode as unknown as { default: (ajv: Ajv2020, validate: unknown) => string }).default;
  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    '// GENERATED by `npm run schemas` (src/tools/validator-source.ts) from schemas/document.schema.json: do not edit.',
    "// ajv's standalone validator of a document: validate(value) is true for a valid record.",
    withSharedItemOptions(code(ajv, validate).trim()),
    '',
  ].join('\n');
}
