import { CopyButton } from '@/components/ui/copy-button';

interface ImageCliCommandProps {
  command: string;
  /** What the command does, used for the copy button's accessible name. */
  label: string;
}

/** An `openstack` command to copy: what this control does, for people who automate. */
export function ImageCliCommand({ command, label }: ImageCliCommandProps) {
  return (
    <div className="flex items-start gap-2 rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset" data-testid="cli-command">
      <code className="min-w-0 flex-1 font-mono text-xs leading-5 whitespace-pre-wrap text-slate-800 [overflow-wrap:anywhere]">
        <span aria-hidden="true" className="text-slate-400 select-none">
          ${' '}
        </span>
        {command}
      </code>
      <CopyButton value={command} label={`command: ${label}`} className="bg-white" />
    </div>
  );
}
