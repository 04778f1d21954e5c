import 'server-only';
import { env } from '@/lib/env';
import { getUsage, type GlanceContext } from '@/lib/glance/client';
import { projectQuota, uploadQuotaProblem, type PlannedUpload, type ProjectQuota } from '@/lib/images/quota';
import { OpenStackError } from '@/lib/openstack/errors';
import { processWide } from '@/lib/process-wide';
import type { Session } from '@/lib/session/schema';
import { glanceContextOf } from './glance-context';

/**
 * The project's quota usage (GET /v2/info/usage), reused for USAGE_CACHE_SECONDS: the call takes
 * seconds on some clouds, and the list header asks on every render. One entry per Glance endpoint
 * and project, filled only with a token of that project (any member may read it); this replica
 * forgets it after its own uploads and deletes (`forgetProjectUsage`). Calls in flight are shared.
 */
interface Entry {
  at: number;
  quota: Promise<ProjectQuota>;
}

const MAX_ENTRIES = 1_000;
const entries = () => processWide('usage.cache', () => new Map<string, Entry>());
const keyOf = (session: Pick<Session, 'glanceUrl' | 'project'>) => `${session.glanceUrl} ${session.project.id}`;

/** Glance's own refusals of the call, in words; a 401 propagates (the session ended). */
async function readQuota(ctx: GlanceContext): Promise<ProjectQuota> {
  try {
    return projectQuota(await getUsage(ctx));
  } catch (error) {
    if (error instanceof OpenStackError && error.status === 401) throw error;
    if (error instanceof OpenStackError && error.status === 404) return { kind: 'unknown', reason: 'This Glance does not report quota usage (it predates /v2/info/usage).' };
    if (error instanceof OpenStackError) return { kind: 'unknown', reason: `Glance would not report quota usage (HTTP ${error.status}).` };
    return { kind: 'unknown', reason: 'Glance did not answer the quota question in time.' };
  }
}

export function projectUsage(ctx: GlanceContext, session: Session): Promise<ProjectQuota> {
  const map = entries();
  const key = keyOf(session);
  const ttl = env().USAGE_CACHE_SECONDS * 1000;
  const cached = map.get(key);
  if (cached && Date.now() - cached.at < ttl) return cached.quota;
  const quota = readQuota(ctx);
  if (ttl > 0) {
    if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
    map.set(key, { at: Date.now(), quota });
    // an unknown answer or a failure is not kept: ask again next time
    quota.then((q) => q.kind === 'unknown' && map.get(key)?.quota === quota && map.delete(key)).catch(() => map.delete(key));
  }
  return quota;
}

/** This replica changed the project's usage (upload, import, delete): the next reader asks Glance. */
export function forgetProjectUsage(session: Pick<Session, 'glanceUrl' | 'project'>): void {
  entries().delete(keyOf(session));
}

/** For a page's Suspense: never rejects (a 401 shows as unknown here; the page's own calls send the user to sign in). */
export function quotaForPage(session: Session): Promise<ProjectQuota> {
  return projectUsage(glanceContextOf(session), session).catch((): ProjectQuota => ({ kind: 'unknown', reason: 'Glance would not report quota usage.' }));
}

/** Why this upload would break the project's quota (with the numbers), or undefined. */
export async function uploadQuotaRefusal(ctx: GlanceContext, session: Session, upload: PlannedUpload): Promise<string | undefined> {
  return uploadQuotaProblem(await projectUsage(ctx, session), upload, session.project.name);
}

/** Create's check: a new record with a file of this size (or a URL: Glance learns the size later). */
export function createQuotaRefusal(ctx: GlanceContext, session: Session, source: { kind: 'file'; size: number } | { kind: 'url' }, staged: boolean) {
  return uploadQuotaRefusal(ctx, session, { bytes: source.kind === 'file' ? source.size : 0, staged: staged && source.kind === 'file', newRecord: true });
}
