import 'server-only';
import { Agent } from 'undici';
import { env } from '@/lib/env';
import { processWide } from '@/lib/process-wide';

/**
 * Three keep-alive pools, so long transfers never take the connections page renders and API
 * calls need: JSON calls, uploads (one connection per admitted upload, see upload-slots.ts) and
 * downloads. Idle connections close after OPENSTACK_KEEPALIVE_MS, before the upstream closes
 * them itself: a request written on a connection the server is closing fails ("other side closed").
 */
function create() {
  const { OPENSTACK_KEEPALIVE_MS: keepAliveTimeout, UPLOADS_TOTAL } = env();
  return {
    api: new Agent({ keepAliveTimeout, connections: 64 }),
    // Glance answers an upload only after its last byte is stored: 5 min for a slow store to finish
    // (undici restarts that clock for every chunk sent)
    uploads: new Agent({ keepAliveTimeout, connections: UPLOADS_TOTAL, headersTimeout: 300_000, bodyTimeout: 300_000 }),
    downloads: new Agent({ keepAliveTimeout, connections: 64 }),
  };
}

export function agents() {
  return processWide('openstack.agents', create);
}
