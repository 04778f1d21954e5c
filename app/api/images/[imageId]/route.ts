import { NextResponse } from 'next/server';
import { getImage } from '@/lib/glance/client';
import { imageIdSchema } from '@/lib/glance/schemas';
import { glanceContextOf } from '@/lib/data/glance-context';
import { getSession } from '@/lib/session';
import { jsonError, unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';

/** One image as JSON, for client polling of live status (React Query). */
export async function GET(_request: Request, { params }: { params: Promise<{ imageId: string }> }) {
  const session = await getSession();
  if (!session) return unauthenticated('GET /api/images/{id}');
  const id = imageIdSchema.safeParse((await params).imageId);
  if (!id.success) return jsonError(400, 'That is not a valid image ID.');
  try {
    const image = await getImage(glanceContextOf(session), id.data);
    return NextResponse.json(image, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}
