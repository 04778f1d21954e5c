import { getImage } from '@/lib/data/glance';
import { glanceContextOf } from '@/lib/data/glance-context';
import { imageRoute } from '@/lib/api/route';
import { privateJson } from '@/lib/api/responses';

/** One image as JSON, for client polling of live status (React Query). */
export const GET = imageRoute('GET /api/images/{id}', async ({ session, imageId }) => privateJson(await getImage(glanceContextOf(session), imageId)));
