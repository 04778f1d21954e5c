import 'server-only';
import { Agent } from 'undici';
import { env } from '@/lib/env';
import { processWide } from '@/lib/process-wide';

/**
 * Three keep-alive pools, so long transfers never take the connections page renders and API
 * calls need: JSON calls, uploads (one connection per admitted upload, see upload-slots.ts) and
 * downloads. Idle connections close after OPENSTACK_KEEPALIVE_MS, before the upstream closes
 * them itself: a request written on a connection the server is closing fails ("other side closed").
 *
 * And `fresh`: a new connection per call, closed after the answer, for answers bigger than a
 * server's write buffer (Glance's image lists). Glance's eventlet server sends the headers of such
 * an answer alone, then the body; with Nagle on its side and delayed ACKs on a reused connection
 * here, the body waited ~40 ms for the ACK of the headers (the Project tab at 10,000 records: 110 ms
 * a page on kept-alive connections, 68 ms on fresh ones; docs/benchmarks.md, issue 19). A new
 * connection acknowledges at once, as curl's does.
 */
function create() {
  const { OPENSTACK_KEEPALIVE_MS: keepAliveTimeout, UPLOADS_TOTAL } = env();
  return {
    api: new Agent({ keepAliveTimeout, connections: 64 }),
    fresh: new Agent({ pipelining: 0, connections: 64 }),
    // Glance answers an upload only after its last byte is stored: 5 min for a slow store to finish
    // (undici restarts that clock for every chunk sent)
    uploads: new Agent({ keepAliveTimeout, connections: UPLOADS_TOTAL, headersTimeout: 300_000, bodyTimeout: 300_000 }),
    downloads: new Agent({ keepAliveTimeout, connections: 64 }),
  };
}

export function agents() {
  return processWide('openstack.agents', create);
}
