import { describe, expect, it } from 'vitest';
import { walkImages, type WalkPage } from './list-walk';

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
    expect(calls).toHaveLength(1);
  });
});
