'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { echoedValue, type ActionState } from '@/lib/action-state';
import type { CreateImageOptions } from '@/lib/images/create-options';
import { useFormDraft } from '@/lib/forms/use-form-draft';
import { catalogProblems, catalogRows } from '@/lib/images/catalog-values';
import { catalogFields, type CatalogGroup } from '@/lib/images/metadefs';
import { formatMismatch, guessFromName, type FormatGuess } from '@/lib/upload/browser/disk-format';
import type { HashState } from '@/lib/upload/browser/use-file-hashes';
import { CreateAccessFields } from './create-access-fields';
import { CreateDetailsFields } from './create-details-fields';
import { CreateFormatFields } from './create-format-fields';
import { CreatePropertiesFields } from './create-properties-fields';
import { CreateStoreField } from '@/components/images/stores/create-store-field';
import { CreateSourceFields, type ImageSource } from './create-source-fields';
import { useCreateMetadata } from './use-create-metadata';

interface CreateImageFormProps {
  options: CreateImageOptions;
  catalog: CatalogGroup[];
  state: ActionState<unknown>;
  pending: boolean;
  onSubmit: (formData: FormData) => void;
  file?: File;
  guess?: FormatGuess;
  hashes: HashState;
  onFile: (file: File) => void;
}

const stripExtension = (name: string) => name.replace(/(\.(qcow2?|img|raw|iso|vmdk|vhdx?|vdi|hds|ova))+$/i, '');

/** The file name at the end of a URL's path, if the text is a URL at all. */
function urlFileName(text: string): string | undefined {
  try {
    return decodeURIComponent(new URL(text).pathname.split('/').pop() ?? '') || undefined;
  } catch {
    return undefined;
  }
}

function useFormatChoice(options: CreateImageOptions, guess: FormatGuess | undefined) {
  const [diskFormat, setDiskFormat] = useState('');
  const [containerFormat, setContainerFormat] = useState(options.containerFormats.includes('bare') ? 'bare' : (options.containerFormats[0] ?? ''));
  const [guessApplied, setGuessApplied] = useState<FormatGuess | undefined>();
  // a new guess (a new file) replaces the formats once; the user can still change them afterwards
  if (guess !== guessApplied) {
    setGuessApplied(guess);
    if (guess?.diskFormat && options.diskFormats.includes(guess.diskFormat)) setDiskFormat(guess.diskFormat);
    if (guess?.containerFormat && options.containerFormats.includes(guess.containerFormat)) setContainerFormat(guess.containerFormat);
  }
  return { diskFormat, setDiskFormat, containerFormat, setContainerFormat };
}

/** Name, formats and minimum disk suggested from the chosen file or the typed URL. */
function useSuggestions(options: CreateImageOptions, guess: FormatGuess | undefined, source: ImageSource) {
  const nameRef = useRef<HTMLInputElement>(null);
  const suggestedName = useRef('');
  const [minDisk, setMinDisk] = useState('');
  const [urlGuess, setUrlGuess] = useState<FormatGuess>();
  const formats = useFormatChoice(options, source === 'url' ? urlGuess : guess);
  // fills the name only while it is empty or still the previous suggestion: never over typed text
  const suggestName = (fileName: string) => {
    const input = nameRef.current;
    if (!input || (input.value.trim() && input.value !== suggestedName.current)) return;
    suggestedName.current = stripExtension(fileName);
    input.value = suggestedName.current;
  };
  const typedUrl = (url: string) => {
    const fileName = urlFileName(url);
    if (!fileName) return;
    suggestName(fileName);
    const fromName = guessFromName(fileName);
    if (fromName.diskFormat && fromName.diskFormat !== urlGuess?.diskFormat) setUrlGuess(fromName);
  };
  return { nameRef, minDisk, setMinDisk, formats, suggestName, typedUrl };
}

/** Said when values typed earlier in this tab (e.g. before the session ended) were put back. */
function RestoredDraftNotice({ onStartOver }: { onStartOver: () => void }) {
  return (
    <Alert tone="info" className="mb-6" title="We put back what you typed here earlier.">
      <p>
        Check the values before creating the image. Browsers do not keep files: choose the file again.{' '}
        <button type="button" onClick={onStartOver} className="font-medium underline underline-offset-2">
          Start with an empty form
        </button>
      </p>
    </Alert>
  );
}

type FormError = Extract<ActionState<unknown>, { status: 'error' }>;

/** The form's one error line; after no answer, a link to see whether the image was created anyway. */
function FormError({ error }: { error: FormError }) {
  const name = echoedValue(error, 'name');
  if (error.code !== 'interrupted' || !name) return <Alert tone="error">{error.message}</Alert>;
  return (
    <Alert tone="error" title="No answer from the server">
      <p>{error.message}</p>
      <p className="mt-1">
        <Link href={`/images?q=${encodeURIComponent(name)}`} className="font-medium underline">
          Look for images named “{name}”
        </Link>{' '}
        before you create it again.
      </p>
    </Alert>
  );
}

function FormFooter({ error, pending, source, onCancel }: { error?: FormError; pending: boolean; source: ImageSource; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 pt-6">
      {/* a whole line of its own on phones rather than a column one word wide */}
      <div aria-live="polite" className="mr-auto min-w-64 flex-1">
        {error && <FormError error={error} />}
      </div>
      <Link href="/images" onClick={onCancel} className={buttonClasses('secondary')}>
        Cancel
      </Link>
      <Button type="submit" pending={pending}>
        {pending ? 'Creating…' : source === 'file' ? 'Create and upload' : 'Create and import'}
      </Button>
    </div>
  );
}

/** The Create Image form. Values stay in the inputs after a refused submit (no form reset). */
export function CreateImageForm({ options, catalog, state, pending, onSubmit, file, guess, hashes, onFile }: CreateImageFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [source, setSource] = useState<ImageSource>('file');
  const suggest = useSuggestions(options, guess, source);
  const draft = useFormDraft('create-image', formRef);
  const metadata = useCreateMetadata(draft.draft);
  const error = state.status === 'error' ? state : undefined;
  const fields = useMemo(() => catalogFields(catalog), [catalog]);
  // the catalog's check, as the server runs it, as the user types: nothing is sent while it refuses
  const problems = useMemo(() => catalogProblems(fields, metadata.rows, catalogRows(metadata.catalog)), [fields, metadata.rows, metadata.catalog]);
  const fieldErrors = { ...error?.fieldErrors, ...problems };
  const errors = (key: string) => fieldErrors[key];
  const { clear: clearDraft } = draft;

  useEffect(() => {
    if (state.status === 'success') clearDraft();
  }, [state.status, clearDraft]);

  useEffect(() => {
    // after a refused submit, take the keyboard to the first field that needs attention
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Create image"
      className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
      onSubmit={(event) => {
        event.preventDefault();
        if (Object.keys(problems).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        else onSubmit(new FormData(event.currentTarget));
      }}
    >
      {draft.restored && (
        <RestoredDraftNotice
          onStartOver={() => {
            clearDraft();
            window.location.reload();
          }}
        />
      )}
      <CreateSourceFields
        {...{ options, source, file, guess, hashes, errors }}
        onSource={setSource}
        onFile={(chosen) => {
          suggest.suggestName(chosen.name);
          onFile(chosen);
        }}
        onUseMinDisk={(gigabytes) => suggest.setMinDisk(String(gigabytes))}
        onUrlTyped={suggest.typedUrl}
      />
      <CreateDetailsFields errors={errors} nameRef={suggest.nameRef} />
      <CreateFormatFields
        options={options}
        diskFormat={suggest.formats.diskFormat}
        onDiskFormat={suggest.formats.setDiskFormat}
        containerFormat={suggest.formats.containerFormat}
        onContainerFormat={suggest.formats.setContainerFormat}
        minDisk={suggest.minDisk}
        onMinDisk={suggest.setMinDisk}
        formatWarning={source === 'file' && file ? formatMismatch(suggest.formats.diskFormat, guess) : undefined}
        errors={errors}
      />
      <CreateAccessFields options={options} errors={errors} />
      <CreateStoreField stores={options.stores} errors={errors} />
      <CreatePropertiesFields metadata={metadata} catalog={catalog} errors={fieldErrors} />
      <FormFooter error={error} pending={pending} source={source} onCancel={clearDraft} />
    </form>
  );
}
