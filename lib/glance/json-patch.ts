export type JsonPatchOperation =
  | { op: 'add' | 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

/** JSON-pointer escaping for property names such as `owner_specified.openstack.md5` or `a/b`. */
export function pointer(key: string): string {
  return '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The smallest patch turning `before` into `after` for the given keys: `add` for new
 * keys, `replace` for changed ones, `remove` for keys set to undefined.
 */
export function diffToPatch(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  keys: Iterable<string> = new Set([...Object.keys(before), ...Object.keys(after)]),
): JsonPatchOperation[] {
  const ops: JsonPatchOperation[] = [];
  for (const key of keys) {
    const had = before[key] !== undefined && before[key] !== null;
    const value = after[key];
    if (value === undefined) {
      if (had) ops.push({ op: 'remove', path: pointer(key) });
    } else if (!had) {
      ops.push({ op: 'add', path: pointer(key), value });
    } else if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
      ops.push({ op: 'replace', path: pointer(key), value });
    }
  }
  return ops;
}
