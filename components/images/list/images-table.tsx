'use client';

import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ImagesRowDelete } from '@/components/images/delete/images-row-delete';
import { LazyImagesShareActions } from '@/components/images/sharing/lazy-images-share-actions';
import type { ImageRow } from '@/lib/images/image-row';
import { imagesHref, type ImageFilters, type SortKey } from '@/lib/images/image-view';
import { TRANSITIONAL_STATUSES } from '@/lib/glance/constants';
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

// cells take their padding (and headers their weight) from .images-table and short classes from
// app/globals.css (.nw, .c-*): a page repeats them in 25 rows, so each is a word, not a utility string

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
            {has('owner') && <th scope="col">Owner</th>}
            {has('os') && <th scope="col">OS</th>}
            {has('login') && <th scope="col">Login user</th>}
            <SortableHeader filters={filters} sortKey="status" label="Status" />
            {has('visibility') && <th scope="col">Visibility</th>}
            {has('protected') && <th scope="col">Protected</th>}
            {has('format') && <SortableHeader filters={filters} sortKey="disk_format" label="Format" />}
            {has('size') && <SortableHeader filters={filters} sortKey="size" label="Size" align="right" />}
            {has('created') && <SortableHeader filters={filters} sortKey="created_at" label="Created" />}
            <ExtraHeaders columns={end} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <ExtraCells columns={start} row={row} />
              <ImagesTableCells row={row} has={has} projectId={viewer.projectId} />
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
    <th key={c.id} scope="col">
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

function ImagesTableCells({ row, has, projectId }: { row: ImageRow; has: (column: ListColumn) => boolean; projectId: string }) {
  return (
    <>
      <th scope="row" className="c-name">
        <Link href={`/images/${row.id}`}>{row.name || <span className="muted italic">(no name)</span>}</Link>
        <ImageCatalogBadges row={row} />
        <ImageTags tags={row.tags} />
      </th>
      {has('owner') && (
        <td className="nw">
          <OwnerCell row={row} projectId={projectId} />
        </td>
      )}
      {has('os') && (
        <td className="c-dim" data-column="os">
          {row.os ?? <span className="muted">—</span>}
        </td>
      )}
      {has('login') && (
        <td data-column="login">
          {row.loginUser ? <code className="font-mono text-xs text-slate-800">{row.loginUser}</code> : <span className="muted">—</span>}
        </td>
      )}
      <td data-column="status">
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
        <td className={row.protected ? 'c-dim' : 'muted'} data-column="protected">
          {row.protected ? <ProtectedMark /> : 'No'}
        </td>
      )}
      {has('format') && <td className="c-fmt">{row.diskFormat ?? '—'}</td>}
      {has('size') && <td className="c-num">{formatBytes(row.size ?? null)}</td>}
      {has('created') && (
        <td className="c-date">
          <time dateTime={row.createdAt}>{formatDate(row.createdAt)}</time>
        </td>
      )}
    </>
  );
}

/** projectId: the viewer's project, whose ID the header already offers, so its rows skip it as a title. */
function OwnerCell({ row, projectId }: { row: ImageRow; projectId: string }) {
  if (!row.owner) return <span className="muted">—</span>;
  const name = row.ownerName ? (
    <span title={row.owner === projectId ? undefined : row.owner}>{row.ownerName}</span>
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
function ImageCatalogBadges({ row }: { row: ImageRow }) {
  if (!row.snapshot && !row.hidden) return null;
  return (
    <span className="chips">
      {row.snapshot && <Badge tone="blue">snapshot</Badge>}
      {row.hidden && <Badge tone="gray">hidden</Badge>}
    </span>
  );
}

function ImageTags({ tags }: { tags?: string[] }) {
  if (!tags?.length) return null;
  const shown = tags.slice(0, 3);
  return (
    <span className="chips" aria-label="Tags">
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
    <th scope="col" aria-sort={ariaSort} className={align === 'right' ? 'text-right' : undefined}>
      <Link
        href={imagesHref(filters, { sort: sortKey, dir })}
        scroll={false}
        className={active ? 'sort-link text-slate-900' : 'sort-link'}
      >
        {label}
        <span aria-hidden="true" className={active ? undefined : 'text-slate-400'}>
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
      className: 'c-sel',
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      cell: (row) => (reason(row) ? null : <ImagesRowDelete image={row} />),
      className: 'c-act',
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
      cell: (row) => <LazyImagesShareActions imageId={row.id} name={row.name ?? row.id} state={filters.share} />,
      className: 'px-3 py-2 whitespace-nowrap',
    },
  ];
}
