// Web Worker: hashes a File chunk by chunk so a many-GB file never sits in memory and the page
// stays responsive. Started by hash-file.ts.
import { Md5 } from './md5';
import { Sha512 } from './sha512';
import { HASH_CHUNK_BYTES, type HashWorkerMessage } from './hash-protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<{ file: Blob }>) => void) | null; postMessage(message: HashWorkerMessage): void };

scope.onmessage = async ({ data: { file } }) => {
  try {
    const md5 = new Md5();
    const sha512 = new Sha512();
    for (let offset = 0; offset < file.size; offset += HASH_CHUNK_BYTES) {
      const chunk = new Uint8Array(await file.slice(offset, offset + HASH_CHUNK_BYTES).arrayBuffer());
      md5.update(chunk);
      sha512.update(chunk);
      scope.postMessage({ type: 'progress', bytes: Math.min(file.size, offset + HASH_CHUNK_BYTES) });
    }
    scope.postMessage({ type: 'done', md5: md5.digest(), sha512: sha512.digest() });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
