'use client';

import { useEffect, useState, type RefObject } from 'react';

const PREFIX = 'iris-draft:';
type Draft = Record<string, string[]>;

function readDraft(key: string): Draft | undefined {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Draft) : undefined;
  } catch {
    return undefined;
  }
}

function serialize(form: HTMLFormElement): Draft {
  const draft: Draft = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.type === 'password' || element.type === 'file' || element.type === 'hidden') continue;
    if ((element.type === 'checkbox' || element.type === 'radio') && !(element as HTMLInputElement).checked) continue;
    (draft[element.name] ??= []).push(element.value);
  }
  return draft;
}

function restore(form: HTMLFormElement, draft: Draft) {
  const seen: Record<string, number> = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    const values = element.name ? draft[element.name] : undefined;
    if (!values || element.type === 'password' || element.type === 'file' || element.type === 'hidden') continue;
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = values.includes(element.value);
    } else {
      const index = (seen[element.name] = (seen[element.name] ?? -1) + 1);
      if (values[index] !== undefined) element.value = values[index]!;
    }
  }
}

/**
 * Keeps what the user typed in sessionStorage until the form succeeds, so a session that
 * expires mid-edit (sign in again, come back) does not silently lose unsent values.
 * Passwords and files are never stored. Returns whether a draft was restored.
 */
export function useFormDraft(key: string, formRef: RefObject<HTMLFormElement | null>, succeeded: boolean): boolean {
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const draft = readDraft(key);
    if (draft && Object.keys(draft).length) {
      restore(form, draft);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- announce once after restoring the DOM
      setRestored(true);
    }
    const save = () => {
      try {
        sessionStorage.setItem(PREFIX + key, JSON.stringify(serialize(form)));
      } catch {
        // storage full or disabled: drafts are best effort
      }
    };
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    return () => {
      form.removeEventListener('input', save);
      form.removeEventListener('change', save);
    };
  }, [key, formRef]);

  useEffect(() => {
    if (succeeded) sessionStorage.removeItem(PREFIX + key);
  }, [key, succeeded]);

  return restored;
}
