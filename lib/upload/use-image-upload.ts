'use client';

import { useCallback, useRef, useState } from 'react';
import { imageSchema, type Image } from '@/lib/glance/schemas';
import { TransferMeter, type TransferStats } from './transfer-meter';
import { putFileWithProgress, type UploadResponse } from './xhr-upload';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; stats: TransferStats }
  | { phase: 'done'; image?: Image; seconds: number }
  | { phase: 'failed'; message: string; status?: number }
  | { phase: 'cancelled' };

const PROGRESS_EVERY_MS = 150;

function errorMessage(status: number, body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  if (typeof message === 'string' && message) return message;
  return `The upload failed (HTTP ${status}).`;
}

function outcomeOf({ status, body }: UploadResponse, seconds: number): UploadState {
  if (status >= 400) return { phase: 'failed', message: errorMessage(status, body), status };
  const image = imageSchema.safeParse((body as { image?: unknown } | undefined)?.image);
  return { phase: 'done', image: image.success ? image.data : undefined, seconds };
}

/** Upload a File to Iris's streaming route with progress, speed, time left and cancel. */
export function useImageUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);

  const start = useCallback(async (imageId: string, file: File): Promise<UploadState> => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const meter = new TransferMeter(file.size);
    const startedAt = performance.now();
    let shownAt = 0;
    setState({ phase: 'uploading', stats: meter.sample(0, performance.now()) });
    const onProgress = (loaded: number) => {
      const now = performance.now();
      const stats = meter.sample(loaded, now);
      if (now - shownAt < PROGRESS_EVERY_MS && loaded < file.size) return;
      shownAt = now;
      setState({ phase: 'uploading', stats });
    };
    const next = await putFileWithProgress(`/api/uploads/${encodeURIComponent(imageId)}`, file, { signal: abort.signal, onProgress }).then(
      (response) => outcomeOf(response, (performance.now() - startedAt) / 1000),
      (error: unknown): UploadState =>
        abort.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed', message: error instanceof Error ? error.message : String(error) },
    );
    if (controller.current === abort) setState(next);
    return next;
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ phase: 'cancelled' });
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
