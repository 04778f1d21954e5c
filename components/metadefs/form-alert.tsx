import { Alert } from '@/components/ui/alert';
import type { ActionState } from '@/lib/action-state';

/** A refused action's message above its form (the fields say the rest). */
export function FormAlert({ state }: { state: ActionState<unknown> }) {
  return <div aria-live="polite">{state.status === 'error' && <Alert tone="error">{state.message}</Alert>}</div>;
}
