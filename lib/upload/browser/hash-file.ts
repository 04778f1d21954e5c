import { Md5 } from './md5';
import { Sha512 } from './sha512';
import { HASH_CHUNK_BYTES, type FileHashes, type HashWorkerMessage } from './hash-protocol';

export type { FileHashes };

/**
 * MD5 and SHA-512 of a file, read in chunks, in a Web Worker. Falls back to the page's thread
 * (yielding between chunks) where workers cannot start.
 */
export function hashFile(file: Blob, onProgress: (bytes: number) => void, signal: AbortSignal): Promise<FileHashes> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module', name: 'iris-hash' });
  } catch {
    return hashOnMainThread(file, onProgress, signal);
  }
  return new Promise<FileHashes>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(signal.reason ?? new DOMException('Hashing stopped', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = ({ data }: MessageEvent<HashWorkerMessage>) => {
      if (data.type === 'progress') return onProgress(data.bytes);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if (data.type === 'done') resolve({ md5: data.md5, sha512: data.sha512, engine: 'worker' });
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      signal.removeEventListener('abort', stop);
      worker.terminate();
      // a worker refused by the browser (policy, old engine): hash here instead
      hashOnMainThread(file, onProgress, signal).then(resolve, reject);
    };
    worker.postMessage({ file });
  });
}

async function hashOnMainThread(file: Blob, onProgress: (bytes: number) => void, signal: AbortSignal): Promise<FileHashes> {
  const md5 = new Md5();
  const sha512 = new Sha512();
  const chunkBytes = HASH_CHUNK_BYTES / 4;
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    signal.throwIfAborted();
    const chunk = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    md5.update(chunk);
    sha512.update(chunk);
    onProgress(Math.min(file.size, offset + chunkBytes));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { md5: md5.digest(), sha512: sha512.digest(), engine: 'page' };
}
