'use client';

import { useEffect, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Image } from '@/lib/glance/schemas';
import { importPhases } from '@/lib/upload/browser/import-phases';
import type { useImageUpload } from '@/lib/upload/browser/use-image-upload';
import { formatBytes } from '@/lib/utils';
import type { ExpectedHash } from '@/lib/images/create-schema';
import type { HashState } from '@/lib/upload/browser/use-file-hashes';
import { importFailure } from './actions';
import { UploadChecksumReport } from './upload-checksum-report';
import { UploadImportPhases } from './upload-import-phases';

interface StagedImportProps {
  imageId: string;
  uploadedFormat?: string | null;
  upload: ReturnType<typeof useImageUpload>;
  /** the live record (polled once the file is staged) */
  image?: Image;
  deleteButton: React.ReactNode;
}

/** Why Glance's import task failed, read once the image is back to queued. */
function useImportFailure(imageId: string, failed: boolean) {
  const [reason, setReason] = useState<string>();
  useEffect(() => {
    if (!failed) return;
    let live = true;
    void importFailure(imageId).then((result) => {
      if (!live) return;
      setReason(result.status === 'success' ? result.data?.message : result.status === 'error' ? result.message : undefined);
    });
    return () => {
      live = false;
    };
  }, [imageId, failed]);
  return reason;
}

/** glance-direct: the phases, and a way out when Glance would not import (retry the import, or delete). */
export function StagedImport({ imageId, uploadedFormat, upload, image, deleteButton }: StagedImportProps) {
  const state = upload.state;
  const [retrying, startRetry] = useTransition();
  const refused = state.phase === 'failed' && state.step === 'import';
  const stagedOnly = state.phase === 'importing' || refused;
  const transfer = state.phase === 'uploading' || state.phase === 'waiting' || state.phase === 'idle' ? 'sending' : refused ? 'failed' : 'staged';
  // a record still uploading (the import call is in flight) is not yet news
  const taskFailed = state.phase === 'done' && image?.status === 'queued';
  const reason = useImportFailure(imageId, taskFailed);
  if (state.phase === 'cancelled' || (state.phase === 'failed' && !refused)) return null;
  return (
    <div className="space-y-3">
      <UploadImportPhases phases={importPhases({ transfer, image: stagedOnly ? undefined : image, uploadedFormat })} />
      {refused && (
        <Alert tone="error" title="Glance did not import the image">
          <p>{state.message}</p>
          <p className="mt-1">The file is in Glance’s staging area; it is not sent again.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button size="sm" pending={retrying} onClick={() => startRetry(async () => void (await upload.retryImport(imageId, state.seconds ?? 0)))}>
              Retry import
            </Button>
            {deleteButton}
          </div>
        </Alert>
      )}
      {taskFailed && (
        <Alert tone="error" title="Glance’s import failed">
          <p>{reason ?? 'Reading why from Glance’s import task…'}</p>
          <p className="mt-1">Glance put the image back to queued; its staged file stays until the image is deleted. Delete it and upload again.</p>
          <div className="mt-3">{deleteButton}</div>
        </Alert>
      )}
    </div>
  );
}

/**
 * Glance converted the image (qcow2 → raw): its checksums are of the converted data, so they
 * cannot match the file's. What can be compared is what Glance received at staging: the size.
 */
interface ConvertedChecksumsProps {
  conversion: { from: string; to: string };
  file: File;
  hashes: HashState;
  expected?: ExpectedHash;
  stagedBytes?: number;
  mismatchAction?: React.ReactNode;
}

export function ConvertedChecksums({ conversion, file, hashes, expected, stagedBytes, mismatchAction }: ConvertedChecksumsProps) {
  const same = stagedBytes === file.size;
  return (
    <>
      <Alert tone={stagedBytes === undefined || same ? 'info' : 'error'} title={`Converted from ${conversion.from} to ${conversion.to}`}>
        <p data-testid="conversion-note">
          Glance’s import converted the image to {conversion.to}, so the checksums below are of the {conversion.to} data Glance stored, not of your {conversion.from} file, and
          your file’s checksums are not compared with them.
        </p>
        <p className="mt-1" data-testid="staged-size">
          {stagedBytes === undefined
            ? 'Glance did not report the size it received at staging.'
            : same
              ? `✓ Glance received all of your file at staging: ${stagedBytes.toLocaleString('en')} bytes, the file’s size.`
              : `✗ Glance received ${stagedBytes.toLocaleString('en')} bytes at staging, but your file has ${file.size.toLocaleString('en')} (${formatBytes(file.size)}). Delete the image and upload again.`}
        </p>
      </Alert>
      {/* a publisher's checksum is of the file they publish: compare it with the file, as the browser hashed it */}
      {expected && (
        <UploadChecksumReport
          title="Your file against the pasted checksum"
          storedLabel="Your file (computed in the browser)"
          image={hashes.status === 'done' ? { checksum: hashes.md5, os_hash_algo: 'sha512', os_hash_value: hashes.sha512 } : {}}
          expected={expected}
          showStored={false}
          mismatchAction={mismatchAction}
        />
      )}
    </>
  );
}
