import { describe, expect, it } from 'vitest';
import { dataPackage, toDataPackageJson } from '../../src/format/datapackage.js';
import { TABLES } from '../../src/format/tables.js';
import { Document } from '../../src/schema/records.js';
import { sampleDocument } from '../helpers.js';

const TOOL = { name: 'customs-extract', version: '1.2.3', rulesHash: `sha256:${'f'.repeat(64)}` };

describe('dataPackage', () => {
  it('has a tabular resource per table, its fields as declared, and the tool stamp', () => {
    const pkg = dataPackage(TOOL, { excel: false, encoding: null });
    expect(pkg.customs_extract).toEqual({ ...TOOL, excel: false, encoding: null });
    const tabular = pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(tabular.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const [i, r] of tabular.entries()) {
      if (r.profile !== 'tabular-data-resource') continue;
      expect(r.schema.fields.map((f) => [f.name, f.type])).toEqual(TABLES[i]!.fields.map((f) => [f.name, f.type]));
    }
  });

  it('types the four date columns as date, and only them (issue 16: typed tools read them as dates)', () => {
    const documents = dataPackage(TOOL, { excel: false, encoding: null }).resources.find((r) => r.name === 'documents');
    const fields = documents && documents.profile === 'tabular-data-resource' ? documents.schema.fields : [];
    expect(fields.filter((f) => f.type === 'date').map((f) => f.name)).toEqual(['pageDate', 'publishDate', 'effectiveDate', 'expiryDate']);
  });

  it('declares the allowed values of enumerated fields from the zod enums', () => {
    const pkg = dataPackage(TOOL, { excel: false, encoding: null });
    const metrics = pkg.resources.find((r) => r.name === 'metrics');
    if (metrics?.profile !== 'tabular-data-resource') throw new Error('no metrics resource');
    const qualifier = metrics.schema.fields.find((f) => f.name === 'qualifier');
    expect(qualifier?.constraints).toEqual({ required: true, enum: ['exact', 'approx', 'atLeast', 'atMost', 'range'] });
    expect(metrics.schema.fields.find((f) => f.name === 'basis')?.constraints).toEqual({ enum: ['yoy', 'pop'] });
  });

  it('is the same bytes every time (no timestamps)', () => {
    expect(toDataPackageJson(dataPackage(TOOL, { excel: true, encoding: null }))).toBe(toDataPackageJson(dataPackage(TOOL, { excel: true, encoding: null })));
  });

  it('declares required only for fields that the document schema never leaves empty', () => {
    // a document with every nullable field null still fills every required cell
    const doc = Document.parse(sampleDocument());
    const sparse = {
      ...doc,
      title: null,
      metadata: {},
      sections: doc.sections.map((s) => ({ ...s, marker: null, number: null, parent: null })),
      columns: doc.columns.map((c) => ({ ...c, number: null, section: null, table: null })),
      metrics: doc.metrics.map((m) => ({ ...m, unit: null, unitNormal: null, valueMax: null, change: null, direction: null, basis: null, from: null, label: null, section: null, column: null, period: null })),
    };
    for (const table of TABLES) {
      for (const row of table.cells(sparse)) {
        table.fields.forEach((f, i) => {
          if (f.required) expect(row[i], `${table.name}.${f.name}`).not.toBeNull();
        });
      }
    }
  });
});
