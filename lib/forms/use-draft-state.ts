'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ZodMiniType } from 'zod/mini';
import { dropDraft, readDraft, writeDraft } from './draft-storage';

/**
 * useState for a form's values that survives a lost session: while the values differ from the
 * start they are kept in this tab's sessionStorage, so signing in again (the login page brings the
 * user back to the same page) restores them instead of silently losing them. Read back through
 * zod like any other input. `clear` after a successful save or a deliberate cancel.
 */
export function useDraftState<T>(key: string, initial: T, schema: ZodMiniType<T>) {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const initialJson = JSON.stringify(initial);
  const cleared = useRef(false);

  useEffect(() => {
    const parsed = schema.safeParse(readDraft(key));
    if (!parsed.success || JSON.stringify(parsed.data) === initialJson) return;
    // restoring after hydration: the server cannot see this tab's storage
    /* eslint-disable react-hooks/set-state-in-effect */
    setValue(parsed.data);
    setRestored(true);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [key, schema, initialJson]);

  useEffect(() => {
    if (cleared.current) return;
    if (JSON.stringify(value) === initialJson) dropDraft(key);
    else writeDraft(key, value);
  }, [key, value, initialJson]);

  const discard = useCallback(() => {
    setValue(JSON.parse(initialJson) as T);
    setRestored(false);
    dropDraft(key);
  }, [key, initialJson]);

  const clear = useCallback(() => {
    cleared.current = true;
    dropDraft(key);
  }, [key]);

  return { value, setValue, restored, discard, clear };
}
