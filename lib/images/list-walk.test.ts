import { describe, expect, it } from 'vitest';
import { batchForSkipping, walkImages, type WalkPage } from './list-walk';

interface Row {
  id: string;
  n: number;
}

/** A Glance-like pager over `count` rows: marker = id of the last row seen, `next` when the page is full. */
function pager(count: number) {
  const rows: Row[] = Array.from({ length: count }, (_, i) => ({ id: `r${i}`, n: i }));
  const calls: { marker?: string; limit: number }[] = [];
  const fetchPage = async (marker: string | undefined, limit: number): Promise<WalkPage<Row>> => {
    calls.push({ marker, limit });
    const start = marker ? rows.findIndex((r) => r.id === marker) + 1 : 0;
    const images = rows.slice(start, start + limit);
    return { images, hasMore: images.length === limit };
  };
  return { fetchPage, calls };
}

describe('walkImages', () => {
  it('makes one call for pageSize + 1 rows when nothing is filtered', async () => {
    const { fetchPage, calls } = pager(30);
    const page = await walkImages({ fetchPage, pageSize: 10, batchSize: 1000, maxScanned: 5000 });
    expect(page.images.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(page).toMatchObject({ more: true, nextMarker: 'r9', budgetHit: false });
    expect(calls).toEqual([{ marker: undefined, limit: 11 }]);
    const last = await walkImages({ fetchPage, pageSize: 10, startMarker: 'r19', batchSize: 1000, maxScanned: 5000 });
    expect(last).toMatchObject({ more: false, nextMarker: undefined });
    expect(last.images).toHaveLength(10);
  });

  it('keeps filtered rows across batches and resumes after the last row shown', async () => {
    const { fetchPage, calls } = pager(100);
    const filter = (r: Row) => r.n % 7 === 0; // 0, 7, 14, …
    const first = await walkImages({ fetchPage, pageSize: 3, filter, batchSize: 10, maxScanned: 1000 });
    expect(first.images.map((r) => r.n)).toEqual([0, 7, 14]);
    expect(first).toMatchObject({ more: true, nextMarker: 'r14', budgetHit: false });
    expect(calls.map((c) => c.marker)).toEqual([undefined, 'r9', 'r19']);
    const second = await walkImages({ fetchPage, pageSize: 3, filter, startMarker: first.nextMarker, batchSize: 10, maxScanned: 1000 });
    expect(second.images.map((r) => r.n)).toEqual([21, 28, 35]);
  });

  it('ends without a next page when the rows run out', async () => {
    const { fetchPage } = pager(25);
    const page = await walkImages({ fetchPage, pageSize: 5, filter: (r) => r.n > 20, batchSize: 10, maxScanned: 1000 });
    expect(page.images.map((r) => r.n)).toEqual([21, 22, 23, 24]);
    expect(page).toMatchObject({ more: false, scanned: 25 });
    expect(page.nextMarker).toBeUndefined();
  });

  it('stops at the scan budget and resumes from the last row scanned', async () => {
    const { fetchPage, calls } = pager(100);
    const filter = (r: Row) => r.n === 3 || r.n === 95;
    const page = await walkImages({ fetchPage, pageSize: 5, filter, batchSize: 20, maxScanned: 40 });
    expect(page.images.map((r) => r.n)).toEqual([3]);
    expect(page).toMatchObject({ more: true, budgetHit: true, nextMarker: 'r39', scanned: 40 });
    expect(calls).toHaveLength(2);
    const rest = await walkImages({ fetchPage, pageSize: 5, filter, startMarker: page.nextMarker, batchSize: 20, maxScanned: 1000 });
    expect(rest.images.map((r) => r.n)).toEqual([95]);
    expect(rest.more).toBe(false);
  });

  it('ends the list at the first row past a sorted bound', async () => {
    const { fetchPage, calls } = pager(100);
    const page = await walkImages({ fetchPage, pageSize: 50, filter: () => true, stop: (r) => r.n >= 12, batchSize: 10, maxScanned: 1000 });
    expect(page.images).toHaveLength(12);
    expect(page.more).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('verifies each batch asynchronously and keeps only what the check returns', async () => {
    const { fetchPage } = pager(20);
    const seen: number[][] = [];
    const verify = async (rows: Row[]) => {
      seen.push(rows.map((r) => r.n));
      return rows.filter((r) => r.n % 2 === 1);
    };
    const page = await walkImages({ fetchPage, pageSize: 3, filter: (r) => r.n % 3 !== 0, verify, batchSize: 4, maxScanned: 100 });
    expect(page.images.map((r) => r.n)).toEqual([1, 5, 7]);
    expect(seen[0]).toEqual([1, 2]);
    expect(page.more).toBe(true);
  });
});

describe('walkImages budgets', () => {
  it('grows the batch size call by call', async () => {
    const { fetchPage, calls } = pager(100);
    await walkImages({ fetchPage, pageSize: 5, filter: (r) => r.n === 99, batchSize: (call) => [10, 30][call] ?? 50, maxScanned: 1000 });
    expect(calls.map((c) => c.limit)).toEqual([10, 30, 50, 50]);
  });

  it('stops before a call that would overrun the time budget, and offers to continue', async () => {
    const { fetchPage, calls } = pager(100);
    let clock = 0;
    const slowPage = async (marker: string | undefined, limit: number) => {
      clock += 70 * limit; // 70 ms a row
      return fetchPage(marker, limit);
    };
    const input = { fetchPage: slowPage, pageSize: 5, filter: (r: Row) => r.n === 99, batchSize: 10, maxScanned: 1000, maxMillis: 1500, now: () => clock };
    const page = await walkImages(input);
    // 700 ms, then 1400 ms: a third call would end at 2100 ms
    expect(calls).toHaveLength(2);
    expect(page).toMatchObject({ images: [], more: true, budgetHit: true, nextMarker: 'r19', scanned: 20 });
    // a bigger next batch is predicted from the cost per row
    calls.length = 0;
    clock = 0;
    await walkImages({ ...input, batchSize: (call: number) => (call === 0 ? 10 : 20) });
    expect(calls).toHaveLength(2);
  });

  it('always makes its second call: a slow first probe does not end the walk with nothing', async () => {
    const { fetchPage, calls } = pager(2000);
    let clock = 0;
    // a loaded Glance: the 26-row probe alone takes 900 ms of a 1,000 ms budget
    const slow = async (marker: string | undefined, limit: number) => {
      clock += 900 + 0.2 * limit;
      return fetchPage(marker, limit);
    };
    const page = await walkImages({ fetchPage: slow, pageSize: 25, filter: (r: Row) => r.n >= 1000, batchSize: (call: number) => (call === 0 ? 26 : 1000), maxScanned: 5000, maxMillis: 1000, now: () => clock });
    expect(calls.map((c) => c.limit)).toEqual([26, 1000]);
    expect(page).toMatchObject({ budgetHit: false, more: true });
    expect(page.images.map((r) => r.n)).toEqual(Array.from({ length: 25 }, (_, i) => 1000 + i));
  });
});

describe('batchForSkipping: the calls of a walk past rows it cannot show', () => {
  it('asks for one page first, then for as many rows as the share kept so far says, with a margin', () => {
    expect(batchForSkipping(0, { scanned: 0, kept: 0 }, 26, 1000)).toBe(26);
    // 10 of 26 kept: 16 more wanted at 10/26 → 16 × 2.6 × 1.5 = 63
    expect(batchForSkipping(1, { scanned: 26, kept: 10 }, 26, 1000)).toBe(63);
    // most rows kept: never less than a page
    expect(batchForSkipping(1, { scanned: 26, kept: 24 }, 26, 1000)).toBe(26);
  });

  it("asks for Glance's biggest page once a whole call was skipped (a project's own shared images)", () => {
    expect(batchForSkipping(1, { scanned: 26, kept: 0 }, 26, 1000)).toBe(1000);
    expect(batchForSkipping(2, { scanned: 1026, kept: 1 }, 26, 1000)).toBe(1000);
  });

  it('is handed what the walk kept so far', async () => {
    const { fetchPage, calls } = pager(2000);
    // rows 0–999 are skipped, as a project's own shared images are on the Shared-with-me tab
    const page = await walkImages({ fetchPage, pageSize: 25, filter: (r) => r.n >= 1000, batchSize: (call, progress) => batchForSkipping(call, progress, 26, 1000), maxScanned: 5000 });
    expect(calls.map((c) => c.limit)).toEqual([26, 1000]);
    expect(page.images.map((r) => r.n)).toEqual(Array.from({ length: 25 }, (_, i) => 1000 + i));
  });
});

describe('walkImages time budget after a small first call', () => {
  it("does not read a small call's time as the cost per row of a big next one (minRowsForRate)", async () => {
    const { fetchPage, calls } = pager(3000);
    let clock = 0;
    // a server with a fixed cost per call: 45 ms plus 0.2 ms a row
    const page = async (marker: string | undefined, limit: number) => {
      clock += 45 + 0.2 * limit;
      return fetchPage(marker, limit);
    };
    // a small call after a big one (batchForSkipping once rows are kept), then a big one again
    const input = { fetchPage: page, pageSize: 25, filter: (r: Row) => r.n >= 1500, batchSize: (call: number) => (call === 1 ? 26 : 1000), maxScanned: 5000, maxMillis: 1000, now: () => clock };
    // 50 ms for 26 rows read as ~1.9 ms a row: 1,000 more rows "would" take 1.9 s, so the walk stops
    expect(await walkImages(input)).toMatchObject({ budgetHit: true, scanned: 1026 });
    calls.length = 0;
    clock = 0;
    // counted as 200 rows: 0.25 ms a row, 1,000 rows fit
    expect(await walkImages({ ...input, minRowsForRate: 200 })).toMatchObject({ budgetHit: false, more: true });
    expect(calls.map((c) => c.limit)).toEqual([1000, 26, 1000]);
  });
});
