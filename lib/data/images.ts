import 'server-only';
import { env } from '@/lib/env';
import { getMember, listImages, type GlanceContext, type ImageListQuery } from '@/lib/glance/client';
import { needsWalk, planImageList, type ImageFilters, type ListContext, type ListPlan } from '@/lib/images/filters';
import { imageRow, type ImageRow } from '@/lib/images/image-row';
import { invitationCount, INVITATIONS_COUNTED, PENDING_INVITATIONS, type InvitationCount } from '@/lib/images/invitations';
import { walkImages, type WalkResult } from '@/lib/images/list-walk';
import { GLANCE_MAX_LIMIT, walkInputFor, type BatchSize } from '@/lib/images/plan-walk';
import { batchForDensity, findByName, type HitScope } from '@/lib/search/name-index';
import type { Image, ImageList } from '@/lib/glance/schemas';
import type { MemberStatus } from '@/lib/glance/constants';
import { mapLimited } from '@/lib/map-limited';
import { OpenStackError } from '@/lib/openstack/errors';
import type { Session } from '@/lib/session/schema';
import { withGlance } from './glance-context';
import { nameIndexFor, type NameIndexLookup } from './name-index';
import { getProjectNames, isOfficialOwner, projectLabel } from './projects';

const MEMBER_CHECKS_IN_FLIGHT = 8;
/** Index hits up to this many are re-read in one Glance call by ID (`id=in:`, about 3.7 kB of URL). */
const HITS_READ_BY_ID = 100;

export type { ImageRow };

export interface ImagesPage {
  rows: ImageRow[];
  /** Marker for Next (the last row shown, or the last row scanned when the search budget ran out). */
  next?: string;
  /** `before` for Previous. */
  prev?: string;
  /** The server looked at rows itself (search, or an owner Glance cannot exclude). */
  walked: boolean;
  scanned: number;
  budgetHit: boolean;
  emptyBecause?: ListPlan['emptyBecause'];
  /** A name search: whether the project's name index answered it, and what it found. */
  search?: NameSearch;
}

export interface NameSearch {
  index: NameIndexLookup['state'];
  /** Images in the index, and those whose name matched (before Glance re-read them). */
  indexed?: number;
  hits?: number;
}

/** The marker in the URL names an image that no longer exists (Glance answers 400). */
export class StaleMarkerError extends Error {
  constructor() {
    super('The image this page started from no longer exists.');
  }
}

/** Glance's answer to a marker it has no image for: deleted (for non-admins), or never there. */
export function isStaleMarkerAnswer(error: unknown): boolean {
  return error instanceof OpenStackError && error.status === 400 && /no image found/i.test(error.detail);
}

function toRow(image: Image, names: Map<string, string>): ImageRow {
  return imageRow(image, { name: projectLabel(names, image.owner), official: isOfficialOwner(image.owner) }, env().IMAGE_LOGIN_USER_PROPERTY);
}

/**
 * Glance ignores membership for admins (every shared image is "shared with" them), so an
 * admin's Shared-with-me rows are checked one member record at a time.
 */
async function keepMembers(ctx: GlanceContext, projectId: string, status: MemberStatus, images: Image[]): Promise<Image[]> {
  const keep = await mapLimited(images, MEMBER_CHECKS_IN_FLIGHT, async (image) => {
    try {
      return (await getMember(ctx, image.id, projectId)).status === status;
    } catch (error) {
      if (error instanceof OpenStackError && (error.status === 404 || error.status === 403)) return false;
      throw error;
    }
  });
  return images.filter((_, i) => keep[i]);
}

function walkPlan(ctx: GlanceContext, session: Session, plan: ListPlan, pageSize: number, batch?: BatchSize): Promise<WalkResult<Image>> {
  const fetchPage = async (marker: string | undefined, limit: number) => {
    const list: ImageList = await listImages(ctx, { ...plan.query, limit, marker } satisfies ImageListQuery);
    return { images: list.images, hasMore: Boolean(list.next) };
  };
  const keep = (status: MemberStatus, images: Image[]) => keepMembers(ctx, session.project.id, status, images);
  return walkImages(walkInputFor(plan, pageSize, { fetchPage, keepMembers: keep, batch }));
}

function listContext(session: Session): ListContext {
  const officialOwners = env().OFFICIAL_IMAGE_OWNERS.map((owner) => owner.id);
  return { projectId: session.project.id, officialOwners, isAdmin: session.roles.includes('admin') };
}

/** What the view already says about its rows, so index hits it cannot show are left out before Glance is asked. */
function hitScope(plan: ListPlan): HitScope {
  const { owner, visibility, status } = plan.query;
  return { owner, visibility, status, excludeOwners: plan.rules.excludeOwners, onlyOwners: plan.rules.onlyOwners };
}

/**
 * A name search. With a warm index, Glance is asked only about the hits: by ID when they are few
 * (one call, Glance sorts and pages them with the view's own filters), else by walking the view in
 * batches sized to how common the name is. Either way every row shown is Glance's current record,
 * checked again against the search: a hit deleted or renamed since the index saw it is dropped.
 * A cold index (being built) or none (too large, turned off): the walk of every view.
 */
async function searchPlan(ctx: GlanceContext, session: Session, plan: ListPlan, pageSize: number): Promise<{ result: WalkResult<Image>; search: NameSearch }> {
  const lookup = await nameIndexFor(ctx, session);
  if (lookup.state !== 'warm') return { result: await walkPlan(ctx, session, plan, pageSize), search: { index: lookup.state } };
  const hits = findByName(lookup.index, plan.rules.nameContains ?? '', hitScope(plan));
  const indexed = lookup.index.images.size;
  const search: NameSearch = { index: 'warm', indexed, hits: hits.length };
  if (!hits.length) return { result: { images: [], more: false, scanned: 0, budgetHit: false }, search };
  if (hits.length <= HITS_READ_BY_ID) {
    const byId: ListPlan = { ...plan, query: { ...plan.query, id: `in:${hits.map((hit) => hit.id).join(',')}` } };
    return { result: await walkPlan(ctx, session, byId, pageSize, () => hits.length + 1), search };
  }
  const batch = batchForDensity(hits.length, indexed, pageSize + 1, GLANCE_MAX_LIMIT);
  return { result: await walkPlan(ctx, session, plan, pageSize, () => batch), search };
}

function pageLinks(plan: ListPlan, result: WalkResult<Image>): Pick<ImagesPage, 'next' | 'prev'> {
  if (!plan.reverse) {
    return { next: result.more ? result.nextMarker : undefined, prev: plan.startMarker ? result.images[0]?.id : undefined };
  }
  // Walking backwards: rows come newest-last, the "next" of the walk is the Previous link.
  return { prev: result.more ? result.nextMarker : undefined, next: result.images[0]?.id };
}

/** One page of the Images list for the URL state `filters`, as the current project sees it. */
export function listImagesPage(filters: ImageFilters): Promise<ImagesPage> {
  return withGlance(async (ctx, session) => {
    const plan = planImageList(filters, listContext(session));
    const walked = needsWalk(plan.rules);
    if (plan.emptyBecause) return { rows: [], walked, scanned: 0, budgetHit: false, emptyBecause: plan.emptyBecause };
    const namesPromise = getProjectNames();
    let result: WalkResult<Image>;
    let search: NameSearch | undefined;
    try {
      // the name index holds what Glance lists by default, which leaves hidden images out: those walk
      if (plan.rules.nameContains && !plan.query.os_hidden) ({ result, search } = await searchPlan(ctx, session, plan, filters.limit));
      else result = await walkPlan(ctx, session, plan, filters.limit);
    } catch (error) {
      if (plan.startMarker && isStaleMarkerAnswer(error)) throw new StaleMarkerError();
      throw error;
    }
    const names = await namesPromise;
    const links = pageLinks(plan, result);
    const images = plan.reverse ? [...result.images].reverse() : result.images;
    return { rows: images.map((image) => toRow(image, names)), ...links, walked, scanned: result.scanned, budgetHit: result.budgetHit, search };
  });
}

/**
 * Images other projects shared with this project that still wait for an answer: the rows of the
 * Shared-with-me tab's pending list, walked the same way (past the project's own shared images,
 * which Glance lists with them), up to INVITATIONS_COUNTED and the walk's budget.
 */
export async function countPendingInvitations(ctx: GlanceContext, session: Session): Promise<InvitationCount> {
  const plan = planImageList(PENDING_INVITATIONS, listContext(session));
  return invitationCount(await walkPlan(ctx, session, plan, INVITATIONS_COUNTED));
}

/** Current records of up to 100 images by ID in one Glance call, for the list's live status. */
export async function getImagesByIds(ctx: GlanceContext, ids: string[]): Promise<Image[]> {
  if (!ids.length) return [];
  // visibility=all + member_status=all: also community images and not-yet-accepted shares
  const list = await listImages(ctx, { id: `in:${ids.join(',')}`, visibility: 'all', member_status: 'all', limit: ids.length });
  return list.images;
}

/** The most empty records the Project tab lists for cleanup. */
export const EMPTY_RECORDS_SHOWN = 50;

export interface EmptyRecords {
  images: Image[];
  /** More than EMPTY_RECORDS_SHOWN exist. */
  more: boolean;
}

/**
 * The project's images that never received data (queued): an upload that was cancelled or cut
 * off, a browser closed before it started, a failed web-download. Oldest first.
 */
export async function listEmptyRecords(ctx: GlanceContext, session: Session): Promise<EmptyRecords> {
  const list = await listImages(ctx, { owner: session.project.id, status: 'queued', sort_key: 'created_at', sort_dir: 'asc', limit: EMPTY_RECORDS_SHOWN });
  return { images: list.images, more: Boolean(list.next) };
}
