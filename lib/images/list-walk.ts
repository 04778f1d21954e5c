/**
 * Marker paging over Glance when some rows must be checked by the server (a name substring,
 * an owner Glance cannot exclude, an admin's membership): read Glance pages in order, keep the
 * rows that pass, stop once a page is full or a scan budget is spent. Stateless: the marker
 * of the next page is the last row shown, or the last row scanned when the budget ran out.
 */
import { batchForDensity } from '@/lib/search/name-index';

export interface WalkRow {
  id: string;
}

export interface WalkPage<T extends WalkRow> {
  images: T[];
  /** Glance returned a `next` link. */
  hasMore: boolean;
}

/** What a walk has seen so far, for sizing its next call. */
export interface WalkProgress {
  scanned: number;
  kept: number;
}

export interface WalkInput<T extends WalkRow> {
  fetchPage: (marker: string | undefined, limit: number) => Promise<WalkPage<T>>;
  pageSize: number;
  startMarker?: string;
  /** Synchronous check per row; undefined with `verify` undefined means one plain Glance call. */
  filter?: (row: T) => boolean;
  /** Asynchronous check of the rows of one batch that passed `filter` (returns the ones to keep). */
  verify?: (rows: T[]) => Promise<T[]>;
  /** Rows are sorted so that this row and every later one fail: the list ends here. */
  stop?: (row: T) => boolean;
  /** Rows per Glance call; a function of the call's index (and of what was kept so far) lets a walk start small and grow. */
  batchSize: number | ((call: number, progress: WalkProgress) => number);
  maxScanned: number;
  /**
   * Also stop (offering to continue) before a call that would end past this many ms. The first two
   * calls always run: the first is a small probe, and giving up right after it showed nothing at
   * all on a loaded Glance, where one full-size call would have walked past up to 1,000 rows.
   */
  maxMillis?: number;
  /**
   * A call of fewer rows is timed as if it had read this many: its time is mostly the server's
   * fixed cost per call, so its cost per row would over-predict a much bigger next call (0: none).
   */
  minRowsForRate?: number;
  now?: () => number;
}

export interface WalkResult<T extends WalkRow> {
  images: T[];
  /** There may be more rows after this page. */
  more: boolean;
  /** Marker for the next page (the last row shown, or the last row scanned if the budget ran out). */
  nextMarker?: string;
  scanned: number;
  budgetHit: boolean;
}

/** One Glance call for pageSize + 1 rows: the extra row says whether a next page exists. */
async function plainPage<T extends WalkRow>(input: WalkInput<T>): Promise<WalkResult<T>> {
  const page = await input.fetchPage(input.startMarker, input.pageSize + 1);
  const images = page.images.slice(0, input.pageSize);
  const more = page.images.length > input.pageSize;
  return { images, more, nextMarker: more ? images.at(-1)?.id : undefined, scanned: page.images.length, budgetHit: false };
}

interface BatchOutcome<T> {
  kept: T[];
  scanned: number;
  stopped: boolean;
}

/** Rows of one batch, in order, up to the first `stop` row; async `verify` runs once per batch. */
async function checkBatch<T extends WalkRow>(rows: T[], input: WalkInput<T>): Promise<BatchOutcome<T>> {
  const stopAt = input.stop ? rows.findIndex(input.stop) : -1;
  const scope = stopAt === -1 ? rows : rows.slice(0, stopAt);
  let kept = input.filter ? scope.filter(input.filter) : scope;
  if (input.verify && kept.length) {
    const verified = new Set((await input.verify(kept)).map((row) => row.id));
    kept = kept.filter((row) => verified.has(row.id));
  }
  return { kept, scanned: scope.length + (stopAt === -1 ? 0 : 1), stopped: stopAt !== -1 };
}

type Budget = Pick<WalkInput<WalkRow>, 'batchSize' | 'maxMillis' | 'minRowsForRate'>;
const limitOf = (input: Budget, call: number, progress: WalkProgress) => (typeof input.batchSize === 'function' ? input.batchSize(call, progress) : input.batchSize);

/** Time left for another call: the last call's cost per row, times the rows the next one asks for. */
function nextCallFits(input: Budget, call: number, progress: WalkProgress, elapsed: number, lastMs: number, lastLimit: number): boolean {
  if (input.maxMillis === undefined) return true;
  return elapsed + (lastMs / Math.max(1, lastLimit, input.minRowsForRate ?? 0)) * limitOf(input, call + 1, progress) <= input.maxMillis;
}

export async function walkImages<T extends WalkRow>(input: WalkInput<T>): Promise<WalkResult<T>> {
  if (!input.filter && !input.verify && !input.stop) return plainPage(input);
  const kept: T[] = [];
  const now = input.now ?? Date.now;
  const started = now();
  let marker = input.startMarker;
  let scanned = 0;
  for (let call = 0; ; call += 1) {
    const limit = limitOf(input, call, { scanned, kept: kept.length });
    const callStarted = now();
    const page = await input.fetchPage(marker, limit);
    const callMs = now() - callStarted;
    const batch = await checkBatch(page.images, input);
    for (const row of batch.kept) {
      kept.push(row);
      if (kept.length > input.pageSize) {
        // Rows after the last one shown are scanned again by the next page: cheap, and keeps paging stateless.
        scanned += page.images.indexOf(row) + 1;
        const images = kept.slice(0, input.pageSize);
        return { images, more: true, nextMarker: images.at(-1)?.id, scanned, budgetHit: false };
      }
    }
    scanned += batch.scanned;
    const last = page.images.at(-1);
    if (batch.stopped || !page.hasMore || !last) return { images: kept, more: false, scanned, budgetHit: false };
    marker = last.id;
    const fits = call === 0 || nextCallFits(input, call, { scanned, kept: kept.length }, now() - started, callMs, limit);
    if (scanned >= input.maxScanned || !fits) return { images: kept, more: true, nextMarker: marker, scanned, budgetHit: true };
  }
}

/**
 * Rows for call `call` of a walk past rows Glance cannot leave out (the Shared-with-me tab's own
 * shared images, the Public tab's official ones): one page first, then as many as the share of
 * rows kept so far says a page needs, with a margin; none kept yet: Glance's biggest page, since
 * each call costs Glance ~45 ms before its first row (a fixed step of 200 rows cost a third call).
 */
export function batchForSkipping(call: number, progress: WalkProgress, rowsWanted: number, maxBatch: number): number {
  if (call === 0) return rowsWanted;
  return Math.max(rowsWanted, batchForDensity(progress.kept, progress.scanned, rowsWanted - progress.kept, maxBatch));
}
