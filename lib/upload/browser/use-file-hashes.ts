'use client';

import { useEffect, useState } from 'react';
import { hashFile, type FileHashes } from './hash-file';

export type HashState =
  | { status: 'none' }
  | { status: 'hashing'; bytes: number; total: number }
  | ({ status: 'done' } & FileHashes)
  | { status: 'error'; message: string };

/** MD5 + SHA-512 of the chosen file, computed in a worker as soon as it is chosen. */
export function useFileHashes(file: File | undefined): HashState {
  const [state, setState] = useState<{ file: File; hash: HashState } | undefined>();

  useEffect(() => {
    if (!file) return;
    const controller = new AbortController();
    let lastReport = 0;
    const onProgress = (bytes: number) => {
      // a progress event per 4 MiB chunk is plenty; re-render at most ~8 times a second
      const now = performance.now();
      if (now - lastReport < 120 && bytes < file.size) return;
      lastReport = now;
      setState({ file, hash: { status: 'hashing', bytes, total: file.size } });
    };
    hashFile(file, onProgress, controller.signal).then(
      (hashes) => setState({ file, hash: { status: 'done', ...hashes } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ file, hash: { status: 'error', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
  }, [file]);

  if (!file) return { status: 'none' };
  // a new file starts at 0 until the worker reports
  return state?.file === file ? state.hash : { status: 'hashing', bytes: 0, total: file.size };
}
