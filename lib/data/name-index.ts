import 'server-only';
import { env } from '@/lib/env';
import { listImages, type GlanceContext } from '@/lib/glance/client';
import { OpenStackError } from '@/lib/openstack/errors';
import { CostLru } from '@/lib/search/lru';
import { emptyNameIndex, incrementQuery, mergeIntoIndex, type NameIndex } from '@/lib/search/name-index';
import type { Session } from '@/lib/session/schema';

/**
 * The name indexes this server process keeps (lib/search/name-index.ts), one per project as its
 * own users' tokens list it, bounded by an LRU over projects (docs/configuration.md, NAME_INDEX_*).
 * Built and refreshed only with the token of the user whose search needs it; kept in memory only
 * (replicas each keep their own). A hit is a candidate: listImagesPage re-reads it from Glance.
 */

/** Everything the project may list: its own, public, community and shared images, any member status. */
const SCOPE = { visibility: 'all', member_status: 'all' } as const;
/** Glance's default `api_limit_max`. */
const PAGE = 1000;

interface Slot {
  projectId: string;
  index?: NameIndex;
  builtAt: number;
  refreshedAt: number;
  building?: Promise<void>;
  refreshing?: Promise<void>;
  /** The project lists more than NAME_INDEX_MAX_RECORDS: searched by walking until this time. */
  tooLargeUntil?: number;
}

export type NameIndexLookup =
  | { state: 'warm'; index: NameIndex }
  /** Being built: this search walks Glance, the next one uses the index. */
  | { state: 'cold' }
  /** Turned off (NAME_INDEX_MAX_RECORDS=0) or this project lists more than it allows. */
  | { state: 'off' };

const store = globalThis as typeof globalThis & { irisNameIndexes?: CostLru<string, Slot> };

function slots(): CostLru<string, Slot> {
  store.irisNameIndexes ??= new CostLru({ maxEntries: env().NAME_INDEX_MAX_PROJECTS, maxCost: env().NAME_INDEX_MAX_RECORDS });
  return store.irisNameIndexes;
}

/**
 * One index per cloud, Glance endpoint, project and role set: what a token lists depends on
 * exactly these (Glance's policies read the project and the roles), so an index built for one
 * project, or for an admin of it, never answers another project or a plain member.
 */
function indexKey(ctx: GlanceContext, session: Session): string {
  return JSON.stringify([ctx.keystone, ctx.endpoint, session.project.id, [...session.roles].sort()]);
}

/** Read every page of `query` (marker paging, PAGE rows each) into `index`; false once it holds more than `max`. */
async function readInto(ctx: GlanceContext, index: NameIndex, query: Record<string, string>, max: number): Promise<boolean> {
  let marker: string | undefined;
  for (;;) {
    const page = await listImages(ctx, { ...SCOPE, ...query, limit: PAGE, marker });
    mergeIntoIndex(index, page.images);
    if (index.images.size > max) return false;
    const last = page.images.at(-1);
    if (!page.next || !last) return true;
    marker = last.id;
  }
}

function build(key: string, slot: Slot, ctx: GlanceContext) {
  const started = Date.now();
  const max = env().NAME_INDEX_MAX_RECORDS;
  const index = emptyNameIndex();
  // oldest change first: an image changed while the build reads moves to the end, still to be read
  slot.building = readInto(ctx, index, { sort_key: 'updated_at', sort_dir: 'asc' }, max)
    .then((complete) => {
      if (!complete) {
        slot.index = undefined;
        slot.tooLargeUntil = Date.now() + env().NAME_INDEX_REBUILD_SECONDS * 1000;
        slots().set(key, slot, 0);
        return;
      }
      slot.index = index;
      slot.builtAt = started;
      slot.refreshedAt = started;
      if (!slots().set(key, slot, index.images.size)) slots().delete(key);
    })
    // a failed build leaves the last index (or none): the next search tries again
    .catch(() => undefined)
    .finally(() => {
      slot.building = undefined;
    });
}

async function refresh(key: string, slot: Slot, index: NameIndex, ctx: GlanceContext) {
  const started = Date.now();
  const complete = await readInto(ctx, index, incrementQuery(index), env().NAME_INDEX_MAX_RECORDS);
  slot.refreshedAt = started;
  if (complete && slots().set(key, slot, index.images.size)) return;
  slot.index = undefined;
  slot.tooLargeUntil = Date.now() + env().NAME_INDEX_REBUILD_SECONDS * 1000;
  slots().set(key, slot, 0);
}

/**
 * The index a search of this session may read. A missing one starts building (in the background,
 * with this user's token) and the search walks; a warm one first takes the changes since its last
 * increment when that is older than NAME_INDEX_REFRESH_SECONDS, and is rebuilt from scratch in the
 * background every NAME_INDEX_REBUILD_SECONDS so that deleted images leave it.
 */
export async function nameIndexFor(ctx: GlanceContext, session: Session): Promise<NameIndexLookup> {
  const settings = env();
  if (settings.NAME_INDEX_MAX_RECORDS === 0) return { state: 'off' };
  const key = indexKey(ctx, session);
  const now = Date.now();
  let slot = slots().get(key);
  if (!slot) {
    slot = { projectId: session.project.id, builtAt: 0, refreshedAt: 0 };
    slots().set(key, slot, 0);
  }
  if (slot.tooLargeUntil && now < slot.tooLargeUntil) return { state: 'off' };
  const index = slot.index;
  if (!index) {
    if (!slot.building) build(key, slot, ctx);
    return { state: 'cold' };
  }
  if (!slot.building && now - slot.builtAt > settings.NAME_INDEX_REBUILD_SECONDS * 1000) build(key, slot, ctx);
  if (now - slot.refreshedAt >= settings.NAME_INDEX_REFRESH_SECONDS * 1000) {
    slot.refreshing ??= refresh(key, slot, index, ctx).finally(() => {
      slot.refreshing = undefined;
    });
    try {
      await slot.refreshing;
    } catch (error) {
      // Keystone no longer takes this token: the caller sends the user to sign in again
      if (error instanceof OpenStackError && error.status === 401) throw error;
      // otherwise search the index as it is: every hit is re-read from Glance anyway
    }
  }
  if (slot.tooLargeUntil && Date.now() < slot.tooLargeUntil) return { state: 'off' };
  // a rebuild that finished meanwhile is the fresher of the two
  return { state: 'warm', index: slot.index ?? index };
}

/** An action of this project changed images: its indexes take an increment at their next search. */
export function nameIndexChanged(session: Pick<Session, 'project'>): void {
  const cache = store.irisNameIndexes;
  if (!cache) return;
  for (const key of cache.keys()) {
    const slot = cache.peek(key);
    if (slot?.projectId === session.project.id) slot.refreshedAt = 0;
  }
}
