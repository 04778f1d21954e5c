'use client';

import { useEffect, useRef, useState } from 'react';
import { FieldErrors } from '@/components/ui/field';
import { cn, formatBytes } from '@/lib/utils';

interface UploadFilePickerProps {
  id: string;
  file?: File;
  onFile: (file: File) => void;
  errors?: string[];
  hint?: React.ReactNode;
  disabled?: boolean;
}

function useDropZone(onFile: (file: File) => void, disabled?: boolean) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (event: React.DragEvent) => {
        event.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (event: React.DragEvent) => {
        event.preventDefault();
        setDragging(false);
        const dropped = event.dataTransfer.files[0];
        if (dropped && !disabled) onFile(dropped);
      },
    },
  };
}

const chooseButton =
  'inline-flex h-9 cursor-pointer items-center rounded-md bg-white px-4 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600';

/** A file input that is also a drop zone; the File stays in the browser until the upload streams it. */
export function UploadFilePicker({ id, file, onFile, errors, hint, disabled }: UploadFilePickerProps) {
  const { dragging, handlers } = useDropZone(onFile, disabled);
  const inputRef = useRef<HTMLInputElement>(null);
  // A file chosen while the page was still loading sits in the input, but its change event
  // fired before React listened: take it over once, as if it had been chosen now.
  const adopted = useRef(false);
  useEffect(() => {
    if (adopted.current) return;
    adopted.current = true;
    const early = inputRef.current?.files?.[0];
    if (early && !file) onFile(early);
  }, [file, onFile]);
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1.5">
      <span className="block text-sm font-medium text-slate-800">Image file</span>
      <div
        {...handlers}
        className={cn(
          'flex flex-wrap items-center gap-4 rounded-lg border-2 border-dashed px-4 py-4 transition-colors',
          dragging ? 'border-brand-500 bg-brand-50' : errorId ? 'border-red-300 bg-red-50/40' : 'border-slate-300 bg-slate-50/60',
        )}
      >
        <label htmlFor={id} className={cn(chooseButton, disabled && 'pointer-events-none opacity-50')}>
          {file ? 'Choose another file' : 'Choose file'}
          <input
            ref={inputRef}
            id={id}
            type="file"
            className="sr-only"
            disabled={disabled}
            aria-label="Image file"
            aria-invalid={errorId ? true : undefined}
            aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
            onChange={(event) => event.target.files?.[0] && onFile(event.target.files[0])}
          />
        </label>
        <ChosenFile file={file} />
      </div>
      {hint && (
        <div id={hintId} className="text-xs text-slate-600">
          {hint}
        </div>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

function ChosenFile({ file }: { file?: File }) {
  if (!file) return <p className="text-sm text-slate-600">or drop a qcow2, raw, ISO, VMDK, VHD(X) or VDI file here.</p>;
  return (
    <p className="min-w-0 text-sm">
      <span className="block truncate font-medium text-slate-900" data-testid="chosen-file">
        {file.name}
      </span>
      <span className="text-slate-600">{formatBytes(file.size)}</span>
    </p>
  );
}
