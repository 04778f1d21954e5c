import { describe, expect, it } from 'vitest';
import { currentToasts, dismissToast, subscribeToToasts, toast } from './toast';

describe('toast store', () => {
  it('adds toasts of each kind, tells subscribers, and dismisses one by id', () => {
    let told = 0;
    const unsubscribe = subscribeToToasts(() => (told += 1));
    const saved = toast.success('Saved.');
    toast.error('Glance said no.');
    toast.warning('Could not confirm.');
    expect(currentToasts().slice(-3).map((t) => [t.kind, t.message])).toEqual([
      ['success', 'Saved.'],
      ['error', 'Glance said no.'],
      ['warning', 'Could not confirm.'],
    ]);
    dismissToast(saved);
    expect(currentToasts().map((t) => t.message)).not.toContain('Saved.');
    expect(told).toBe(4);
    unsubscribe();
    toast.success('unheard');
    expect(told).toBe(4);
  });

  it('keeps the newest few', () => {
    for (let i = 0; i < 10; i += 1) toast.success(`n${i}`);
    expect(currentToasts().map((t) => t.message)).toEqual(['n6', 'n7', 'n8', 'n9']);
  });
});
