'use client';

import { useQuery } from '@tanstack/react-query';
import { ProjectIdValue } from './project-id';
import { APPLICATION_CREDENTIAL_SCOPE } from '@/lib/auth/words';
import { cn } from '@/lib/utils';

export interface ProjectOption {
  id: string;
  name: string;
}

async function fetchProjects(): Promise<ProjectOption[]> {
  const res = await fetch('/api/projects', { cache: 'no-store' });
  if (!res.ok) throw new Error('Could not load your projects.');
  return ((await res.json()) as { projects: ProjectOption[] }).projects;
}

interface ProjectMenuProps {
  id: string;
  current: ProjectOption;
  fixedScope: boolean;
  onChoose: (project: ProjectOption) => void;
}

/** The project switcher's open menu: loaded on its first opening (project-switcher.tsx), not with the page. */
export function ProjectMenu({ id, current, fixedScope, onChoose }: ProjectMenuProps) {
  const projects = useQuery({ queryKey: ['projects'], queryFn: fetchProjects, enabled: !fixedScope });
  return (
    <div id={id} className="absolute right-0 mt-2 w-64 rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200">
      <div className="border-b border-slate-100 px-3 pt-2 pb-3">
        <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Project ID</p>
        <ProjectIdValue id={current.id} />
      </div>
      <p className="px-3 py-2 text-xs font-medium uppercase tracking-wide text-slate-500">Switch project</p>
      {fixedScope && <p className="px-3 pb-2 text-sm text-slate-700">{APPLICATION_CREDENTIAL_SCOPE}</p>}
      {!fixedScope && projects.isPending && <p className="px-3 py-2 text-sm text-slate-500">Loading projects…</p>}
      {projects.isError && <p className="px-3 py-2 text-sm text-red-700">{projects.error.message}</p>}
      <ul aria-label="Your projects">
        {projects.data?.map((project) => (
          <li key={project.id}>
            <button
              type="button"
              onClick={() => onChoose(project)}
              aria-current={project.id === current.id ? 'true' : undefined}
              className={cn(
                'flex w-full items-center justify-between rounded px-3 py-2 text-left text-sm hover:bg-slate-100',
                project.id === current.id && 'font-semibold text-brand-700',
              )}
            >
              {project.name}
              {project.id === current.id && <span aria-hidden="true" className="text-xs">current</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
