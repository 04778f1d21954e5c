import { NextResponse } from 'next/server';
import { countPendingInvitations } from '@/lib/data/images';
import { glanceContextOf } from '@/lib/data/glance-context';
import { getSession } from '@/lib/session';
import { unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';

/** How many share invitations wait for this project's answer (the header badge). */
export async function GET() {
  const session = await getSession();
  if (!session) return unauthenticated('GET /api/images/invitations');
  try {
    const count = await countPendingInvitations(glanceContextOf(session), session);
    return NextResponse.json(count, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}
