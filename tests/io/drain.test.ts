import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { whenDrained } from '../../src/io/drain.js';

describe('whenDrained', () => {
  it('resolves at once when the stream is ready', async () => {
    const s = new PassThrough({ highWaterMark: 4 });
    await expect(whenDrained(s, () => true)).resolves.toBeUndefined();
  });

  it('waits for the drain, then lets go of its listeners', async () => {
    const s = new PassThrough({ highWaterMark: 4 });
    expect(s.write('0123456789')).toBe(false);
    let done = false;
    const waiting = whenDrained(s, () => false).then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    s.read(); // the reader takes the bytes: the stream drains
    await waiting;
    expect(done).toBe(true);
    expect(s.listenerCount('drain') + s.listenerCount('close') + s.listenerCount('error')).toBe(0);
  });

  it('resolves when the stream closes instead of draining (a closed pipe)', async () => {
    const s = new PassThrough({ highWaterMark: 4 });
    s.write('0123456789');
    const waiting = whenDrained(s, () => false);
    s.destroy();
    await expect(waiting).resolves.toBeUndefined();
  });
});
