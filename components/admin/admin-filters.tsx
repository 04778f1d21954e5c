'use client';

import Form from 'next/form';
import Link from 'next/link';
import { useRef } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { inputClassesWith } from '@/components/ui/field';
import { ADMIN_SORTS, HIDDEN_MODES, SIZE_BANDS, type AdminFilters } from '@/lib/admin/filters';
import { IMAGE_STATUSES, VISIBILITIES } from '@/lib/glance/constants';

interface AdminFiltersFormProps {
  filters: AdminFilters;
  owners: { id: string; name: string }[];
}

function Select({ name, label, value, children }: { name: string; label: string; value: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={inputClassesWith({ py: 'py-1.5' })}>
        {children}
      </select>
    </div>
  );
}

/**
 * A GET form, so filters live in the URL and work before hydration; with JavaScript, a change
 * of any select applies at once (next/form navigates on the client).
 */
export function AdminFiltersForm({ filters, owners }: AdminFiltersFormProps) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <Form
      ref={form}
      action="/admin/images"
      prefetch={false}
      onChange={(event) => (event.target as HTMLElement).tagName === 'SELECT' && form.current?.requestSubmit()}
      className="grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7"
      aria-label="Filter all images"
    >
      <Select name="owner" label="Owner project" value={filters.owner ?? ''}>
        <option value="">All projects</option>
        {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </Select>
      <Select name="visibility" label="Visibility" value={filters.visibility}>
        <option value="all">Any visibility</option>
        {VISIBILITIES.map((v) => <option key={v} value={v} className="capitalize">{v}</option>)}
      </Select>
      <Select name="status" label="Status" value={filters.status}>
        <option value="any">Any status</option>
        {IMAGE_STATUSES.map((s) => <option key={s} value={s}>{s.replace('_', ' ')}</option>)}
      </Select>
      <Select name="size" label="Size" value={filters.size}>
        {Object.entries(SIZE_BANDS).map(([key, band]) => <option key={key} value={key}>{band.label}</option>)}
      </Select>
      <Select name="hidden" label="Listing" value={filters.hidden}>
        {Object.entries(HIDDEN_MODES).map(([key, label]) => <option key={key} value={key}>{label}</option>)}
      </Select>
      <Select name="sort" label="Sort" value={filters.sort}>
        {Object.entries(ADMIN_SORTS).map(([key, sort]) => <option key={key} value={key}>{sort.label}</option>)}
      </Select>
      <div className="space-y-1">
        <label htmlFor="filter-name" className="block text-xs font-medium text-slate-700">Exact name</label>
        <input id="filter-name" name="name" type="search" defaultValue={filters.name ?? ''} placeholder="e.g. ubuntu-24.04" className={inputClassesWith({ py: 'py-1.5' })} />
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4 xl:col-span-7">
        <button type="submit" className={buttonClasses('primary', 'sm')}>Apply filters</button>
        <Link prefetch={false} href="/admin/images" className={buttonClasses('ghost', 'sm')}>Clear</Link>
        <p className="ml-auto text-xs text-slate-500">Glance matches whole names only.</p>
      </div>
    </Form>
  );
}
