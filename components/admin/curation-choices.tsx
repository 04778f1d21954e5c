'use client';

import { useId } from 'react';
import { inputClasses } from '@/components/ui/field';
import type { CurationAction, CurationOption } from '@/lib/admin/curation';
import type { AdminImageRow, OfficialOwner } from '@/lib/admin/types';
import { cn } from '@/lib/utils';
import { curationCopy } from './curation-copy';

interface CurationChoicesProps {
  image: AdminImageRow;
  options: CurationOption[];
  curators: OfficialOwner[];
  value: CurationAction | undefined;
  onChange: (action: CurationAction) => void;
  curatorId: string | undefined;
  onCuratorChange: (id: string) => void;
}

/** The curation steps as radio cards, each saying what will happen. */
export function CurationChoices({ image, options, curators, value, onChange, curatorId, onCuratorChange }: CurationChoicesProps) {
  const name = useId();
  const curatorLabel = curators.find((c) => c.id === curatorId)?.label ?? 'the curator project';
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium text-slate-800">What should happen to this image?</legend>
      {options.map(({ action, blockedBecause }) => {
        const copy = curationCopy(action, image, curatorLabel);
        const id = `${name}-${action}`;
        return (
          <div
            key={action}
            className={cn(
              'rounded-lg p-3 ring-1 ring-inset',
              value === action ? 'bg-brand-50/60 ring-brand-500' : 'ring-slate-200',
              blockedBecause && 'opacity-70',
            )}
          >
            <div className="flex gap-3">
              <input
                type="radio"
                id={id}
                name={name}
                value={action}
                checked={value === action}
                disabled={!!blockedBecause}
                onChange={() => onChange(action)}
                aria-describedby={`${id}-help`}
                className="mt-1 accent-brand-600"
              />
              <div className="min-w-0 flex-1">
                <label htmlFor={id} className="text-sm font-medium text-slate-900">
                  {copy.title}
                </label>
                <p id={`${id}-help`} className="mt-0.5 text-sm text-slate-600">
                  {blockedBecause ?? copy.summary}
                </p>
              </div>
            </div>
            {action === 'promote' && value === 'promote' && curators.length > 1 && !image.ownerIsCurator && (
              <div className="mt-3 pl-7">
                <label htmlFor={`${id}-curator`} className="block text-sm font-medium text-slate-800">
                  Curator project
                </label>
                <select id={`${id}-curator`} value={curatorId} onChange={(e) => onCuratorChange(e.target.value)} className={cn(inputClasses, 'mt-1')}>
                  {curators.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
