import type { Phase, PhaseState } from '@/lib/upload/browser/import-phases';
import { cn } from '@/lib/utils';

const MARK: Record<PhaseState, { icon: string; words: string; className: string }> = {
  pending: { icon: '○', words: 'not yet', className: 'text-slate-400' },
  current: { icon: '●', words: 'in progress', className: 'text-brand-700' },
  done: { icon: '✓', words: 'done', className: 'text-emerald-700' },
  skipped: { icon: '–', words: 'skipped', className: 'text-slate-500' },
  failed: { icon: '✗', words: 'failed', className: 'text-red-700' },
};

/** The glance-direct phases (lib/upload/browser/import-phases.ts) as a list a screen reader reads in order. */
export function UploadImportPhases({ phases }: { phases: Phase[] }) {
  return (
    <ol aria-label="Import phases" className="grid gap-2 text-sm sm:grid-cols-4" data-testid="import-phases">
      {phases.map((phase) => {
        const mark = MARK[phase.state];
        return (
          <li key={phase.key} data-testid={`phase-${phase.key}`} data-state={phase.state} aria-current={phase.state === 'current' ? 'step' : undefined} className={cn('rounded-md px-3 py-2 ring-1 ring-inset', phase.state === 'current' ? 'bg-brand-50 ring-brand-100' : 'ring-slate-200')}>
            <span className={cn('font-medium', mark.className)}>
              <span aria-hidden="true">{mark.icon} </span>
              {phase.label}
              <span className="sr-only">: {mark.words}</span>
            </span>
            {phase.detail && <span className="block text-xs break-words text-slate-600">{phase.detail}</span>}
          </li>
        );
      })}
    </ol>
  );
}
