import { NextResponse } from 'next/server';
import { listEmptyRecords } from '@/lib/data/images';
import { glanceContextOf } from '@/lib/data/glance-context';
import { getSession } from '@/lib/session';
import { unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';

/**
 * The project's images without data (the Project tab's panel). Fetched by the browser after the
 * page, so the list's own Glance call never waits behind this one.
 */
export async function GET() {
  const session = await getSession();
  if (!session) return unauthenticated('GET /api/images/empty-records');
  try {
    const records = await listEmptyRecords(glanceContextOf(session), session);
    return NextResponse.json(records, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}
