'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { setImageProtected } from '@/components/images/detail/actions';
import { deleteImages, type DeleteResult } from './actions';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button, Spinner } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { inputClasses } from '@/components/ui/field';
import { cli } from '@/lib/images/cli';
import type { Visibility } from '@/lib/glance/constants';
import { canDelete, canEdit, isOwner, type Viewer } from '@/lib/glance/permissions';
import { emptyRecordsKey } from '@/lib/query/images';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { DELETE_WARNING } from '@/components/images/shared/image-messages';

export interface DeletableImage {
  id: string;
  name: string | null;
  visibility: Visibility;
  protected: boolean;
  owner: string | null;
  status?: string;
}

interface DeleteImagesDialogProps {
  open: boolean;
  onClose: () => void;
  images: DeletableImage[];
  viewer: Viewer;
  /** Project ID → name, so an admin sees whose images these are. */
  projectNames?: Record<string, string>;
  /** Called after Glance answered, with one result per image (some may have failed). */
  onDeleted?: (results: DeleteResult[]) => void;
}

const label = (image: { name: string | null; id: string }) => image.name || image.id;
const facts = (image: DeletableImage) => ({ ...image, status: image.status ?? 'active' });

/** Results in the order the images were listed. */
function inOrder(images: DeletableImage[], results: DeleteResult[]): DeleteResult[] {
  const position = new Map(images.map((image, i) => [image.id, i]));
  return [...results].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/** Which phrase the user must type: exposed (public/shared) images are deleted only on purpose. */
function confirmationPhrase(deletable: DeletableImage[]): string | null {
  if (!deletable.some((image) => image.visibility === 'public' || image.visibility === 'shared')) return null;
  return deletable.length === 1 ? label(deletable[0]!) : `delete ${deletable.length} images`;
}

export function DeleteImagesDialog({ open, onClose, images, viewer, projectNames = {}, onDeleted }: DeleteImagesDialogProps) {
  const [unprotected, setUnprotected] = useState<ReadonlySet<string>>(new Set());
  const [typed, setTyped] = useState('');
  const [results, setResults] = useState<DeleteResult[] | null>(null);
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();

  const items = images.map((image) => ({ ...image, protected: image.protected && !unprotected.has(image.id) }));
  const deletable = items.filter((image) => canDelete(facts(image), viewer).allowed);
  const phrase = confirmationPhrase(deletable);
  const ready = deletable.length > 0 && (phrase === null || typed.trim() === phrase);

  function close() {
    setTyped('');
    setResults(null);
    setUnprotected(new Set());
    onClose();
  }

  function submit() {
    // images the dialog already said it would not delete still get a line in the results
    const skipped = items.flatMap((image): DeleteResult[] => {
      const permission = canDelete(facts(image), viewer);
      return permission.allowed ? [] : [{ id: image.id, name: label(image), ok: false, message: permission.reason }];
    });
    startTransition(async () => {
      const result = await deleteImages(deletable.map((image) => image.id));
      if (result.status !== 'success') return void toast.error(result.status === 'error' ? result.message : 'Nothing happened.');
      const outcome = inOrder(images, [...(result.data?.results ?? []), ...skipped]);
      // the Project tab's panel of images without data is fetched by the browser: it may list these
      void queryClient.invalidateQueries({ queryKey: emptyRecordsKey });
      onDeleted?.(outcome);
      // a batch or a refusal is reported in the dialog, line by line; a toast would only repeat it
      if (outcome.length > 1 || !outcome[0]?.ok) return void setResults(outcome);
      toast.success(result.message ?? 'Deleted.');
      close();
    });
  }

  const title = images.length === 1 ? `Delete image “${label(images[0]!)}”?` : `Delete ${images.length} images?`;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={results ? 'Deletion results' : title}
      footer={
        results ? (
          <Button type="button" variant="secondary" onClick={close} autoFocus>
            Close
          </Button>
        ) : (
          <>
            <Button type="button" variant="secondary" onClick={close} autoFocus>
              Cancel
            </Button>
            <Button type="button" variant="danger" disabled={!ready} pending={pending} onClick={submit}>
              {deletable.length > 1 ? `Delete ${deletable.length} images` : 'Delete image'}
            </Button>
          </>
        )
      }
    >
      {results ? (
        <DeleteResults results={results} />
      ) : (
        <DeleteSummary
          items={items}
          deletable={deletable}
          viewer={viewer}
          projectNames={projectNames}
          phrase={phrase}
          typed={typed}
          onType={setTyped}
          onUnprotected={(id) => setUnprotected((prev) => new Set(prev).add(id))}
        />
      )}
    </Dialog>
  );
}

interface DeleteSummaryProps {
  items: DeletableImage[];
  deletable: DeletableImage[];
  viewer: Viewer;
  projectNames: Record<string, string>;
  phrase: string | null;
  typed: string;
  onType: (value: string) => void;
  onUnprotected: (id: string) => void;
}

/** What will happen: each image (with why some will not be deleted), the warning, the typed confirmation. */
function DeleteSummary({ items, deletable, viewer, projectNames, phrase, typed, onType, onUnprotected }: DeleteSummaryProps) {
  const ownerName = (image: DeletableImage) => projectNames[image.owner ?? ''] ?? image.owner ?? '?';
  const foreign = [...new Set(items.filter((image) => viewer.isAdmin && !isOwner(image, viewer)).map(ownerName))];
  return (
    <>
      <ul aria-label="Images to delete" className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
        {items.map((image) => (
          <DeleteImageRow key={image.id} image={image} viewer={viewer} ownerName={ownerName(image)} onUnprotected={() => onUnprotected(image.id)} />
        ))}
      </ul>
      {foreign.length > 0 && (
        <Alert tone="warning">
          You are deleting images of {foreign.length === 1 ? 'project' : 'projects'} <strong>{foreign.join(', ')}</strong> as an administrator.
        </Alert>
      )}
      <Alert tone="error" title="This cannot be undone">
        {DELETE_WARNING}
      </Alert>
      {phrase && deletable.length > 0 && (
        <div className="space-y-1.5">
          <label htmlFor="delete-confirmation" className="block text-sm font-medium text-slate-800">
            {deletable.length === 1 ? 'This image is visible to other projects.' : 'Some of these images are visible to other projects.'} Type{' '}
            <strong className="font-mono">{phrase}</strong> to confirm.
          </label>
          <input id="delete-confirmation" value={typed} onChange={(e) => onType(e.target.value)} autoComplete="off" spellCheck={false} className={inputClasses} />
        </div>
      )}
      {deletable.length > 0 && <ImageCliCommand command={cli.delete(deletable.map((image) => image.id))} label="delete these images" />}
    </>
  );
}

interface DeleteImageRowProps {
  image: DeletableImage;
  viewer: Viewer;
  ownerName: string;
  onUnprotected: () => void;
}

function DeleteImageRow({ image, viewer, ownerName, onUnprotected }: DeleteImageRowProps) {
  const [pending, startTransition] = useTransition();
  const permission = canDelete(facts(image), viewer);
  const mayUnprotect = image.protected && canEdit(facts(image), viewer).allowed;

  function unprotect() {
    startTransition(async () => {
      const result = await setImageProtected(image.id, false);
      if (result.status === 'error') toast.error(result.message);
      else {
        toast.success(`“${label(image)}” is no longer protected.`);
        onUnprotected();
      }
    });
  }

  return (
    <li className="px-3 py-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-all text-slate-900">{label(image)}</span>
        <Badge>{image.visibility}</Badge>
        {image.protected && <Badge tone="amber">protected</Badge>}
        {viewer.isAdmin && !isOwner(image, viewer) && <span className="text-xs text-slate-500">owned by {ownerName}</span>}
      </div>
      {!permission.allowed && (
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-red-800">
          <span>Will not be deleted: {permission.reason}</span>
          {mayUnprotect && (
            // a secondary button that wraps a long name (Button's fixed height and nowrap do not)
            <button
              type="button"
              onClick={unprotect}
              disabled={pending}
              aria-busy={pending || undefined}
              className="inline-flex min-h-8 max-w-full items-center gap-2 rounded-md bg-white px-3 py-1 text-left text-sm font-medium break-all text-slate-800 ring-1 ring-slate-300 transition-colors ring-inset hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400"
            >
              {pending && <Spinner />}
              Unprotect “{label(image)}”
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function DeleteResults({ results }: { results: DeleteResult[] }) {
  const deleted = results.filter((result) => result.ok).length;
  return (
    <div aria-live="polite" className="space-y-3">
      <p className="font-medium text-slate-800">
        {deleted === results.length ? `All ${results.length} images were deleted.` : `${deleted} of ${results.length} images deleted.`}
      </p>
      <ul aria-label="Deletion results" className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
        {results.map((result) => (
          <li key={result.id} className="flex gap-2 px-3 py-2">
            <span aria-hidden="true" className={result.ok ? 'text-emerald-700' : 'text-red-700'}>
              {result.ok ? '✓' : '✗'}
            </span>
            <span>
              <span className="font-medium break-all">{result.name}</span>: {result.ok ? 'deleted' : `not deleted. ${result.message ?? ''}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
