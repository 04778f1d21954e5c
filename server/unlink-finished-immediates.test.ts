import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { unlinkFinishedImmediates } from './unlink-finished-immediates.mjs';

unlinkFinishedImmediates();

/** Node's list links on an Immediate (internal, what the patch clears). */
type Linked = NodeJS.Immediate & { _idleNext: unknown; _idlePrev: unknown };

const ranAll = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('unlinkFinishedImmediates', () => {
  it('runs the callbacks in order, with their arguments', async () => {
    const seen: string[] = [];
    setImmediate((a: string, b: string) => seen.push(a + b), 'a', '1');
    setImmediate(() => seen.push('b'));
    setImmediate(() => seen.push('c'));
    await ranAll();
    expect(seen).toEqual(['a1', 'b', 'c']);
  });

  it('leaves no finished Immediate linked to another', async () => {
    const batch = [setImmediate(() => {}), setImmediate(() => {}), setImmediate(() => {})] as Linked[];
    await ranAll();
    for (const immediate of batch) {
      expect(immediate._idleNext).toBeNull();
      expect(immediate._idlePrev).toBeNull();
    }
  });

  it('still skips an Immediate cleared by an earlier callback of the same batch', async () => {
    const seen: string[] = [];
    setImmediate(() => {
      seen.push('first');
      clearImmediate(second);
    });
    const second = setImmediate(() => seen.push('second'));
    setImmediate(() => seen.push('third'));
    await ranAll();
    expect(seen).toEqual(['first', 'third']);
  });

  it('keeps the promise form and can be installed twice', async () => {
    const patched = globalThis.setImmediate;
    unlinkFinishedImmediates();
    expect(globalThis.setImmediate).toBe(patched);
    await expect(promisify(setImmediate)('value')).resolves.toBe('value');
    expect(setImmediate(() => {}).hasRef()).toBe(true);
  });
});
