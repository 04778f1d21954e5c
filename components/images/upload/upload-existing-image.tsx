'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import type { ExpectedHash } from '@/lib/images/create-schema';
import { useChosenFile } from '@/lib/upload/browser/use-chosen-file';
import { useFileHashes } from '@/lib/upload/browser/use-file-hashes';
import { useImageUpload } from '@/lib/upload/browser/use-image-upload';
import { useLiveImage } from '@/lib/upload/browser/use-live-image';
import { ImageStatusBadge } from '@/components/images/shared/image-status-badge';
import { UploadChecksumReport } from './upload-checksum-report';
import { UploadDataForm, type UploadTarget } from './upload-data-form';
import { UploadTransferPanel } from './upload-transfer-panel';
import { uploadMethodFor } from './upload-method';

/** The upload page's client side: choose the file, upload, then status and checksums. */
export function UploadExistingImage({ image, maxBytes, glanceDirect }: { image: UploadTarget; maxBytes: number; glanceDirect: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { file, guess, choose } = useChosenFile();
  const hashes = useFileHashes(file);
  const upload = useImageUpload(uploadMethodFor(glanceDirect));
  const [started, setStarted] = useState<{ expected?: ExpectedHash }>();

  if (image.status !== 'queued' && !started) return <ExistingImageState image={image} />;
  if (started && file) {
    return (
      <UploadTransferPanel
        image={{ id: image.id, name: image.name, diskFormat: image.disk_format, containerFormat: image.container_format }}
        source={{ kind: 'file', file, hashes }}
        upload={upload}
        expected={started.expected}
        onDiscarded={() => router.push('/images')}
      />
    );
  }
  const start = (expected?: ExpectedHash) => {
    if (!file) return;
    setStarted({ expected });
    void upload.start(image.id, file).then((outcome) => {
      if (outcome.phase === 'done' && outcome.image) queryClient.setQueryData(['images', image.id], outcome.image);
    });
  };
  return <UploadDataForm image={image} file={file} guess={guess} hashes={hashes} maxBytes={maxBytes} onFile={choose} onStart={start} />;
}

function ExistingImageState({ image }: { image: UploadTarget }) {
  const live = useLiveImage(image.id, !['active', 'killed', 'deactivated'].includes(image.status));
  const current = live.data ?? image;
  const status = current.status;
  return (
    <section className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <p className="flex items-center gap-2 text-sm text-slate-700">
        Status <span aria-live="polite">{<ImageStatusBadge status={status} />}</span>
      </p>
      {status === 'active' || status === 'deactivated' ? (
        <>
          <Alert tone="info">This image already has its data; Glance does not accept a second upload.</Alert>
          <UploadChecksumReport image={current} />
        </>
      ) : status === 'killed' ? (
        <Alert tone="error">Glance marked this image failed (killed): it cannot take data any more. Delete it and create it again.</Alert>
      ) : (
        <Alert tone="info">Glance is working on this image ({status}). This page updates by itself.</Alert>
      )}
      <div className="flex justify-end border-t border-slate-200 pt-4">
        <Link href={`/images/${image.id}`} className={buttonClasses('primary')}>
          Go to image
        </Link>
      </div>
    </section>
  );
}
