/**
 * The buffering every Merkle–Damgård hash shares (MD5, SHA-512): whole blocks go to `compress`
 * straight from the caller's chunk, a partial block waits for the next `update`.
 */
export abstract class BlockHash {
  protected readonly block: Uint8Array;
  protected blockLength = 0;
  protected total = 0;

  protected constructor(private readonly blockSize: number) {
    this.block = new Uint8Array(blockSize);
  }

  protected abstract compress(data: Uint8Array, offset: number): void;

  update(data: Uint8Array): this {
    const size = this.blockSize;
    let offset = 0;
    this.total += data.length;
    if (this.blockLength > 0) {
      const take = Math.min(size - this.blockLength, data.length);
      this.block.set(data.subarray(0, take), this.blockLength);
      this.blockLength += take;
      offset = take;
      if (this.blockLength < size) return this;
      this.compress(this.block, 0);
      this.blockLength = 0;
    }
    for (; offset + size <= data.length; offset += size) this.compress(data, offset);
    this.block.set(data.subarray(offset), 0);
    this.blockLength = data.length - offset;
    return this;
  }
}
