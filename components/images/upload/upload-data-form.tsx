'use client';

import { useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { useRouter } from 'next/navigation';
import { discardImage } from './actions';
import { Button } from '@/components/ui/button';
import { Field, inputClassesWith } from '@/components/ui/field';
import { parseExpectedHash, type ExpectedHash } from '@/lib/images/create-schema';
import { formatMismatch, type FormatGuess } from '@/lib/upload/browser/disk-format';
import type { HashState } from '@/lib/upload/browser/use-file-hashes';
import { ImageStatusBadge } from '@/components/images/shared/image-status-badge';
import { UploadFilePicker } from './upload-file-picker';
import { UploadFileSummary } from './upload-file-summary';

/** The image record the upload page gives its data to. */
export interface UploadTarget {
  id: string;
  name: string;
  status: string;
  disk_format: string | null;
  container_format: string | null;
  checksum: string | null;
  os_hash_algo: string | null;
  os_hash_value: string | null;
  size: number | null;
}

interface UploadDataFormProps {
  image: UploadTarget;
  file?: File;
  guess?: FormatGuess;
  hashes: HashState;
  maxBytes: number;
  onFile: (file: File) => void;
  onStart: (expected?: ExpectedHash) => void;
}

/** File picker, expected checksum and the Upload / Delete buttons of a queued image. */
export function UploadDataForm({ image, file, guess, hashes, maxBytes, onFile, onStart }: UploadDataFormProps) {
  const router = useRouter();
  const [fileError, setFileError] = useState<string>();
  const [hashError, setHashError] = useState<string>();
  const [deleting, startDelete] = useTransition();
  const warning = file ? formatMismatch(image.disk_format, guess) : undefined;

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const expected = parseExpectedHash(String(new FormData(event.currentTarget).get('expected_hash') ?? ''));
    const noFile = !file ? 'Choose the image file to upload.' : file.size > maxBytes ? 'This file is larger than this cloud accepts.' : file.size === 0 ? 'This file is empty.' : undefined;
    setFileError(noFile);
    setHashError(expected.ok ? undefined : expected.message);
    if (!noFile && expected.ok) onStart(expected.value);
  };
  const remove = () =>
    startDelete(async () => {
      const result = await discardImage(image.id);
      if (result.status === 'error') return void toast.error(result.message);
      toast.success('Image deleted.');
      router.push('/images');
    });

  return (
    <form noValidate onSubmit={submit} aria-label="Upload image data" className="space-y-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <ImageStatusBadge status={image.status} /> No data yet. Declared format:
        <strong className="font-medium">{image.disk_format ?? '—'}</strong> / <strong className="font-medium">{image.container_format ?? '—'}</strong>
      </p>
      <UploadFilePicker
        id="file"
        file={file}
        onFile={onFile}
        errors={fileError ? [fileError] : undefined}
        hint={file ? <UploadFileSummary file={file} guess={guess} hashes={hashes} maxBytes={maxBytes} /> : undefined}
      />
      {warning && (
        <p role="status" data-testid="format-mismatch" className="text-sm text-amber-800">
          {warning}
        </p>
      )}
      <Field id="expected_hash" label="Expected checksum (optional)" errors={hashError ? [hashError] : undefined} hint="MD5, SHA-256 or SHA-512 from the image’s publisher.">
        {(p) => <input {...p} name="expected_hash" autoComplete="off" spellCheck={false} className={`${inputClassesWith({ text: 'text-xs' })} font-mono`} />}
      </Field>
      <div className="flex flex-wrap justify-end gap-3 border-t border-slate-200 pt-4">
        <Button type="button" variant="danger" onClick={remove} pending={deleting}>
          Delete image
        </Button>
        <Button type="submit">Upload</Button>
      </div>
    </form>
  );
}
