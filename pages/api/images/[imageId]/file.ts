import { pipeline } from 'node:stream/promises';
import type { NextApiRequest, NextApiResponse } from 'next';
import type { Dispatcher } from 'undici';
import { openImageData, prepareDownload, rangeFor, upstreamRefusal } from '@/lib/data/image-download';
import { env } from '@/lib/env';
import { dataEtag } from '@/lib/images/download';
import { NGINX_SECRET_HEADER, askedByNginx, nginxDownloadHeaders } from '@/lib/nginx/byte-path';

// A Pages API route, not an App Router route handler: Next 16 strips Content-Length from every
// route-handler response, and a download without it shows no size and no progress. Here the
// Node response is ours, so Glance's Content-Length (and Content-Range) pass through.
export const config = { api: { bodyParser: false, responseLimit: false } };

const PASS_THROUGH = ['content-length', 'content-range'] as const;

function refuse(res: NextApiResponse, status: number, message: string) {
  res.setHeader('cache-control', 'no-store');
  res.status(status).json({ error: { message } });
}

/**
 * GET (and HEAD) the image data streamed from Glance, never buffered: constant memory for any
 * size, one byte range (206 + Content-Range) for resuming, and a safe attachment file name.
 */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return refuse(res, 405, 'Only GET and HEAD are allowed here.');
  }
  const download = { headers: req.headers, imageId: req.query.imageId };
  const prepared = await prepareDownload(download);
  if ('message' in prepared) return refuse(res, prepared.status, prepared.message);
  for (const [name, value] of Object.entries(prepared.headers)) res.setHeader(name, value);
  if (req.method === 'HEAD') {
    if (prepared.image.size != null) res.setHeader('content-length', String(prepared.image.size));
    return res.status(200).end();
  }
  // behind nginx on its byte path: nginx fetches the bytes from Glance itself (X-Accel-Redirect)
  if (askedByNginx(req.headers[NGINX_SECRET_HEADER], env().IRIS_NGINX_SECRET)) {
    const { image, session } = prepared;
    const handOver = { imageId: image.id, token: session.token, range: rangeFor(download, image), etag: dataEtag(image), size: image.size };
    for (const [name, value] of Object.entries(nginxDownloadHeaders(handOver))) res.setHeader(name, value);
    return res.status(200).end();
  }

  // the browser going away aborts the request to Glance too
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  let upstream: Dispatcher.ResponseData;
  try {
    upstream = await openImageData(prepared, rangeFor(download, prepared.image), abort.signal);
  } catch {
    return refuse(res, 503, 'The image service (Glance) is not answering right now. Try again in a moment.');
  }
  if (upstream.statusCode === 416) {
    await upstream.body.dump();
    res.setHeader('content-range', `bytes */${prepared.image.size ?? '*'}`);
    return res.status(416).end();
  }
  if (upstream.statusCode >= 300 || upstream.statusCode === 204) {
    const refusal = await upstreamRefusal(upstream);
    return refuse(res, refusal.status, refusal.message);
  }
  for (const name of PASS_THROUGH) {
    const value = upstream.headers[name];
    if (typeof value === 'string') res.setHeader(name, value);
  }
  res.status(upstream.statusCode);
  await pipeline(upstream.body, res).catch(() => {
    // the client went away mid-download: the abort above already stopped Glance
  });
}
