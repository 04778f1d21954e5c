import type { ProjectSummary } from '@/lib/keystone/resolve-project';
import { normalizeProjectId, projectIdCommand } from '@/lib/keystone/project-ref';

export interface InputPreview {
  /** A project this user can see, matched by name or ID. */
  known?: ProjectSummary;
  /** The typed text as a Keystone ID, when it is one. */
  id: string | null;
}

export function previewOf(value: string, knownProjects: ProjectSummary[]): InputPreview {
  const typed = value.trim();
  const id = normalizeProjectId(typed);
  const known = knownProjects.find((p) => p.id === id || p.name === typed);
  return { known, id };
}

interface HintProps {
  value: string;
  preview: InputPreview;
  canListProjects: boolean;
}

/** What Iris will do with the typed text, said before the owner submits. */
export function ImageSharingInputHint({ value, preview, canListProjects }: HintProps) {
  if (preview.known) {
    return (
      <span className="text-emerald-700">
        ✓ {preview.known.name} <span className="font-mono">({preview.known.id})</span>
      </span>
    );
  }
  if (preview.id && !canListProjects) {
    return (
      <span className="text-amber-800">
        Iris cannot check IDs of projects you are not in, and Glance accepts any ID: make sure this one is right.
      </span>
    );
  }
  if (value.trim() && !preview.id && !canListProjects) {
    return (
      <span>
        Iris can find only your own projects by name. <WhereToFindId name={value.trim()} />
      </span>
    );
  }
  return canListProjects ? (
    <span>Any project name or ID: Iris looks it up in Keystone.</span>
  ) : (
    <span>
      Names work for projects you belong to. For any other project, enter its ID. <WhereToFindId />
    </span>
  );
}

function WhereToFindId({ name }: { name?: string }) {
  return (
    <>
      Its members find it as <code className="rounded bg-slate-100 px-1 font-mono text-slate-800">OS_PROJECT_ID</code> in their openrc file, or
      with <code className="rounded bg-slate-100 px-1 font-mono text-slate-800">{projectIdCommand(name)}</code>.
    </>
  );
}
