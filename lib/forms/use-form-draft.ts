'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import * as z from 'zod/mini';
import { dropDraft, readDraft, writeDraft } from './draft-storage';

const draftSchema = z.record(z.string(), z.array(z.string()));
export type FormDraft = z.infer<typeof draftSchema>;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isField = (element: Element): element is Field =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
// never kept: secrets, files (a browser cannot restore them) and values the page itself sets
const skipped = (field: Field) => !field.name || ['password', 'file', 'hidden', 'submit', 'button'].includes(field.type);

function serialize(form: HTMLFormElement): FormDraft {
  const draft: FormDraft = {};
  for (const field of Array.from(form.elements).filter(isField)) {
    if (skipped(field)) continue;
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio') && !field.checked) continue;
    (draft[field.name] ??= []).push(field.value);
  }
  return draft;
}

/** Set a value the way typing does, so React's onChange of controlled fields sees it too. */
function type(field: Field, value: string) {
  if (field.value === value) return;
  const prototype = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function restore(form: HTMLFormElement, draft: FormDraft) {
  const seen: Record<string, number> = {};
  for (const field of Array.from(form.elements).filter(isField)) {
    const values = draft[field.name];
    if (skipped(field) || !values) continue;
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      if (field.checked !== values.includes(field.value) && (field.type === 'checkbox' || !field.checked)) field.click();
      continue;
    }
    const index = (seen[field.name] = (seen[field.name] ?? -1) + 1);
    if (values[index] !== undefined) type(field, values[index]);
  }
}

/**
 * Keeps what the user typed into a form in this tab's sessionStorage until it is sent successfully,
 * so a session that ends mid-form (sign in again, come back to the same page) does not silently
 * lose unsent values. Works with controlled fields; fields that appear only after a restored
 * choice (another source, more rows) are filled on a second pass. Files and passwords are never kept.
 * `draft` says how many values each field had, for forms that must first grow rows.
 */
export function useFormDraft(key: string, formRef: RefObject<HTMLFormElement | null>) {
  const [draft, setDraft] = useState<FormDraft>();
  const cleared = useRef(false);

  useEffect(() => {
    const parsed = draftSchema.safeParse(readDraft(key));
    // restoring after hydration: the server cannot see this tab's storage
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (parsed.success && Object.keys(parsed.data).length) setDraft(parsed.data);
  }, [key]);

  useEffect(() => {
    const form = formRef.current;
    if (!form || !draft) return;
    restore(form, draft);
    const again = window.setTimeout(() => restore(form, draft), 50);
    return () => window.clearTimeout(again);
  }, [formRef, draft]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const save = () => {
      if (!cleared.current) writeDraft(key, serialize(form));
    };
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    return () => {
      form.removeEventListener('input', save);
      form.removeEventListener('change', save);
    };
  }, [key, formRef]);

  const clear = useCallback(() => {
    cleared.current = true;
    dropDraft(key);
  }, [key]);

  return { draft, restored: draft !== undefined, clear };
}
