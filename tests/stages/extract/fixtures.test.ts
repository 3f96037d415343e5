// Golden cases in fixtures/extract/<case>/: input.txt (+ context.json with metadata) →
// expected.json, the metrics projected onto the fields below. A missing expected.json is a
// failure; UPDATE_GOLDEN=1 rewrites them on purpose (then read the diff).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metadata, Metric } from '../../../src/schema/records.js';
import { FIXTURES } from '../../helpers.js';
import { extract } from './extract-helpers.js';

const DIR = path.join(FIXTURES, 'extract');
const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function project(m: Metric): Record<string, unknown> {
  return {
    raw: m.raw,
    value: m.value,
    unit: m.unit,
    unitNormal: m.unitNormal,
    qualifier: m.qualifier,
    valueMax: m.valueMax,
    kind: m.kind,
    change: m.change && { direction: m.change.direction, value: m.change.value, unit: m.change.unit, basis: m.change.basis },
    direction: m.direction,
    basis: m.basis,
    from: m.from,
    label: m.label,
    period: m.period,
  };
}

describe('extract fixtures', () => {
  it('has a README entry for every case', () => {
    const readme = readFileSync(path.join(DIR, 'README.md'), 'utf8');
    for (const c of cases) expect(readme, c).toContain(`\`${c}\``);
  });

  it.each(cases)('%s', (name) => {
    const dir = path.join(DIR, name);
    const text = readFileSync(path.join(dir, 'input.txt'), 'utf8');
    const contextFile = path.join(dir, 'context.json');
    const metadata: Metadata = existsSync(contextFile) ? (JSON.parse(readFileSync(contextFile, 'utf8')) as { metadata: Metadata }).metadata : {};
    const metrics = extract(text, metadata);
    for (const m of metrics) expect(text.slice(m.span[0], m.span[1])).toBe(m.raw);
    const got = metrics.map(project);
    const expectedFile = path.join(dir, 'expected.json');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
    expect(existsSync(expectedFile), `${expectedFile} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
