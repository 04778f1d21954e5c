'use client';

import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ImagesRowDelete } from '@/components/images/delete/images-row-delete';
import { ImagesShareActions } from '@/components/images/sharing/images-share-actions';
import type { ImageRow } from '@/lib/images/image-row';
import { imagesHref, type ImageFilters, type SortKey } from '@/lib/images/image-view';
import { TRANSITIONAL_STATUSES } from '@/lib/glance/constants';
import type { ImageCatalog } from '@/lib/images/catalog';
import { DEFAULT_LIST_COLUMNS, type ListColumn } from '@/lib/images/list-columns';
import { canChooseForDelete, type Viewer } from '@/lib/glance/permissions';
import { formatBytes, formatDate } from '@/lib/utils';
import { ImageLiveStatus } from '@/components/images/shared/image-live-status';
import { ImageStatusBadge } from '@/components/images/shared/image-status-badge';
import { ImagesSelectAll, ImagesSelectCheckbox } from './images-select-checkbox';
import { ImagesVisibilityBadge } from './images-visibility-badge';

/** An extra column (selection checkbox, invitation buttons, …) without touching the rest of the table. */
interface ImagesTableColumn {
  id: string;
  header: React.ReactNode;
  cell: (row: ImageRow) => React.ReactNode;
  position?: 'start' | 'end';
  className?: string;
}

interface ImagesTableProps {
  /** The rows as `imageRow` shapes them (lib/images/image-row.ts): all the browser gets of each image. */
  rows: ImageRow[];
  filters: ImageFilters;
  caption: string;
  viewer: Viewer;
  /** The optional columns this user chose to see (lib/images/list-columns.ts). */
  shown?: readonly ListColumn[];
}

// cells take their padding from .images-table (app/globals.css): not repeated on every cell
const th = 'font-semibold whitespace-nowrap';

/**
 * The Images table. A client component, so the page sends each row once as its projection (the
 * RSC payload) and once as HTML, rather than its whole markup twice.
 */
export function ImagesTable({ rows, filters, caption, viewer, shown = DEFAULT_LIST_COLUMNS }: ImagesTableProps) {
  const has = (column: ListColumn) => shown.includes(column);
  const deletable = rows.some((row) => canChooseForDelete(row, viewer).allowed);
  const columns = [...(deletable ? deleteColumns(viewer) : []), ...answerColumns(filters)];
  const start = columns.filter((c) => c.position === 'start');
  const end = columns.filter((c) => c.position !== 'start');
  return (
    <div className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="images-table min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <ExtraHeaders columns={start} />
            <SortableHeader filters={filters} sortKey="name" label="Name" />
            {has('owner') && <th scope="col" className={th}>Owner</th>}
            {has('os') && <th scope="col" className={th}>OS</th>}
            {has('login') && <th scope="col" className={th}>Login user</th>}
            <SortableHeader filters={filters} sortKey="status" label="Status" />
            {has('visibility') && <th scope="col" className={th}>Visibility</th>}
            {has('protected') && <th scope="col" className={th}>Protected</th>}
            {has('format') && <SortableHeader filters={filters} sortKey="disk_format" label="Format" />}
            {has('size') && <SortableHeader filters={filters} sortKey="size" label="Size" align="right" />}
            {has('created') && <SortableHeader filters={filters} sortKey="created_at" label="Created" />}
            <ExtraHeaders columns={end} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-image-id={row.id}>
              <ExtraCells columns={start} row={row} />
              <ImagesTableCells row={row} has={has} />
              <ExtraCells columns={end} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ExtraHeaders({ columns }: { columns: ImagesTableColumn[] }) {
  return columns.map((c) => (
    <th key={c.id} scope="col" className={th}>
      {c.header}
    </th>
  ));
}

function ExtraCells({ columns, row }: { columns: ImagesTableColumn[]; row: ImageRow }) {
  return columns.map((c) => (
    <td key={c.id} className={c.className}>
      {c.cell(row)}
    </td>
  ));
}

function ImagesTableCells({ row, has }: { row: ImageRow; has: (column: ListColumn) => boolean }) {
  return (
    <>
      <th scope="row" className="max-w-xs text-left font-normal">
        <Link href={`/images/${row.id}`}>
          {row.name || <span className="text-slate-500 italic">(no name)</span>}
        </Link>
        <ImageCatalogBadges catalog={row.catalog} />
        <ImageTags tags={row.tags} />
      </th>
      {has('owner') && (
        <td className="whitespace-nowrap">
          <OwnerCell row={row} />
        </td>
      )}
      {has('os') && (
        <td className="text-slate-700" data-column="os">
          {row.catalog.os ?? <span className="text-slate-500">—</span>}
        </td>
      )}
      {has('login') && (
        <td data-column="login">
          {row.catalog.loginUser ? <code className="font-mono text-xs text-slate-800">{row.catalog.loginUser}</code> : <span className="text-slate-500">—</span>}
        </td>
      )}
      <td className="whitespace-nowrap" data-column="status">
        {TRANSITIONAL_STATUSES.has(row.status) ? <ImageLiveStatus image={{ id: row.id, status: row.status }} poll={false} /> : <ImageStatusBadge status={row.status} />}
        {row.failedImport && (
          <span title={`The last import failed (store ${row.failedImport})`} className="ml-1">
            <Badge tone="red">import failed</Badge>
          </span>
        )}
      </td>
      {has('visibility') && (
        <td>
          <ImagesVisibilityBadge visibility={row.visibility} />
        </td>
      )}
      {has('protected') && (
        <td className="text-slate-700" data-column="protected">
          {row.protected ? <ProtectedMark /> : <span className="text-slate-500">No</span>}
        </td>
      )}
      {has('format') && <td className="uppercase text-slate-700">{row.diskFormat ?? '—'}</td>}
      {has('size') && <td className="text-right whitespace-nowrap tabular-nums">{formatBytes(row.size)}</td>}
      {has('created') && (
        <td className="whitespace-nowrap text-slate-600">
          <time dateTime={row.createdAt}>{formatDate(row.createdAt)}</time>
        </td>
      )}
    </>
  );
}

function OwnerCell({ row }: { row: ImageRow }) {
  if (!row.owner) return <span className="text-slate-500">—</span>;
  const known = row.ownerName !== row.owner;
  const name = known ? (
    <span title={row.owner}>{row.ownerName}</span>
  ) : (
    <span title={row.owner} className="font-mono text-xs text-slate-600">
      {row.owner.slice(0, 8)}…<span className="sr-only"> (project ID {row.owner})</span>
    </span>
  );
  // the wrapper only when a badge sits beside the name: most rows have none
  if (!row.ownerIsOfficial) return name;
  return (
    <span className="inline-flex items-center gap-1.5">
      {name}
      <Badge tone="violet">official</Badge>
    </span>
  );
}

/** Snapshot and hidden marks beside the name: they change what the row is, so they are not a column to switch off. */
function ImageCatalogBadges({ catalog }: { catalog: ImageCatalog }) {
  if (catalog.kind !== 'snapshot' && !catalog.hidden) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-1">
      {catalog.kind === 'snapshot' && <Badge tone="blue">snapshot</Badge>}
      {catalog.hidden && <Badge tone="gray">hidden</Badge>}
    </span>
  );
}

function ImageTags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  const shown = tags.slice(0, 3);
  return (
    <span className="mt-1 flex flex-wrap gap-1" aria-label="Tags">
      {shown.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
      {tags.length > shown.length && <span className="text-xs text-slate-500">+{tags.length - shown.length}</span>}
    </span>
  );
}

function ProtectedMark() {
  return (
    <span className="inline-flex items-center gap-1 text-slate-800">
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5 fill-current">
        <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V7a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 5H6V4.5a2 2 0 1 1 4 0V6Z" />
      </svg>
      Yes
    </span>
  );
}

const FIRST_DIR: Record<SortKey, 'asc' | 'desc'> = { name: 'asc', status: 'asc', disk_format: 'asc', size: 'desc', created_at: 'desc', updated_at: 'desc' };

interface SortableHeaderProps {
  filters: ImageFilters;
  sortKey: SortKey;
  label: string;
  align?: 'right';
}

/** Column header that asks Glance to sort (sort_key/sort_dir); a second click flips the direction. */
function SortableHeader({ filters, sortKey, label, align }: SortableHeaderProps) {
  const active = filters.sort === sortKey;
  const dir = active ? (filters.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[sortKey];
  const ariaSort = active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={`${th} ${align === 'right' ? 'text-right' : ''}`}>
      <Link
        href={imagesHref(filters, { sort: sortKey, dir })}
        scroll={false}
        className={`inline-flex items-center gap-1 rounded hover:text-slate-900 ${active ? 'text-slate-900' : ''}`}
      >
        {label}
        <span aria-hidden="true" className={active ? '' : 'text-slate-400'}>
          {active ? (filters.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">{active ? `, sorted ${ariaSort}; sort ${dir === 'asc' ? 'ascending' : 'descending'}` : `, sort ${dir === 'asc' ? 'ascending' : 'descending'}`}</span>
      </Link>
    </th>
  );
}

/**
 * A selection box in front of each row and a Delete action at its end, only on pages with at
 * least one row the viewer may delete. Other rows get a disabled box that says why and no action.
 */
function deleteColumns(viewer: Viewer): ImagesTableColumn[] {
  const reason = (row: ImageRow) => {
    const permission = canChooseForDelete(row, viewer);
    return permission.allowed ? undefined : permission.reason;
  };
  return [
    {
      id: 'select',
      position: 'start',
      header: <ImagesSelectAll />,
      cell: (row) => <ImagesSelectCheckbox image={row} reason={reason(row)} />,
      className: 'w-10 py-2.5 pr-1 pl-4',
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      cell: (row) => (reason(row) ? null : <ImagesRowDelete image={row} />),
      className: 'px-3 py-1.5 text-right whitespace-nowrap',
    },
  ];
}

/** On Shared with me: this project's answer to each invitation. */
function answerColumns(filters: ImageFilters): ImagesTableColumn[] {
  if (filters.tab !== 'shared') return [];
  return [
    {
      id: 'answer',
      header: filters.share === 'pending' ? 'Invitation' : 'Your answer',
      cell: (row) => <ImagesShareActions imageId={row.id} name={row.name ?? row.id} state={filters.share} />,
      className: 'px-3 py-2 whitespace-nowrap',
    },
  ];
}
