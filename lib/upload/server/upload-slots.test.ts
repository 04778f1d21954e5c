import { describe, expect, it } from 'vitest';
import { UploadSlots, waitReason } from './upload-slots';

describe('UploadSlots', () => {
  it('admits up to the per-user limit, then refuses that user only', () => {
    const slots = new UploadSlots(2, 10);
    expect(slots.acquire('ann').ok).toBe(true);
    expect(slots.acquire('ann').ok).toBe(true);
    expect(slots.acquire('ann')).toEqual({ ok: false, full: 'user', limit: 2 });
    expect(slots.acquire('bob').ok).toBe(true);
    expect(slots.count('ann')).toBe(2);
    expect(slots.count()).toBe(3);
  });

  it('refuses everyone once the total is reached, and admits again after a release', () => {
    const slots = new UploadSlots(5, 2);
    const first = slots.acquire('ann');
    slots.acquire('bob');
    expect(slots.acquire('cid')).toEqual({ ok: false, full: 'total', limit: 2 });
    if (!first.ok) throw new Error('first upload refused');
    first.release();
    expect(slots.acquire('cid').ok).toBe(true);
  });

  it('counts a slot released twice only once', () => {
    const slots = new UploadSlots(1, 3);
    const slot = slots.acquire('ann');
    if (!slot.ok) throw new Error('refused');
    slot.release();
    slot.release();
    expect(slots.count()).toBe(0);
    expect(slots.count('ann')).toBe(0);
    expect(slots.acquire('ann').ok).toBe(true);
    expect(slots.count()).toBe(1);
  });

  it('says whether a slot is free without taking it', () => {
    const slots = new UploadSlots(1, 5);
    expect(slots.full('ann')).toBeUndefined();
    expect(slots.count()).toBe(0);
    slots.acquire('ann');
    expect(slots.full('ann')).toEqual({ ok: false, full: 'user', limit: 1 });
    expect(slots.full('bob')).toBeUndefined();
  });

  it('says which limit a waiting upload met', () => {
    expect(waitReason({ ok: false, full: 'user', limit: 4 })).toMatch(/^You already have 4 uploads running/);
    expect(waitReason({ ok: false, full: 'total', limit: 32 })).toMatch(/^Iris is passing on 32 uploads already/);
  });
});
