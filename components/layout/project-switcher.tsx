'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { loadWhenShown } from '@/components/ui/load-when-shown';
import { switchProject } from './actions';
import { Spinner } from '@/components/ui/button';
import type { ProjectOption } from './project-menu';

// the menu (project ID, the project list and its query) is not needed for the first paint
const ProjectMenu = loadWhenShown(() => import('./project-menu').then((m) => m.ProjectMenu));

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
        <ProjectMenu id={listId} current={current} fixedScope={fixedScope} onChoose={choose} />
      )}
    </div>
  );
}
