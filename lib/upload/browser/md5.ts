// Incremental MD5 (RFC 1321). WebCrypto has no MD5 and no incremental digest, and Glance's
// `checksum` is MD5, so the browser needs its own to compare a many-GB file chunk by chunk.

import { BlockHash } from './block-hash';

const S = Uint8Array.from([7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]);
const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);
const G = Uint8Array.from({ length: 64 }, (_, i) => (i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16));

export class Md5 extends BlockHash {
  private readonly state = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  private readonly words = new Int32Array(16);

  constructor() {
    super(64);
  }

  /** Hex digest; the instance must not be updated afterwards. */
  digest(): string {
    const bits = this.total * 8;
    const pad = new Uint8Array((this.blockLength < 56 ? 56 : 120) - this.blockLength + 8);
    pad[0] = 0x80;
    const view = new DataView(pad.buffer);
    view.setUint32(pad.length - 8, bits >>> 0, true);
    view.setUint32(pad.length - 4, Math.floor(bits / 2 ** 32), true);
    const total = this.total;
    this.update(pad);
    this.total = total;
    let hex = '';
    for (const word of this.state) for (let i = 0; i < 4; i++) hex += ((word >>> (8 * i)) & 0xff).toString(16).padStart(2, '0');
    return hex;
  }

  protected compress(data: Uint8Array, offset: number) {
    const w = this.words;
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = data[j]! | (data[j + 1]! << 8) | (data[j + 2]! << 16) | (data[j + 3]! << 24);
    }
    const s = this.state;
    let a = s[0]!, b = s[1]!, c = s[2]!, d = s[3]!;
    // Four rounds of 16 steps; separate loops keep each round's function monomorphic for the JIT.
    for (let i = 0; i < 16; i++) {
      const f = (b & c) | (~b & d);
      const t = d;
      d = c;
      c = b;
      b = step(a + f + K[i]! + w[i]!, S[i]!, b);
      a = t;
    }
    for (let i = 16; i < 32; i++) {
      const f = (d & b) | (~d & c);
      const t = d;
      d = c;
      c = b;
      b = step(a + f + K[i]! + w[G[i]!]!, S[i]!, b);
      a = t;
    }
    for (let i = 32; i < 48; i++) {
      const f = b ^ c ^ d;
      const t = d;
      d = c;
      c = b;
      b = step(a + f + K[i]! + w[G[i]!]!, S[i]!, b);
      a = t;
    }
    for (let i = 48; i < 64; i++) {
      const f = c ^ (b | ~d);
      const t = d;
      d = c;
      c = b;
      b = step(a + f + K[i]! + w[G[i]!]!, S[i]!, b);
      a = t;
    }
    s[0] = (s[0]! + a) | 0;
    s[1] = (s[1]! + b) | 0;
    s[2] = (s[2]! + c) | 0;
    s[3] = (s[3]! + d) | 0;
  }
}

function step(sum: number, shift: number, b: number): number {
  const x = sum | 0;
  return (b + ((x << shift) | (x >>> (32 - shift)))) | 0;
}
