import { SNIFF_HEAD_BYTES, SNIFF_TAIL_BYTES, guessFormat, type FormatGuess } from './disk-format';

/** Read only the first and last bytes of a file and guess its format. */
export async function sniffFile(file: File): Promise<FormatGuess> {
  const [head, tail] = await Promise.all([
    file.slice(0, SNIFF_HEAD_BYTES).arrayBuffer(),
    file.slice(Math.max(0, file.size - SNIFF_TAIL_BYTES)).arrayBuffer(),
  ]);
  return guessFormat(file.name, file.size, new Uint8Array(head), new Uint8Array(tail));
}
