import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { jsonError } from '@/lib/api/responses';
import { openImageData, prepareDownload, rangeFor, upstreamRefusal, type DownloadRequest, type PreparedDownload } from '@/lib/data/image-download';

type Params = { params: Promise<{ imageId: string }> };

// Next 16 drops Content-Length from every route-handler response (server/send-response.js strips it,
// in case a body was decoded); Content-Range, ETag and Accept-Ranges still let clients resume.
const PASS_THROUGH = ['content-range'] as const;

async function prepare(request: Request, params: Params['params']): Promise<{ req: DownloadRequest; prepared: PreparedDownload } | Response> {
  const req: DownloadRequest = { headers: Object.fromEntries(request.headers), imageId: (await params).imageId };
  const prepared = await prepareDownload(req);
  if ('message' in prepared) return jsonError(prepared.status, prepared.message);
  return { req, prepared };
}

/**
 * GET the image data streamed from Glance (never buffered: constant memory for any size), with
 * one byte range (206 + Content-Range) for resuming and a safe attachment file name.
 */
export async function GET(request: Request, { params }: Params) {
  const ready = await prepare(request, params);
  if (ready instanceof Response) return ready;
  const { req, prepared } = ready;
  let upstream: Dispatcher.ResponseData;
  try {
    // the browser going away aborts the request to Glance too
    upstream = await openImageData(prepared, rangeFor(req, prepared.image), request.signal);
  } catch {
    return jsonError(503, 'The image service (Glance) is not answering right now. Try again in a moment.');
  }
  const headers = new Headers(prepared.headers);
  if (upstream.statusCode === 416) {
    await upstream.body.dump();
    headers.set('content-range', `bytes */${prepared.image.size ?? '*'}`);
    return new Response(null, { status: 416, headers });
  }
  if (upstream.statusCode >= 300 || upstream.statusCode === 204) {
    const refusal = await upstreamRefusal(upstream);
    return jsonError(refusal.status, refusal.message);
  }
  for (const name of PASS_THROUGH) {
    const value = upstream.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Response(Readable.toWeb(upstream.body) as ReadableStream<Uint8Array>, { status: upstream.statusCode, headers });
}

/** The same checks and headers without the data (download managers ask first). */
export async function HEAD(request: Request, { params }: Params) {
  const ready = await prepare(request, params);
  if (ready instanceof Response) return new Response(null, { status: ready.status, headers: ready.headers });
  return new Response(null, { status: 200, headers: ready.prepared.headers });
}
