import type { NextApiRequest, NextApiResponse } from 'next';
import { uploadToGlance } from '@/lib/upload/upload-to-glance';

// A Pages API route, not an App Router route handler: here the body is the Node request stream
// itself, piped to Glance as it arrives. A route handler only offers a web ReadableStream, and
// converting it chunk by chunk kept one core busy at ~150 MiB/s (docs/benchmarks.md).
// Outside proxy.ts's matcher: proxy.ts would cut the body at 10 MB.
export const config = { api: { bodyParser: false, responseLimit: false } };

function headersOf(req: NextApiRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'PUT') {
    res.setHeader('allow', 'PUT');
    return res.status(405).json({ error: { message: 'Uploads use PUT.' } });
  }
  // the browser cancelled or went away before the answer: stop feeding Glance
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const answer = await uploadToGlance({ headers: headersOf(req), imageId: req.query.imageId, body: req, signal: abort.signal });
  res.status(answer.status);
  answer.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await answer.arrayBuffer()));
}
