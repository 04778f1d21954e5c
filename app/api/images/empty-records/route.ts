import { listEmptyRecords } from '@/lib/data/images';
import { glanceContextOf } from '@/lib/data/glance-context';
import { sessionRoute } from '@/lib/api/route';
import { privateJson } from '@/lib/api/responses';

/**
 * The project's images without data (the Project tab's panel). Fetched by the browser after the
 * page, so the list's own Glance call never waits behind this one.
 */
export const GET = sessionRoute('GET /api/images/empty-records', async ({ session }) =>
  privateJson(await listEmptyRecords(glanceContextOf(session), session)),
);
