'use client';

import Link from 'next/link';
import { useEffect, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { discardImage, retryWebDownload } from './actions';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { ExpectedHash } from '@/lib/images/create-schema';
import type { HashState } from '@/lib/upload/browser/use-file-hashes';
import type { useImageUpload } from '@/lib/upload/browser/use-image-upload';
import { importFailed, isSettled, useLiveImage } from '@/lib/upload/browser/use-live-image';
import { conversionOf, importSettled } from '@/lib/upload/browser/import-phases';
import { formatDuration } from '@/lib/upload/browser/transfer-meter';
import { loginUrl } from '@/lib/session/redirect';
import { formatBytes } from '@/lib/utils';
import { ImageStatusBadge } from '@/components/images/shared/image-status-badge';
import { UploadChecksumReport } from './upload-checksum-report';
import { UploadHashStatus } from './upload-hash-status';
import { UploadProgress } from './upload-progress';
import { UploadWaiting } from './upload-waiting';
import { ConvertedChecksums, StagedImport } from './upload-staged-import';

export type UploadController = ReturnType<typeof useImageUpload>;

interface UploadTransferPanelProps {
  image: { id: string; name: string; diskFormat?: string | null; containerFormat?: string | null; visibility?: string };
  source: { kind: 'file'; file: File; hashes: HashState } | { kind: 'url'; url: string };
  upload: UploadController;
  expected?: ExpectedHash;
  /** The record is gone (cancelled or deleted): go back to where the user came from. */
  onDiscarded: () => void;
  actions?: React.ReactNode;
}

const releasedAfterFailure = (image: { status: string } | undefined) => !!image && image.status !== 'saving' && image.status !== 'uploading';

function useWarnBeforeLeaving(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

function useDiscard(imageId: string, onDiscarded: () => void, upload: UploadController) {
  const [pending, startTransition] = useTransition();
  const discard = (done: string) =>
    startTransition(async () => {
      upload.cancel();
      const result = await discardImage(imageId);
      if (result.status === 'success') {
        toast.success(done);
        onDiscarded();
      } else if (result.status === 'error') toast.error(result.message);
    });
  return { pending, discard };
}

function TransferHeader({ image, status }: { image: UploadTransferPanelProps['image']; status: string }) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <h2 id="transfer-heading" className="truncate text-lg font-semibold text-slate-900">
          {image.name}
        </h2>
        <p className="mt-0.5 text-xs text-slate-500">
          <span className="font-mono">{image.id}</span>
          {image.diskFormat && ` · ${image.diskFormat} / ${image.containerFormat}`}
          {image.visibility && ` · ${image.visibility}`}
        </p>
      </div>
      <span aria-live="polite" data-testid="image-status">
        <ImageStatusBadge status={status} />
      </span>
    </header>
  );
}

/**
 * Everything after the record exists: upload progress (or Glance's download), live status until
 * active, checksums, and a way out of every failure (retry, delete).
 */
export function UploadTransferPanel({ image, source, upload, expected, onDiscarded, actions }: UploadTransferPanelProps) {
  const phase = upload.state.phase;
  const staged = source.kind === 'file' && upload.via === 'glance-direct';
  // after a failed upload, poll only until Glance has let go of it (saving → queued); a staged
  // image until its import ends (active, or queued again when Glance's import task failed)
  const live = useLiveImage(
    image.id,
    source.kind === 'url' || phase === 'done' || phase === 'failed',
    phase === 'failed' ? releasedAfterFailure : staged ? importSettled : isSettled,
  );
  const current = live.data;
  const converted = staged ? conversionOf(image.diskFormat, current) : undefined;
  const { pending: discarding, discard } = useDiscard(image.id, onDiscarded, upload);
  useWarnBeforeLeaving(phase === 'uploading' || phase === 'waiting');
  const deleteButton = (
    <Button variant="danger" size="sm" pending={discarding} onClick={() => discard('Image deleted.')}>
      Delete image
    </Button>
  );

  return (
    <section aria-labelledby="transfer-heading" className="space-y-6 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <TransferHeader image={image} status={headerStatus(phase, staged, current?.status)} />
      {source.kind === 'file' && staged && <StagedImport imageId={image.id} uploadedFormat={image.diskFormat} upload={upload} image={current} deleteButton={deleteButton} />}
      {source.kind === 'file' ? (
        <FileTransfer imageId={image.id} file={source.file} upload={upload} status={current?.status} deleteButton={deleteButton} onCancel={() => discard('Upload cancelled. The image record was deleted.')} cancelling={discarding} />
      ) : (
        <UrlTransfer imageId={image.id} url={source.url} image={current} deleteButton={deleteButton} onRetried={async () => (await live.refetch()).data?.status} />
      )}
      {source.kind === 'file' && source.hashes.status === 'hashing' && (
        <div className="text-xs text-slate-600">
          <UploadHashStatus hashes={source.hashes} />
        </div>
      )}
      {current?.status === 'active' && converted && source.kind === 'file' && (
        <ConvertedChecksums conversion={converted} file={source.file} hashes={source.hashes} expected={expected} stagedBytes={upload.state.phase === 'done' ? upload.state.stagedBytes : undefined} mismatchAction={deleteButton} />
      )}
      {current?.status === 'active' && (
        <>
          <UploadChecksumReport
            image={current}
            local={source.kind === 'file' && !converted ? localChecksums(source.hashes) : undefined}
            expected={converted ? undefined : expected}
            mismatchAction={deleteButton}
          />
          <p className="text-sm text-emerald-800">The image is active: servers and volumes can be created from it.</p>
        </>
      )}
      {live.error && <Alert tone="warning">Could not refresh the image’s status: {live.error.message}</Alert>}
      <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 pt-4">
        {phase !== 'uploading' && phase !== 'waiting' && actions}
        {current?.status === 'active' && (
          <Link href={`/images/${image.id}`} className={buttonClasses('primary')}>
            Go to image
          </Link>
        )}
      </div>
    </section>
  );
}

/** Glance's status while the browser still knows better: saving (PUT) or uploading (staging) while bytes flow. */
function headerStatus(phase: UploadController['state']['phase'], staged: boolean, polled: string | undefined): string {
  if (phase === 'uploading') return staged ? 'uploading' : 'saving';
  if (staged && (phase === 'importing' || (phase === 'done' && !polled))) return 'uploading';
  return polled ?? 'queued';
}

function localChecksums(hashes: HashState) {
  if (hashes.status === 'done') return { md5: hashes.md5, sha512: hashes.sha512 };
  return { pending: hashes.status === 'hashing' };
}

interface FileTransferProps {
  imageId: string;
  file: File;
  upload: UploadController;
  status?: string;
  deleteButton: React.ReactNode;
  onCancel: () => void;
  cancelling: boolean;
}

function FileTransfer({ imageId, file, upload, status, deleteButton, onCancel, cancelling }: FileTransferProps) {
  const state = upload.state;
  if (state.phase === 'uploading') return <UploadProgress fileName={file.name} stats={state.stats} onCancel={onCancel} cancelling={cancelling} />;
  if (state.phase === 'waiting') return <UploadWaiting fileName={file.name} message={state.message} onCancel={onCancel} cancelling={cancelling} />;
  if (state.phase === 'done' || state.phase === 'importing' || (state.phase === 'failed' && state.step === 'import')) {
    const seconds = state.seconds ?? 0;
    return (
      <div className="space-y-2">
        <ProgressBar value={1} label="Upload progress" valueText={`100%, ${formatBytes(file.size)} uploaded`} tone="green" />
        <p className="text-sm text-slate-700" data-testid="upload-done">
          ✓ Uploaded {file.name} ({formatBytes(file.size)}) in {formatDuration(seconds)}, {formatBytes(file.size / Math.max(seconds, 0.001))}/s on average
          {upload.via === 'glance-direct' ? ', to Glance’s staging area.' : '.'}
        </p>
      </div>
    );
  }
  if (state.phase === 'failed' && state.status === 401) return <SessionEndedDuringUpload imageId={imageId} />;
  if (state.phase === 'failed') {
    const canRetry = !status || status === 'queued';
    return (
      <Alert tone="error" title="The upload did not finish">
        <p>{state.message}</p>
        <p className="mt-1">{failedUploadAdvice(status)}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          {canRetry && (
            <Button size="sm" onClick={() => void upload.start(imageId, file)}>
              Retry upload
            </Button>
          )}
          {deleteButton}
        </div>
      </Alert>
    );
  }
  return <p className="text-sm text-slate-600">{state.phase === 'cancelled' ? 'Cancelling the upload…' : 'Starting the upload…'}</p>;
}

/** Glance refused the token: retrying cannot help until the user signs in again. */
function SessionEndedDuringUpload({ imageId }: { imageId: string }) {
  return (
    <Alert tone="error" title="Your session ended before the upload">
      <p>Glance no longer accepts your sign-in, so it took none of the file. The image stays in Glance, queued and without data.</p>
      <p className="mt-1">Sign in again: you will come back to this image’s upload page to choose the file again, or to delete the image.</p>
      <div className="mt-3">
        <Link href={loginUrl(`/images/${imageId}/upload`, 'expired')} className={buttonClasses('primary', 'sm')}>
          Sign in again
        </Link>
      </div>
    </Alert>
  );
}

function failedUploadAdvice(status: string | undefined): string {
  if (!status || status === 'queued') return 'The image is still in Glance, queued and without data. Retry the upload, or delete the image.';
  // Glance needs a moment to notice the broken connection before it puts the image back to queued
  if (status === 'saving' || status === 'uploading') return 'Glance is closing the interrupted upload; Retry appears when the image is queued again.';
  if (status === 'active') return 'Glance has the data after all: the image is active.';
  return `Glance marked the image ${status}; it cannot take data any more. Delete it and create it again.`;
}

interface UrlTransferProps {
  imageId: string;
  url: string;
  image?: { status: string } & Record<string, unknown>;
  deleteButton: React.ReactNode;
  /** Refetch the image; resolves to its status. */
  onRetried: () => Promise<string | undefined>;
}

function UrlTransfer({ imageId, url, image, deleteButton, onRetried }: UrlTransferProps) {
  const [retrying, startRetry] = useTransition();
  const retry = () =>
    startRetry(async () => {
      const result = await retryWebDownload(imageId, url);
      if (result.status === 'error') return void toast.error(result.message);
      // Glance marks the new attempt (importing) a moment after answering 202; until then the
      // record still carries the old failure, so keep showing "retrying" for up to 10 s.
      for (let attempt = 0; attempt < 10; attempt++) {
        if ((await onRetried()) !== 'queued') return;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    });
  if (image?.status === 'active') return <p className="text-sm text-slate-700">✓ Glance downloaded <span className="break-all font-mono text-xs">{url}</span>.</p>;
  if (image && importFailed(image) && !retrying) {
    return (
      <Alert tone="error" title="Glance could not download the file">
        <p>
          The import from <span className="break-all font-mono text-xs">{url}</span> failed: the server answered an error or cannot be reached from the cloud. The image is queued, without data.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button size="sm" onClick={retry} pending={retrying}>
            Retry import
          </Button>
          {deleteButton}
        </div>
      </Alert>
    );
  }
  return (
    <div className="space-y-2" data-testid="import-progress">
      <p className="text-sm text-slate-700">
        Glance is downloading <span className="break-all font-mono text-xs">{url}</span>…
      </p>
      <ProgressBar label="Import progress" valueText="Glance is downloading the file" />
    </div>
  );
}
