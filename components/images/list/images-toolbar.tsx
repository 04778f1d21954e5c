'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { Spinner } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/field';
import { DISK_FORMATS, IMAGE_STATUSES, VISIBILITIES } from '@/lib/glance/constants';
import { IMAGE_KINDS } from '@/lib/images/catalog';
import { PAGE_SIZES, TABS_WITH_VISIBILITY_FILTER, imagesHref, type ImageFilters } from '@/lib/images/image-view';

type Draft = Pick<ImageFilters, 'q' | 'status' | 'disk_format' | 'visibility' | 'protected' | 'type' | 'hidden' | 'tag' | 'date' | 'from' | 'to' | 'limit'>;
const DRAFT_KEYS = ['q', 'status', 'disk_format', 'visibility', 'protected', 'type', 'hidden', 'tag', 'date', 'from', 'to', 'limit'] as const;
const TYPING_MS = 350;

const draftOf = (filters: ImageFilters): Draft => Object.fromEntries(DRAFT_KEYS.map((key) => [key, filters[key]])) as Draft;
const sameDraft = (a: Draft, b: Draft) => DRAFT_KEYS.every((key) => a[key] === b[key]);

/** After the URL changed, fields the user has not edited since the last sync follow the URL. */
function follow(draft: Draft, synced: Draft, url: Draft): Draft {
  return Object.fromEntries(DRAFT_KEYS.map((key) => [key, draft[key] === synced[key] ? url[key] : draft[key]])) as Draft;
}

// short classes (app/globals.css): the form repeats them on ten fields
const control = `${inputClasses} filter-control`;
const labelClass = 'filter-label';

/**
 * Search and filters, all written to the URL (router.replace) so a link reproduces the view.
 * Selects apply at once, typing after a pause. A plain GET form underneath works without JS.
 */
export function ImagesToolbar({ filters }: { filters: ImageFilters }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const fromUrl = draftOf(filters);
  const [draft, setDraft] = useState(fromUrl);
  const [synced, setSynced] = useState(fromUrl);
  if (!sameDraft(synced, fromUrl)) {
    setSynced(fromUrl);
    setDraft(follow(draft, synced, fromUrl));
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function apply(next: Draft) {
    clearTimeout(timer.current);
    startTransition(() => router.replace(imagesHref(filters, next), { scroll: false }));
  }
  function update(patch: Partial<Draft>, typing = false) {
    const next = { ...draft, ...patch };
    setDraft(next);
    clearTimeout(timer.current);
    if (typing) timer.current = setTimeout(() => apply(next), TYPING_MS);
    else apply(next);
  }
  const text = (value: string) => (value.trim() ? value : undefined);
  const choice = <T extends string>(value: string) => (value ? (value as T) : undefined);
  const showVisibility = TABS_WITH_VISIBILITY_FILTER.has(filters.tab);
  const empty: Partial<Draft> = { q: undefined, status: undefined, disk_format: undefined, visibility: undefined, protected: undefined, type: undefined, hidden: undefined, tag: undefined, from: undefined, to: undefined };
  const filtered = DRAFT_KEYS.some((key) => key !== 'limit' && key !== 'date' && draft[key] !== undefined);

  return (
    <form
      role="search"
      aria-label="Search and filter images"
      action="/images"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
      className="space-y-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200"
    >
      <HiddenContext filters={filters} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="images-q" className={labelClass}>
            Name contains
          </label>
          <input
            id="images-q"
            name="q"
            type="search"
            value={draft.q ?? ''}
            onChange={(e) => update({ q: text(e.target.value) }, true)}
            placeholder="Part of a name, or an image ID"
            className={control}
            autoComplete="off"
            maxLength={255}
          />
        </div>
        <button type="submit" className="h-9 rounded-md bg-brand-600 px-4 text-sm font-medium text-white shadow-sm hover:bg-brand-700">
          Search
        </button>
        <Select id="images-status" name="status" label="Status" value={draft.status} onChange={(v) => update({ status: choice(v) })} options={IMAGE_STATUSES} any="Any status" />
        <Select id="images-format" name="disk_format" label="Disk format" value={draft.disk_format} onChange={(v) => update({ disk_format: choice(v) })} options={DISK_FORMATS} any="Any format" />
        {showVisibility && (
          <Select id="images-visibility" name="visibility" label="Visibility" value={draft.visibility} onChange={(v) => update({ visibility: choice(v) })} options={VISIBILITIES} any="Any visibility" />
        )}
        <Select
          id="images-protected"
          name="protected"
          label="Protected"
          value={draft.protected}
          onChange={(v) => update({ protected: choice(v) })}
          options={['true', 'false']}
          labels={{ true: 'Protected', false: 'Not protected' }}
          any="Either"
        />
        <Select id="images-type" name="type" label="Type" value={draft.type} onChange={(v) => update({ type: choice(v) })} options={IMAGE_KINDS} labels={{ image: 'Image', snapshot: 'Snapshot' }} any="Any type" />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-40">
          <label htmlFor="images-tag" className={labelClass}>
            Tag
          </label>
          <input id="images-tag" name="tag" value={draft.tag ?? ''} onChange={(e) => update({ tag: text(e.target.value) }, true)} className={control} autoComplete="off" maxLength={255} />
        </div>
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="sr-only">Date range</legend>
          <Select id="images-date" name="date" label="Date" value={draft.date} onChange={(v) => update({ date: v === 'updated_at' ? 'updated_at' : 'created_at' })} options={['created_at', 'updated_at']} labels={{ created_at: 'Created', updated_at: 'Updated' }} />
          <DateInput id="images-from" name="from" label="From" value={draft.from} onChange={(v) => update({ from: text(v) }, true)} />
          <DateInput id="images-to" name="to" label="To (inclusive)" value={draft.to} onChange={(v) => update({ to: text(v) }, true)} />
        </fieldset>
        <label className="flex h-9 items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="hidden" value="true" checked={draft.hidden === 'true'} onChange={(e) => update({ hidden: e.target.checked ? 'true' : undefined })} className="size-4 rounded border-slate-300" />
          Show hidden images
        </label>
        <Select id="images-limit" name="limit" label="Rows per page" value={String(draft.limit)} onChange={(v) => update({ limit: Number(v) })} options={PAGE_SIZES.map(String)} />
        <div className="ml-auto flex items-center gap-3">
          <span aria-live="polite" className="inline-flex items-center gap-2 text-sm text-slate-500">
            {pending && (
              <>
                <Spinner /> Updating…
              </>
            )}
          </span>
          {filtered && (
            <button type="button" onClick={() => update(empty)} className="h-9 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100">
              Clear filters
            </button>
          )}
        </div>
      </div>
    </form>
  );
}

/** The parts of the view the form does not edit, so a no-JS submit keeps them. */
function HiddenContext({ filters }: { filters: ImageFilters }) {
  return (
    <>
      <input type="hidden" name="tab" value={filters.tab} />
      {filters.tab === 'shared' && <input type="hidden" name="share" value={filters.share} />}
      <input type="hidden" name="sort" value={filters.sort} />
      <input type="hidden" name="dir" value={filters.dir} />
    </>
  );
}

interface SelectProps {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  options: readonly string[];
  labels?: Record<string, string>;
  any?: string;
}

function Select({ id, name, label, value, onChange, options, labels, any }: SelectProps) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value)} className={`${control} w-auto pr-8`}>
        {any && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {labels?.[option] ?? option.replace('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({ id, name, label, value, onChange }: { id: string; name: string; label: string; value?: string; onChange: (value: string) => void }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value)} className={`${control} w-40`} />
    </div>
  );
}
