'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { parseFormDraft, type FormDraft } from '@/lib/query/shapes';
import { dropDraft, readDraft, writeDraft } from './draft-storage';

export type { FormDraft };

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isField = (element: Element): element is Field =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
// never kept: secrets, files (a browser cannot restore them) and values the page itself sets
const skipped = (field: Field) => !field.name || ['password', 'file', 'hidden', 'submit', 'button'].includes(field.type);
// kept, though not restored here: hidden values the user chose (tag chips), which the form puts back from `draft`
const keptHidden = (field: Field) => field.type === 'hidden' && !!field.name && field.hasAttribute('data-draft');

function serialize(form: HTMLFormElement): FormDraft {
  const draft: FormDraft = {};
  for (const field of Array.from(form.elements).filter(isField)) {
    if (skipped(field) && !keptHidden(field)) continue;
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
 * choice (another source) are filled on a second pass. Files and passwords are never kept.
 * Values held in React state (rows, chips) are the form's to put back from `draft`: rows are
 * filled in when their inputs exist, hidden inputs marked `data-draft` only kept.
 */
export function useFormDraft(key: string, formRef: RefObject<HTMLFormElement | null>) {
  const [draft, setDraft] = useState<FormDraft>();
  const cleared = useRef(false);

  useEffect(() => {
    const parsed = parseFormDraft(readDraft(key));
    // restoring after hydration: the server cannot see this tab's storage
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (parsed && Object.keys(parsed).length) setDraft(parsed);
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
    // the form as the page drew it: back to that, there is nothing to keep
    const pristine = JSON.stringify(serialize(form));
    const save = () => {
      if (cleared.current) return;
      const values = serialize(form);
      if (JSON.stringify(values) === pristine) dropDraft(key);
      else writeDraft(key, values);
    };
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    // a row or a chip added or removed is a change too, though no input event says so
    const structure = new MutationObserver(save);
    structure.observe(form, { childList: true, subtree: true });
    return () => {
      form.removeEventListener('input', save);
      form.removeEventListener('change', save);
      structure.disconnect();
    };
  }, [key, formRef]);

  const clear = useCallback(() => {
    cleared.current = true;
    dropDraft(key);
  }, [key]);

  return { draft, restored: draft !== undefined, clear };
}
