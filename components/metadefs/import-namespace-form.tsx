'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClassesWith } from '@/components/ui/field';
import { idle, type ActionState } from '@/lib/action-state';
import { importNamespace } from './actions';
import { FormAlert } from './form-alert';
import { METADEFS_HREF } from './links';

/** 1 MiB: Glance's shipped files are at most a few tens of KiB. */
const MAX_FILE_BYTES = 1024 * 1024;

/** Import a namespace file: pick it (its text lands in the box, editable) or paste JSON; the server checks every field. */
export function ImportNamespaceForm() {
  const [state, formAction, pending] = useActionState<ActionState<unknown>, FormData>(importNamespace, idle);
  const echoed = state.status === 'error' && typeof state.values?.document === 'string' ? state.values.document : undefined;
  const [document, setDocument] = useState('');
  const [fileProblem, setFileProblem] = useState<string>();
  const [lastEcho, setLastEcho] = useState<string>();
  if (echoed !== undefined && echoed !== lastEcho) {
    // keep what was sent after a refusal, so it can be fixed in place
    setLastEcho(echoed);
    setDocument(echoed);
  }
  const problems = state.status === 'error' ? (state.fieldErrors?.document ?? []) : [];
  const errorId = problems.length ? 'ns-document-error' : undefined;

  async function readFile(file: File | undefined) {
    setFileProblem(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem(`${file.name} is larger than 1 MiB: that is not a namespace file.`);
      return;
    }
    setDocument(await file.text());
  }

  return (
    <form action={formAction} className="max-w-3xl space-y-5" noValidate>
      <FormAlert state={state} />
      <div className="space-y-1.5">
        <label htmlFor="ns-file" className="block text-sm font-medium text-slate-800">
          Namespace file (.json)
        </label>
        <input
          id="ns-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void readFile(event.target.files?.[0])}
          aria-describedby={fileProblem ? 'ns-file-error' : 'ns-file-hint'}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        <p id="ns-file-hint" className="text-xs text-slate-500">
          The format of Glance’s own definitions (etc/metadefs/*.json): namespace, display_name, description, visibility, protected, resource_type_associations, properties, objects.
        </p>
        {fileProblem && (
          <p id="ns-file-error" className="text-sm text-red-700">
            {fileProblem}
          </p>
        )}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="ns-document" className="block text-sm font-medium text-slate-800">
          Namespace JSON
        </label>
        <textarea
          id="ns-document"
          name="document"
          rows={14}
          value={document}
          onChange={(event) => setDocument(event.target.value)}
          spellCheck={false}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className={`${inputClassesWith({ text: 'text-xs' })} font-mono`}
        />
        {errorId && (
          <ul id={errorId} className="space-y-0.5 text-sm text-red-700">
            {problems.map((problem) => {
              const [path, ...rest] = problem.split(': ');
              return (
                <li key={problem}>
                  <code className="rounded bg-red-50 px-1 font-mono text-xs break-all">{path}</code> {rest.join(': ')}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          Import namespace
        </Button>
        <Link href={METADEFS_HREF} className="inline-flex h-9 items-center px-3 text-sm font-medium text-slate-700 hover:underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
