// Options are checked once, into a second record; a bad value is reported and its default used.
import { describe, expect, it } from 'vitest';
import { failsOn, parseSize, validateOptions } from '../../src/cli.js';
import { DEFAULT_MAX_BYTES } from '../../src/io/read-inputs.js';

describe('validateOptions', () => {
  it('defaults: jobs = cores, 50 MB, no format (decided by the terminal)', () => {
    const { options, problems } = validateOptions({}, 8);
    expect(problems).toEqual([]);
    expect(options).toMatchObject({ jobs: 8, maxBytes: DEFAULT_MAX_BYTES, format: null, table: null, failOn: null, quiet: false, verbose: false });
  });

  it('--ndjson is --format ndjson, and conflicts with another --format', () => {
    expect(validateOptions({ ndjson: true }).options.format).toBe('ndjson');
    expect(validateOptions({ ndjson: true, format: 'csv' }).problems).toEqual(['--ndjson: conflicts with --format csv']);
  });

  it('bad values are problems, one line each, and fall back to defaults', () => {
    const { options, problems } = validateOptions({ format: 'xml', table: 'people', jobs: '0', maxBytes: 'huge', failOn: 'info', encoding: 'klingon', stdinName: '../x', quiet: true, verbose: true }, 4);
    expect(problems).toHaveLength(8);
    expect(options).toMatchObject({ format: null, table: null, jobs: 4, maxBytes: DEFAULT_MAX_BYTES, failOn: null, encoding: null, stdinName: null, quiet: false, verbose: true });
  });

  it('sizes', () => {
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('800k')).toBe(800 * 1024);
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('2GiB')).toBe(2 * 1024 ** 3);
    expect(parseSize('0')).toBeNull();
    expect(parseSize('-5')).toBeNull();
    expect(parseSize('5 bananas')).toBeNull();
  });
});

describe('--fail-on', () => {
  const warning = { code: 'x', severity: 'warning' as const, message: '' };
  const error = { code: 'y', severity: 'error' as const, message: '' };
  it('warning: any warning fails; error: only error-severity ones', () => {
    expect(failsOn({ warnings: [] }, 'warning')).toBe(false);
    expect(failsOn({ warnings: [warning] }, 'warning')).toBe(true);
    expect(failsOn({ warnings: [warning] }, 'error')).toBe(false);
    expect(failsOn({ warnings: [warning, error] }, 'error')).toBe(true);
    expect(failsOn({ warnings: [error] }, 'warning')).toBe(true);
  });
});
