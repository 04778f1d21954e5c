import 'server-only';
import { createHash } from 'node:crypto';
import { RecentValues } from '@/lib/cache/recent-values';
import { getStores, type GlanceContext } from '@/lib/glance/client';
import { storeChoiceProblem, storeChoices, type StoreChoice } from '@/lib/images/stores';
import { OpenStackError } from '@/lib/openstack/errors';
import { processWide } from '@/lib/process-wide';
import type { Session } from '@/lib/session/schema';
import { glanceContextOf, withGlance } from './glance-context';

// A cloud's stores are its configuration: the Create page, its action, the image page and the copy
// action all need them, and would otherwise each ask Glance. Kept a minute per token (like project
// names), so one user's refused token never answers for another's.
const STORES_KEPT_MS = 60_000;
const recentStores = () => processWide('data.recent-stores', () => new RecentValues<StoreChoice[]>(STORES_KEPT_MS, 1_000));

/**
 * The stores a user may choose on this Glance, the default first; none where Glance has a single
 * store (it answers 404 then). A 401 still sends the user to sign in; other failures propagate.
 */
export function loadStores(ctx: GlanceContext): Promise<StoreChoice[]> {
  const key = createHash('sha256').update(`${ctx.endpoint}\n${ctx.token}`).digest('hex');
  return recentStores().get(key, async () => {
    try {
      return storeChoices(await getStores(ctx));
    } catch (error) {
      if (error instanceof OpenStackError && error.status === 404) return [];
      throw error;
    }
  });
}

/** Why an upload cannot go to `store` (not one of this cloud's stores), or undefined. */
export async function uploadStoreProblem(session: Session, store: string): Promise<string | undefined> {
  return storeChoiceProblem(await loadStores(glanceContextOf(session)), store);
}

/** This session's Glance's stores (the image page's Stores card). */
export function loadSessionStores(): Promise<StoreChoice[]> {
  return withGlance((ctx) => loadStores(ctx));
}
