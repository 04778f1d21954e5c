/** This tab's sessionStorage for unsent form values: best effort, never throws. */
const PREFIX = 'iris-draft:';

export function readDraft(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown) {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // storage full or disabled: drafts are best effort
  }
}

export function dropDraft(key: string) {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to drop
  }
}
