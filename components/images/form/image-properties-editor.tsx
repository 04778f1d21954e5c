'use client';

import { Button } from '@/components/ui/button';
import { FieldErrors, inputClasses } from '@/components/ui/field';
import { IMAGE_LIMITS, PROPERTY_ROW_NAMES } from '@/lib/images/image-fields';
import { PropertyInput } from './property-input';
import type { FieldErrors as FieldErrorMap } from '@/lib/action-state';

export interface PropertyRow {
  rowId: number;
  key: string;
  value: string;
}

interface ImagePropertiesEditorProps {
  rows: PropertyRow[];
  onChange: (rows: PropertyRow[]) => void;
  errors?: FieldErrorMap;
}

let nextRowId = 1_000_000;

/** Custom properties as key/value rows, posted as parallel `property_key` / `property_value` fields. */
export function ImagePropertiesEditor({ rows, onChange, errors = {} }: ImagePropertiesEditorProps) {
  const update = (rowId: number, patch: Partial<PropertyRow>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  return (
    <div className="space-y-2">
      {rows.length === 0 && <p className="text-sm text-slate-500">No custom properties.</p>}
      {rows.map((row, index) => {
        const keyErrors = errors[`properties.${index}.key`];
        const valueErrors = errors[`properties.${index}.value`];
        const keyId = `property-${row.rowId}-key`;
        const valueId = `property-${row.rowId}-value`;
        return (
          // wraps on phones (key on its own line, then value and Remove) so placeholders stay readable
          <div key={row.rowId} className="flex flex-wrap items-start gap-2">
            <div className="min-w-40 flex-1">
              <label htmlFor={keyId} className="sr-only">
                Property {index + 1} key
              </label>
              <PropertyInput
                id={keyId}
                errors={keyErrors}
                name={PROPERTY_ROW_NAMES.key}
                value={row.key}
                maxLength={IMAGE_LIMITS.propertyKey + 10}
                placeholder="key"
                onChange={(event) => update(row.rowId, { key: event.target.value })}
                className={`${inputClasses} font-mono`}
              />
            </div>
            <div className="min-w-40 flex-[1.5]">
              <label htmlFor={valueId} className="sr-only">
                Property {index + 1} value{row.key ? ` (${row.key})` : ''}
              </label>
              <PropertyInput
                id={valueId}
                errors={valueErrors}
                name={PROPERTY_ROW_NAMES.value}
                value={row.value}
                placeholder="value"
                onChange={(event) => update(row.rowId, { value: event.target.value })}
                className={`${inputClasses} font-mono`}
              />
            </div>
            <Button
              type="button"
              variant="ghost"
              aria-label={`Remove property ${row.key || index + 1}`}
              onClick={() => onChange(rows.filter((r) => r.rowId !== row.rowId))}
            >
              Remove
            </Button>
          </div>
        );
      })}
      <FieldErrors id={errors.properties?.length ? 'properties-error' : undefined} errors={errors.properties} />
      <Button type="button" variant="secondary" size="sm" onClick={() => onChange([...rows, { rowId: nextRowId++, key: '', value: '' }])}>
        Add property
      </Button>
    </div>
  );
}
