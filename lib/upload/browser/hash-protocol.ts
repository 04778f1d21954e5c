export const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

export interface FileHashes {
  md5: string;
  sha512: string;
  /** Where the hashing ran: a Web Worker, or the page itself when workers cannot start. */
  engine?: 'worker' | 'page';
}

export type HashWorkerMessage =
  | { type: 'progress'; bytes: number }
  | ({ type: 'done' } & FileHashes)
  | { type: 'error'; message: string };
