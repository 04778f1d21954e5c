import 'server-only';
import type { NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/responses';
import { env } from '@/lib/env';
import { processWide } from '@/lib/process-wide';
import type { Session } from '@/lib/session/schema';
import { UploadSlots, waitReason } from './upload-slots';

/** Seconds the browser waits before asking again for a slot. */
export const UPLOAD_RETRY_AFTER_S = 5;

const slots = () => processWide('upload.slots', () => new UploadSlots(env().UPLOADS_PER_USER, env().UPLOADS_TOTAL));

/** The 429 that tells the browser why its upload must wait and when to ask again. */
function mustWait(refusal: Parameters<typeof waitReason>[0]): NextResponse {
  const response = jsonError(429, waitReason(refusal), { code: 'busy', retryAfter: UPLOAD_RETRY_AFTER_S });
  response.headers.set('retry-after', String(UPLOAD_RETRY_AFTER_S));
  return response;
}

/** A slot for one upload within this process's budget (UPLOADS_PER_USER, UPLOADS_TOTAL), or the 429 to answer. */
export function admitUpload(session: Session): { ok: true; release: () => void } | { ok: false; response: NextResponse } {
  const admission = slots().acquire(session.user.id);
  return admission.ok ? admission : { ok: false, response: mustWait(admission) };
}

/** Would an upload of this user start now? The 429 to answer when not; nothing is taken. */
export function uploadSlotRefusal(session: Session): NextResponse | undefined {
  const refusal = slots().full(session.user.id);
  return refusal && mustWait(refusal);
}
