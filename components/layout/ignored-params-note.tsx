import type { IgnoredParam } from '@/lib/search-params';

/**
 * One line above a list saying which parts of its link were not understood (a hand-edited or
 * stale URL), instead of silently showing the defaults in their place.
 */
export function IgnoredParamsNote({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <p role="note" aria-label="Ignored link values" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
      <span className="font-medium">Ignored from this link, showing the default instead:</span>{' '}
      {ignored.map((param, index) => (
        <span key={param.key}>
          {index > 0 && '; '}
          <code className="font-mono text-xs break-words">
            {param.key}={param.value}
          </code>{' '}
          (expects {param.accepts})
        </span>
      ))}
      .
    </p>
  );
}
