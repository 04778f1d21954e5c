'use client';

import { useId, useMemo, useState } from 'react';
import { FieldErrors, inputClasses } from '@/components/ui/field';
import { catalogRows } from '@/lib/images/catalog-values';
import { FORM_NAMES } from '@/lib/images/image-fields';
import { describeField, metadefValueProblem, searchCatalog, splitList, type CatalogGroup, type MetadefField } from '@/lib/images/metadefs';

export interface MetadataCatalogProps {
  groups: CatalogGroup[];
  /** Current values by property key ('' or absent: not set). */
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  /** The server's refusals by property key (they win over the browser's own check). */
  errors?: Record<string, string[] | undefined>;
  /** Values left alone by the check (Edit: what the image already has; Glance took it once). */
  accepted?: Record<string, string>;
  /** Post the set values as `catalog_key` / `catalog_value` (FORM_NAMES), kept in a Create draft. */
  postValues?: boolean;
}

/**
 * Glance's metadata definitions for images as typed fields: grouped by namespace, searchable,
 * each with its title, description and what it accepts; enums as selects, booleans as
 * checkboxes, numbers with their range. Values are checked as they are typed, with the same
 * rule the server applies before anything is sent to Glance.
 */
export function MetadataCatalog({ groups, values, onChange, errors = {}, accepted = {}, postValues = false }: MetadataCatalogProps) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  // which groups are open, as the person left them; a group opens by itself the first time it has
  // a value (Edit's image, a restored draft) and does not close when that value is cleared
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const opening = groups.filter((group) => toggled[group.namespace] === undefined && group.fields.some((field) => values[field.key]));
  if (opening.length) setToggled((current) => ({ ...current, ...Object.fromEntries(opening.map((group) => [group.namespace, true])) }));
  const shown = useMemo(() => searchCatalog(groups, query), [groups, query]);
  const setCount = Object.values(values).filter(Boolean).length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="w-full max-w-sm space-y-1">
          <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
            Search the metadata catalog
          </label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="e.g. disk bus, rng, hw_" className={inputClasses} />
        </div>
        <p className="text-sm text-slate-600" aria-live="polite">
          {setCount === 0 ? 'No catalog property set.' : `${setCount} catalog ${setCount === 1 ? 'property' : 'properties'} set.`}
        </p>
      </div>
      {shown.length === 0 && <p className="text-sm text-slate-600">{groups.length === 0 ? 'This cloud defines no metadata for images.' : 'No property matches your search.'}</p>}
      {shown.map((group) => {
        const setHere = group.fields.filter((field) => values[field.key]).length;
        const open = query.trim() !== '' || toggled[group.namespace] === true;
        return (
          <details
            key={group.namespace}
            // open while searching; otherwise as the person left it
            open={open}
            onToggle={(event) => {
              const now = event.currentTarget.open;
              setToggled((current) => (current[group.namespace] === now ? current : { ...current, [group.namespace]: now }));
            }}
            className="rounded-md ring-1 ring-slate-200"
          >
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">
              {group.title}
              <span className="ml-2 font-normal text-slate-500">
                {group.fields.length} {group.fields.length === 1 ? 'property' : 'properties'}
                {setHere > 0 && `, ${setHere} set`}
              </span>
            </summary>
            {/* drawn only while open: a cloud defines hundreds of fields */}
            {open && (
              <div className="space-y-4 border-t border-slate-100 px-3 py-3">
                {group.description && <p className="text-xs wrap-anywhere text-slate-500">{group.description}</p>}
                {group.fields.map((field) => (
                  <CatalogField
                    key={field.key}
                    field={field}
                    value={values[field.key] ?? ''}
                    onChange={(value) => onChange(field.key, value)}
                    serverErrors={errors[field.key]}
                    accepted={accepted[field.key]}
                  />
                ))}
              </div>
            )}
          </details>
        );
      })}
      {postValues &&
        catalogRows(values).map(({ key, value }) => (
          // keyed by the value too: a changed value is a new node, which a Create draft notices
          <span key={`${key}=${value}`} hidden>
            <input type="hidden" name={FORM_NAMES.catalogKey} value={key} data-draft />
            <input type="hidden" name={FORM_NAMES.catalogValue} value={value} data-draft />
          </span>
        ))}
    </div>
  );
}

const fieldId = (key: string) => `metadef-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

interface CatalogFieldProps {
  field: MetadefField;
  value: string;
  onChange: (value: string) => void;
  serverErrors?: string[];
  accepted?: string;
}

function CatalogField({ field, value, onChange, serverErrors, accepted }: CatalogFieldProps) {
  const id = fieldId(field.key);
  const problem = value === accepted ? undefined : metadefValueProblem(field, value);
  const errors = serverErrors?.length ? serverErrors : problem ? [problem] : undefined;
  const hintId = `${id}-hint`;
  const errorId = errors ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': errors ? (true as const) : undefined };
  const hint = (
    <div id={hintId} className="space-y-0.5 text-xs wrap-anywhere text-slate-500">
      <p>
        <code className="font-mono break-all text-slate-600">{field.key}</code> · {describeField(field)}
        {field.defaultValue !== undefined && ` · default ${field.defaultValue}`}
      </p>
      {field.description && <p>{field.description}</p>}
    </div>
  );

  if (field.kind === 'boolean') {
    return (
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" {...common} checked={value === 'true'} onChange={(event) => onChange(event.target.checked ? 'true' : '')} className="mt-0.5 accent-brand-600" />
          {field.title}
        </label>
        {hint}
        <FieldErrors id={errorId} errors={errors} />
      </div>
    );
  }

  if (field.kind === 'multi') {
    const chosen = new Set(splitList(value));
    const toggle = (option: string, on: boolean) => {
      const next = field.options.filter((o) => (o === option ? on : chosen.has(o)));
      onChange(next.join(','));
    };
    return (
      <fieldset className="space-y-1" aria-describedby={describedBy}>
        <legend className="text-sm font-medium text-slate-800">{field.title}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {field.options.map((option) => (
            <label key={option} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={chosen.has(option)} onChange={(event) => toggle(option, event.target.checked)} className="accent-brand-600" />
              <span className="font-mono">{option}</span>
            </label>
          ))}
        </div>
        {hint}
        <FieldErrors id={errorId} errors={errors} />
      </fieldset>
    );
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {field.title}
      </label>
      {field.kind === 'select' ? (
        // a stored value outside the enum stays visible (and flagged) instead of silently changing
        <select {...common} value={value} onChange={(event) => onChange(event.target.value)} className={inputClasses}>
          <option value="">Not set</option>
          {!field.options.includes(value) && value !== '' && <option value={value}>{value} (not allowed)</option>}
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : field.kind === 'integer' || field.kind === 'number' ? (
        <input
          {...common}
          type="number"
          inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
          step={field.kind === 'integer' ? 1 : 'any'}
          min={field.minimum}
          max={field.maximum}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={inputClasses}
        />
      ) : (
        <input {...common} type="text" value={value} onChange={(event) => onChange(event.target.value)} className={`${inputClasses} font-mono`} autoComplete="off" />
      )}
      {hint}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** The catalog holding its own values: the admin's preview of how a namespace shows in Create and Edit. */
export function MetadataCatalogPreview({ groups }: { groups: CatalogGroup[] }) {
  const [values, setValues] = useState<Record<string, string>>({});
  return <MetadataCatalog groups={groups} values={values} onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))} />;
}
