// A tiny toast store: the handful of `toast.success/error/warning(message)` calls Iris makes, without a
// toast library in every page's first load. <Toaster /> (toaster.tsx) renders what is here.
export type ToastKind = 'success' | 'error' | 'warning';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

// long enough to read a sentence or two; each can be closed sooner
const SHOWN_MS: Record<ToastKind, number> = { success: 5000, warning: 10000, error: 10000 };
const MAX_SHOWN = 4;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

export function dismissToast(id: number) {
  if (toasts.some((t) => t.id === id)) publish(toasts.filter((t) => t.id !== id));
}

function show(kind: ToastKind, message: string): number {
  const id = nextId++;
  publish([...toasts, { id, kind, message }].slice(-MAX_SHOWN));
  if (typeof window !== 'undefined') window.setTimeout(() => dismissToast(id), SHOWN_MS[kind]);
  return id;
}

export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
  warning: (message: string) => show('warning', message),
};

export function subscribeToToasts(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const currentToasts = () => toasts;
const none: readonly Toast[] = [];
export const noToasts = () => none;
