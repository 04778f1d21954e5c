'use client';

import { useId, useState } from 'react';
import { toast } from '@/components/ui/toast';
import { Button } from '@/components/ui/button';
import { Field, inputClasses } from '@/components/ui/field';
import type { Visibility } from '@/lib/glance/constants';
import type { ProjectSummary } from '@/lib/keystone/resolve-project';
import { findMember } from '@/lib/images/sharing/members';
import type { MemberView } from '@/lib/images/sharing/members';
import { ImageSharingInputHint, previewOf } from './image-sharing-input-hint';
import { ActionFailedError, useAddMember } from './use-image-sharing-mutations';

interface AddFormProps {
  imageId: string;
  visibility: Visibility;
  members: MemberView[];
  knownProjects: ProjectSummary[];
  canListProjects: boolean;
}

function errorOf(error: Error | null): { field?: string; form?: string } {
  if (!error) return {};
  if (error instanceof ActionFailedError) {
    const field = error.state.fieldErrors?.project?.join(' ');
    return field ? { field } : { form: error.state.message };
  }
  return { form: 'Iris could not reach the server. Check your connection and try again.' };
}

/** "Add a project": by name where Iris can resolve it, otherwise by ID; offers to make the image shared. */
export function ImageSharingAddForm({ imageId, visibility, members, knownProjects, canListProjects }: AddFormProps) {
  const inputId = useId();
  const [value, setValue] = useState('');
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const add = useAddMember(imageId, (result) => {
    setValue('');
    toast.success(result.message ?? 'Project added.');
    if (!result.verified) {
      toast.warning('Iris could not confirm that this project exists: your account may not look up other projects. If its members do not see the invitation, check the ID.');
    }
  });
  const shared = visibility === 'shared';
  const preview = previewOf(value, knownProjects);
  const errors = errorOf(add.error);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.reset();
    setDuplicate(null);
    const existing = findMember(members, value, preview.known?.id ?? preview.id);
    if (existing) {
      setDuplicate(`${existing.name ?? existing.projectId} is already a member of this image (${existing.status}). Nothing was changed.`);
      return;
    }
    const projectId = preview.known?.id ?? preview.id ?? `typed:${value.trim()}`;
    add.mutate({ input: value, makeShared: !shared, preview: { projectId, name: preview.known?.name ?? (preview.id ? null : value.trim()) } });
  }

  const fieldError = duplicate ?? errors.field;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Add a member project">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field
          id={inputId}
          label="Project name or ID"
          className="flex-1"
          errors={fieldError ? [fieldError] : undefined}
          hint={fieldError ? undefined : <ImageSharingInputHint value={value} preview={preview} canListProjects={canListProjects} />}
        >
          {(props) => (
            <input
              {...props}
              name="project"
              autoComplete="off"
              spellCheck={false}
              list={`${inputId}-projects`}
              value={value}
              onChange={(event) => {
                setValue(event.target.value);
                setDuplicate(null);
                if (add.isError) add.reset();
              }}
              // short enough to read on a phone; the hint under the field says the rest
              placeholder={canListProjects ? 'e.g. alt, or a project ID' : 'Project ID, or one of your projects'}
              className={inputClasses}
            />
          )}
        </Field>
        <Button type="submit" className="sm:mt-7" pending={add.isPending} disabled={!value.trim()}>
          {shared ? 'Add project' : 'Switch to shared and add'}
        </Button>
      </div>
      <datalist id={`${inputId}-projects`}>
        {knownProjects.map((project) => (
          <option key={project.id} value={project.name} />
        ))}
      </datalist>
      <div aria-live="polite">
        {errors.form && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200">
            {errors.form}
          </p>
        )}
      </div>
    </form>
  );
}
