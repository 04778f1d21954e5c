import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { request as undiciRequest, type Dispatcher } from 'undici';
import { getImage } from '@/lib/glance/client';
import type { Image } from '@/lib/glance/schemas';
import { agents } from '@/lib/openstack/agents';
import { buildUrl } from '@/lib/openstack/http';
import type { Session } from '@/lib/session/schema';
import type { UploadTarget } from '@/lib/upload/server/request-checks';
import { glanceContextOf } from './glance-context';

/**
 * PUT the request body to `/v2/images/{id}/file` (or `/stage` for glance-direct) chunk by chunk,
 * never buffering it: undici.request with a Node stream (fetch would hold the whole body). The
 * caller reads Glance's answer.
 */
export function sendImageData(
  session: Session,
  id: string,
  upload: { bytes: number; target: UploadTarget; store?: string },
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
): Promise<Dispatcher.ResponseData> {
  return undiciRequest(buildUrl(session.glanceUrl, `/v2/images/${encodeURIComponent(id)}/${upload.target}`), {
    method: 'PUT',
    dispatcher: agents().uploads,
    body: Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>),
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(upload.bytes),
      'x-auth-token': session.token,
      accept: 'application/json',
      // multi-store: the store chosen at create (checked by uploadStoreProblem), else Glance's default;
      // a staged upload has no store yet: the import names it (importStagedImage)
      ...(upload.store && upload.target === 'file' ? { 'x-image-meta-store': upload.store } : {}),
    },
    // the browser cancelled or went away: stop feeding Glance, which puts the image back to queued
    signal,
  });
}

/** The image record as this session sees it now. */
export function readImage(session: Session, id: string): Promise<Image> {
  return getImage(glanceContextOf(session), id);
}
