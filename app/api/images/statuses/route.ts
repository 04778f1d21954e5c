import { z } from 'zod';
import { getImagesByIds } from '@/lib/data/images';
import { glanceContextOf } from '@/lib/data/glance-context';
import { imageIdSchema } from '@/lib/glance/schemas';
import { sessionRoute } from '@/lib/api/route';
import { jsonError, privateJson } from '@/lib/api/responses';

const idsSchema = z.array(imageIdSchema).min(1).max(100);

/**
 * Current records of the list's images that are still changing (?ids=a,b,…): one Glance call
 * for the whole page, however many rows are queued or importing.
 */
export const GET = sessionRoute('GET /api/images/statuses', async ({ request, session }) => {
  const ids = idsSchema.safeParse(request.nextUrl.searchParams.get('ids')?.split(',') ?? []);
  if (!ids.success) return jsonError(400, 'Give 1 to 100 image IDs as ?ids=a,b,c.');
  const images = await getImagesByIds(glanceContextOf(session), [...new Set(ids.data)]);
  return privateJson({ images });
});
