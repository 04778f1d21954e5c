import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Md5 } from './md5';
import { Sha512 } from './sha512';

const reference = (algo: string, data: Uint8Array) => createHash(algo).update(data).digest('hex');

describe.each([
  ['md5', () => new Md5()],
  ['sha512', () => new Sha512()],
] as const)('%s', (algo, make) => {
  it('matches the RFC/FIPS vectors', () => {
    const vectors: Record<string, Record<string, string>> = {
      md5: { '': 'd41d8cd98f00b204e9800998ecf8427e', abc: '900150983cd24fb0d6963f7d28e17f72' },
      sha512: {
        '': 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
        abc: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
      },
    };
    for (const [input, hex] of Object.entries(vectors[algo]!)) expect(make().update(new TextEncoder().encode(input)).digest()).toBe(hex);
  });

  it('matches node:crypto at every length around block and padding boundaries', () => {
    const data = randomBytes(300);
    for (let length = 0; length <= 300; length++) {
      expect(make().update(data.subarray(0, length)).digest(), `length ${length}`).toBe(reference(algo, data.subarray(0, length)));
    }
  });

  it('gives the same digest however the input is split into chunks', () => {
    const data = randomBytes(1_000_003);
    const expected = reference(algo, data);
    for (const chunk of [1, 7, 63, 64, 127, 128, 129, 65_536, 1 << 20]) {
      const hash = make();
      for (let offset = 0; offset < data.length; offset += chunk) hash.update(data.subarray(offset, offset + chunk));
      expect(hash.digest(), `chunk ${chunk}`).toBe(expected);
    }
  });
});
