/**
 * How a list plan walks Glance (`walkImages`): which rows it keeps, where it ends, how many rows
 * each call asks for, and when it stops to offer more. Pure: lib/data hands it the Glance calls,
 * so the Images list and the header's invitation count walk the same way.
 */
import type { MemberStatus } from '@/lib/glance/constants';
import { isPastBound, matchesRules, needsWalk, type ListPlan, type RuleSubject } from './filters';
import { batchForSkipping, type WalkInput, type WalkPage, type WalkRow } from './list-walk';

/** Glance's default `api_limit_max`: the most rows one list call returns. */
export const GLANCE_MAX_LIMIT = 1000;
/** A walk reads at most this many rows, or for about this long, before it offers to continue. */
export const SEARCH_SCAN_BUDGET = 5000;
export const SEARCH_TIME_BUDGET_MS = 2000;
/**
 * Rows per Glance call while a search walks, small first: a common substring is answered from
 * the first rows; a rare one reads on in big pages. A walk that only skips rows sizes its calls
 * by the rows it kept (`batchForSkipping`).
 */
const SEARCH_BATCHES = [100, 300];
/**
 * Glance answers a call of a few rows in about the time it reads this many (10,000 records here:
 * 26 rows ~45 ms, 200 ~85 ms, 1,000 ~250 ms), so the walk's time budget does not read a first
 * small call's time as the cost per row of a 1,000-row one.
 */
const GLANCE_FIXED_COST_ROWS = 200;

/** Rows per call chosen by the caller (a name search sized by its index hits). */
export type BatchSize = (call: number) => number;

export interface PlanWalkCalls<T extends WalkRow> {
  fetchPage: (marker: string | undefined, limit: number) => Promise<WalkPage<T>>;
  /** The rows of one batch whose member record for this project has `status` (an admin's Shared with me). */
  keepMembers?: (status: MemberStatus, rows: T[]) => Promise<T[]>;
  batch?: BatchSize;
  now?: () => number;
}

/** The walk of one page of `pageSize` rows of `plan`. */
export function walkInputFor<T extends WalkRow & RuleSubject>(plan: ListPlan, pageSize: number, calls: PlanWalkCalls<T>): WalkInput<T> {
  const { rules } = plan;
  const membership = rules.verifyMembership;
  const { keepMembers, batch } = calls;
  // never quietly skip the check: without it an admin would be shown every shared image of the cloud
  if (membership && !keepMembers) throw new Error('This list needs a membership check, and none was given.');
  return {
    fetchPage: calls.fetchPage,
    pageSize,
    startMarker: plan.startMarker,
    filter: needsWalk(rules) ? (image) => matchesRules(image, rules) : undefined,
    verify: membership && keepMembers ? (images) => keepMembers(membership, images) : undefined,
    stop: rules.stopPastBound ? (image) => isPastBound(image, rules) : undefined,
    // Membership checks cost a request per row: keep their batches one page long.
    batchSize: (call, progress) => {
      if (membership) return pageSize + 1;
      if (batch) return Math.max(pageSize + 1, batch(call));
      if (rules.nameContains) return Math.max(pageSize + 1, SEARCH_BATCHES[call] ?? GLANCE_MAX_LIMIT);
      return batchForSkipping(call, progress, pageSize + 1, GLANCE_MAX_LIMIT);
    },
    maxScanned: SEARCH_SCAN_BUDGET,
    maxMillis: SEARCH_TIME_BUDGET_MS,
    minRowsForRate: GLANCE_FIXED_COST_ROWS,
    now: calls.now,
  };
}
