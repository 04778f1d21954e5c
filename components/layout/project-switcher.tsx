'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { switchProject } from './actions';
import { Spinner } from '@/components/ui/button';
import { ProjectIdValue } from './project-id';
import { APPLICATION_CREDENTIAL_SCOPE } from '@/lib/auth/words';
import { cn } from '@/lib/utils';

interface ProjectOption {
  id: string;
  name: string;
}

async function fetchProjects(): Promise<ProjectOption[]> {
  const res = await fetch('/api/projects', { cache: 'no-store' });
  if (!res.ok) throw new Error('Could not load your projects.');
  return ((await res.json()) as { projects: ProjectOption[] }).projects;
}

interface ProjectSwitcherProps {
  current: ProjectOption;
  /** Signed in with an application credential: its project is the only one, and the menu says why. */
  fixedScope?: boolean;
}

export function ProjectSwitcher({ current, fixedScope = false }: ProjectSwitcherProps) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const projects = useQuery({ queryKey: ['projects'], queryFn: fetchProjects, enabled: open && !fixedScope });

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  function choose(project: ProjectOption) {
    setOpen(false);
    if (project.id === current.id) return;
    startTransition(async () => {
      const result = await switchProject(project.id);
      if (result.status === 'error') toast.error(result.message);
      else {
        toast.success(`Switched to project ${project.name}`);
        router.push('/images');
        router.refresh();
      }
    });
  }

  return (
    <div ref={rootRef} className="relative min-w-0">
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((v) => !v)}
        title={`Project ${current.name}`}
        className="inline-flex h-8 max-w-full items-center gap-2 rounded-md px-2 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 sm:px-3"
      >
        <span className="sr-only text-slate-500 sm:not-sr-only">Project</span>
        <span className="truncate font-medium" data-testid="current-project">
          {current.name}
        </span>
        {pending ? <Spinner /> : <span aria-hidden="true">▾</span>}
      </button>
      {open && (
        <div id={listId} className="absolute right-0 mt-2 w-64 rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200">
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
                  onClick={() => choose(project)}
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
      )}
    </div>
  );
}
