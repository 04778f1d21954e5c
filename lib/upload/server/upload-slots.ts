export type SlotAdmission = { ok: true; release: () => void } | { ok: false; full: 'user' | 'total'; limit: number };

/**
 * How many uploads run at once: at most `perUser` for one person and `total` for everyone, so
 * one person's slow uploads cannot take every connection to Glance. Counted in this process.
 */
export class UploadSlots {
  private running = 0;
  private readonly byUser = new Map<string, number>();

  constructor(
    readonly perUser: number,
    readonly total: number,
  ) {}

  /** Why `user` could not start an upload now, or undefined when a slot is free (nothing is taken). */
  full(user: string): Extract<SlotAdmission, { ok: false }> | undefined {
    if ((this.byUser.get(user) ?? 0) >= this.perUser) return { ok: false, full: 'user', limit: this.perUser };
    if (this.running >= this.total) return { ok: false, full: 'total', limit: this.total };
    return undefined;
  }

  acquire(user: string): SlotAdmission {
    const refusal = this.full(user);
    if (refusal) return refusal;
    const mine = this.byUser.get(user) ?? 0;
    this.running++;
    this.byUser.set(user, mine + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.running--;
      const left = (this.byUser.get(user) ?? 1) - 1;
      if (left > 0) this.byUser.set(user, left);
      else this.byUser.delete(user);
    };
    return { ok: true, release };
  }

  /** Uploads running now, in total and for one user. */
  count(user?: string): number {
    return user === undefined ? this.running : (this.byUser.get(user) ?? 0);
  }
}

/** Why an upload must wait, in words. */
export function waitReason(admission: Extract<SlotAdmission, { ok: false }>): string {
  return admission.full === 'user'
    ? `You already have ${admission.limit} uploads running, the most Iris takes from one person at a time. This one starts by itself as soon as one of them finishes.`
    : `Iris is passing on ${admission.limit} uploads already, the most it takes at once. This one starts by itself as soon as another finishes.`;
}
