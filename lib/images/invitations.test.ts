import { describe, expect, it } from 'vitest';
import { planImageList, type ListContext } from './filters';
import { invitationCount, INVITATIONS_COUNTED, PENDING_INVITATIONS } from './invitations';
import { walkImages, type WalkPage } from './list-walk';
import { walkInputFor, type PlanWalkCalls } from './plan-walk';

interface Row {
  id: string;
  name: string;
  owner: string;
  created_at: string;
  updated_at: string;
}

const OWN = 'p-own';
const ctx: ListContext = { projectId: OWN, officialOwners: ['p-official'], isAdmin: false };

/**
 * What Glance answers `visibility=shared&member_status=pending` for a project that owns `own`
 * shared images newer than the `invitations` other projects sent it: its own rows first (Glance
 * unions them in whatever their members), `next` when a page is full.
 */
function glance(own: number, invitations: number) {
  const row = (owner: string, i: number): Row => ({ id: `${owner}-${i}`, name: `${owner} ${i}`, owner, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
  const rows = [...Array.from({ length: own }, (_, i) => row(OWN, i)), ...Array.from({ length: invitations }, (_, i) => row('p-other', i))];
  const limits: number[] = [];
  const fetchPage = async (marker: string | undefined, limit: number): Promise<WalkPage<Row>> => {
    limits.push(limit);
    const start = marker ? rows.findIndex((r) => r.id === marker) + 1 : 0;
    const images = rows.slice(start, start + limit);
    return { images, hasMore: images.length === limit && start + limit < rows.length };
  };
  return { fetchPage, limits };
}

async function count(calls: PlanWalkCalls<Row>, listCtx = ctx) {
  const plan = planImageList(PENDING_INVITATIONS, listCtx);
  return invitationCount(await walkImages(walkInputFor(plan, INVITATIONS_COUNTED, { now: () => 0, ...calls })));
}

describe('the pending-invitations count', () => {
  it("counts the Shared-with-me tab's pending rows: Glance's shared list without the project's own images", () => {
    const plan = planImageList(PENDING_INVITATIONS, ctx);
    expect(plan.query).toEqual({ visibility: 'shared', member_status: 'pending', sort_key: 'created_at', sort_dir: 'desc' });
    expect(plan.rules).toEqual({ excludeOwners: [OWN] });
  });

  it('walks past a thousand of its own shared images in two Glance calls', async () => {
    const { fetchPage, limits } = glance(1000, 3);
    expect(await count({ fetchPage })).toEqual({ count: 3, capped: false });
    expect(limits).toEqual([101, 1000]);
  });

  it('still finds the invitation of a project whose own shared images fill the first call', async () => {
    const { fetchPage, limits } = glance(101, 1);
    expect(await count({ fetchPage })).toEqual({ count: 1, capped: false });
    expect(limits).toHaveLength(2);
  });

  it('stops at 100 invitations and says there are more', async () => {
    const { fetchPage } = glance(10, 150);
    expect(await count({ fetchPage })).toEqual({ count: 100, capped: true });
    expect(await count(glance(0, 100))).toEqual({ count: 100, capped: false });
  });

  it("says there may be more when the walk's row budget ends it first", async () => {
    const { fetchPage, limits } = glance(6000, 1);
    expect(await count({ fetchPage })).toEqual({ count: 0, capped: true });
    expect(limits).toEqual([101, 1000, 1000, 1000, 1000, 1000]);
  });

  it("checks an admin's candidates one member record at a time (Glance lists every shared image to admins)", async () => {
    const { fetchPage } = glance(5, 4);
    const asked: string[] = [];
    const keepMembers = async (status: string, rows: Row[]) => {
      asked.push(...rows.map((r) => `${status} ${r.id}`));
      return rows.filter((r) => r.id !== 'p-other-1');
    };
    expect(await count({ fetchPage, keepMembers }, { ...ctx, isAdmin: true })).toEqual({ count: 3, capped: false });
    expect(asked).toEqual(['pending p-other-0', 'pending p-other-1', 'pending p-other-2', 'pending p-other-3']);
    await expect(count({ fetchPage }, { ...ctx, isAdmin: true })).rejects.toThrow(/membership check/);
  });
});
