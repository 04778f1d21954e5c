import 'server-only';
import type { NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/responses';
import { env } from '@/lib/env';
import { processWide } from '@/lib/process-wide';
import type { Session } from '@/lib/session/schema';
import { UploadSlots, waitReason } from './upload-slots';

/** Seconds the browser waits before asking again for a slot. */
export const UPLOAD_RETRY_AFTER_S = 5;

/**
 * A slot for one upload within this process's budget (UPLOADS_PER_USER, UPLOADS_TOTAL), or the
 * 429 that tells the browser why it must wait and when to ask again.
 */
export function admitUpload(session: Session): { ok: true; release: () => void } | { ok: false; response: NextResponse } {
  const slots = processWide('upload.slots', () => new UploadSlots(env().UPLOADS_PER_USER, env().UPLOADS_TOTAL));
  const admission = slots.acquire(session.user.id);
  if (admission.ok) return admission;
  const response = jsonError(429, waitReason(admission), { code: 'busy', retryAfter: UPLOAD_RETRY_AFTER_S });
  response.headers.set('retry-after', String(UPLOAD_RETRY_AFTER_S));
  return { ok: false, response };
}
