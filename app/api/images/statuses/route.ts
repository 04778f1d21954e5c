import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getImagesByIds } from '@/lib/data/images';
import { glanceContextOf } from '@/lib/data/glance-context';
import { imageIdSchema } from '@/lib/glance/schemas';
import { getSession } from '@/lib/session';
import { jsonError, unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';

const idsSchema = z.array(imageIdSchema).min(1).max(100);

/**
 * Current records of the list's images that are still changing (?ids=a,b,…): one Glance call
 * for the whole page, however many rows are queued or importing.
 */
export async function GET(request: NextRequest) {
  const session = await getSession();
  if (!session) return unauthenticated('GET /api/images/statuses');
  const ids = idsSchema.safeParse(request.nextUrl.searchParams.get('ids')?.split(',') ?? []);
  if (!ids.success) return jsonError(400, 'Give 1 to 100 image IDs as ?ids=a,b,c.');
  try {
    const images = await getImagesByIds(glanceContextOf(session), [...new Set(ids.data)]);
    return NextResponse.json({ images }, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}
