import { countPendingInvitations } from '@/lib/data/images';
import { glanceContextOf } from '@/lib/data/glance-context';
import { sessionRoute } from '@/lib/api/route';
import { privateJson } from '@/lib/api/responses';

/** How many share invitations wait for this project's answer (the header badge). */
export const GET = sessionRoute('GET /api/images/invitations', async ({ session }) =>
  privateJson(await countPendingInvitations(glanceContextOf(session), session)),
);
