'use client';

import { useCallback, useRef, useState } from 'react';
import { imageSchema, type Image } from '@/lib/glance/schemas';
import { UPLOAD_STORE_PARAM } from '@/lib/images/stores';
import { TransferMeter, type TransferStats } from './transfer-meter';
import { putFileWithProgress, type UploadResponse } from './xhr-upload';

export type UploadVia = 'file' | 'glance-direct';

/** Asks Iris to import a staged image (glance-direct's second step): a server action behind it. */
export type ImportRequest = (imageId: string, target: UploadTarget) => Promise<{ ok: true; stagedBytes?: number } | { ok: false; message: string }>;

/** How a file goes to Glance: the plain PUT (default), or staged then imported (glance-direct). */
export interface UploadMethod {
  via: 'glance-direct';
  requestImport: ImportRequest;
}

export type UploadState =
  | { phase: 'idle' }
  /** Iris's upload budget is full; the upload asks again after `retryAfter` seconds. */
  | { phase: 'waiting'; message: string; retryAfter: number }
  | { phase: 'uploading'; stats: TransferStats }
  /** glance-direct: the file is staged; Iris is asking Glance to import it */
  | { phase: 'importing'; seconds: number }
  /** `stagedBytes`: glance-direct, the size Glance recorded at staging (what it received) */
  | { phase: 'done'; image?: Image; seconds: number; via: UploadVia; stagedBytes?: number }
  /** `step: 'import'`: the file is staged but Glance would not import it (retry the import, not the upload) */
  | { phase: 'failed'; message: string; status?: number; step?: 'import'; seconds?: number }
  | { phase: 'cancelled' };

const PROGRESS_EVERY_MS = 150;
/** Re-read the figures this often even when no progress event comes, so a stall shows. */
const TICK_MS = 1_000;

type ErrorBody = { error?: { message?: unknown; code?: unknown; retryAfter?: unknown } } | undefined;

function errorMessage(status: number, body: unknown): string {
  const message = (body as ErrorBody)?.error?.message;
  if (typeof message === 'string' && message) return message;
  return `The upload failed (HTTP ${status}).`;
}

function outcomeOf({ status, body }: UploadResponse, seconds: number, via: UploadVia): UploadState {
  if (status >= 400) return { phase: 'failed', message: errorMessage(status, body), status };
  const image = imageSchema.safeParse((body as { image?: unknown } | undefined)?.image);
  return { phase: 'done', image: image.success ? image.data : undefined, seconds, via };
}

/** Where the data goes on a multi-store cloud (lib/images/stores.ts); the default store without it. */
export interface UploadTarget {
  store?: string;
}

/** `?via=glance-direct` stages the file; `?store=` names the store of a plain upload (or of the import that follows). */
function uploadUrl(imageId: string, via: UploadVia = 'file', { store }: UploadTarget = {}) {
  const query = new URLSearchParams();
  if (via === 'glance-direct') query.set('via', 'glance-direct');
  if (store) query.set(UPLOAD_STORE_PARAM, store);
  const search = query.size ? `?${query}` : '';
  return `/api/uploads/${encodeURIComponent(imageId)}${search}`;
}

/** Iris's upload budget is full: seconds to wait before asking again, or undefined for any other answer. */
function waitSeconds({ status, body }: UploadResponse): number | undefined {
  const error = (body as ErrorBody)?.error;
  if (status !== 429 || error?.code !== 'busy') return undefined;
  return typeof error.retryAfter === 'number' && error.retryAfter > 0 ? error.retryAfter : 5;
}

/** Ask until a slot is free (without sending the file); the waiting state follows each answer. */
async function waitForSlot(url: string, waiting: Extract<UploadState, { phase: 'waiting' }>, signal: AbortSignal, show: (state: UploadState) => void) {
  for (let current = waiting; !signal.aborted; ) {
    await pause(current.retryAfter * 1000, signal);
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal }).catch(() => undefined);
    if (!response) return;
    const answer = { status: response.status, body: await response.json().catch(() => undefined) };
    const wait = waitSeconds(answer);
    // free, or an answer the upload itself will explain (signed out, …)
    if (wait === undefined) return;
    current = { phase: 'waiting', message: errorMessage(answer.status, answer.body), retryAfter: wait };
    show(current);
  }
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Upload a File to Iris's streaming route with progress, speed, time left, stalls, waiting for a
 * slot, and cancel; with glance-direct (`method`), to Glance's staging area, then ask for the import.
 */
export function useImageUpload(method?: UploadMethod) {
  const via: UploadVia = method?.via ?? 'file';
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  // a retry (start without a target) goes where the first attempt for that image went
  const lastTarget = useRef<{ imageId: string; target: UploadTarget } | undefined>(undefined);

  const send = useCallback(async (imageId: string, file: File, target: UploadTarget, abort: AbortController): Promise<UploadState> => {
    const meter = new TransferMeter(file.size);
    const startedAt = performance.now();
    let shownAt = 0;
    let loaded = 0;
    const show = (force: boolean) => {
      const now = performance.now();
      const stats = meter.sample(loaded, now);
      if (!force && now - shownAt < PROGRESS_EVERY_MS && loaded < file.size) return;
      shownAt = now;
      if (controller.current === abort) setState({ phase: 'uploading', stats });
    };
    show(true);
    const ticker = setInterval(() => show(true), TICK_MS);
    try {
      const onProgress = (bytes: number) => ((loaded = bytes), show(false));
      const response = await putFileWithProgress(uploadUrl(imageId, via, target), file, { signal: abort.signal, onProgress });
      const wait = waitSeconds(response);
      if (wait !== undefined) return { phase: 'waiting', message: errorMessage(response.status, response.body), retryAfter: wait };
      return outcomeOf(response, (performance.now() - startedAt) / 1000, via);
    } finally {
      clearInterval(ticker);
    }
  }, [via]);

  /** glance-direct's second step, also on its own (Retry import): the staged file is not sent again. */
  const requestImport = useCallback(
    async (imageId: string, staged: Extract<UploadState, { phase: 'done' }> | { seconds: number }, target: UploadTarget, abort: AbortController): Promise<UploadState> => {
      if (!method) return { phase: 'done', seconds: staged.seconds, via };
      const show = (state: UploadState) => controller.current === abort && setState(state);
      show({ phase: 'importing', seconds: staged.seconds });
      const answer = await method.requestImport(imageId, target).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }));
      if (!answer.ok) return { phase: 'failed', message: answer.message, step: 'import', seconds: staged.seconds };
      return { phase: 'done', seconds: staged.seconds, via, stagedBytes: answer.stagedBytes };
    },
    [method, via],
  );

  const start = useCallback(
    async (imageId: string, file: File, given?: UploadTarget): Promise<UploadState> => {
      const target = given ?? (lastTarget.current?.imageId === imageId ? lastTarget.current.target : {});
      lastTarget.current = { imageId, target };
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      let next: UploadState;
      for (;;) {
        next = await send(imageId, file, target, abort).catch(
          (error: unknown): UploadState =>
            abort.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed', message: error instanceof Error ? error.message : String(error) },
        );
        if (next.phase === 'done' && method) next = await requestImport(imageId, next, target, abort);
        if (next.phase !== 'waiting' || abort.signal.aborted) break;
        // the budget was full: say why, and send the file again only once a slot is free
        const show = (state: UploadState) => controller.current === abort && setState(state);
        show(next);
        await waitForSlot(uploadUrl(imageId), next, abort.signal, show);
        if (abort.signal.aborted) return { phase: 'cancelled' };
      }
      if (controller.current === abort) setState(next);
      return next;
    },
    [send, method, requestImport],
  );

  const retryImport = useCallback(
    async (imageId: string, seconds: number) => {
      const abort = new AbortController();
      controller.current = abort;
      const target = lastTarget.current?.imageId === imageId ? lastTarget.current.target : {};
      const next = await requestImport(imageId, { seconds }, target, abort);
      if (controller.current === abort) setState(next);
      return next;
    },
    [requestImport],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ phase: 'cancelled' });
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel, reset, retryImport, via };
}
