import { CopyButton } from '@/components/ui/copy-button';

interface ImageCliCommandProps {
  command: string;
  /** What the command does, used for the copy button's accessible name. */
  label: string;
}

/** An `openstack` command to copy: what this control does, for people who automate. */
export function ImageCliCommand({ command, label }: ImageCliCommandProps) {
  return (
    <div className="flex items-start gap-2 rounded-md bg-slate-900 px-3 py-2" data-testid="cli-command">
      <code className="min-w-0 flex-1 font-mono text-xs leading-5 break-all whitespace-pre-wrap text-slate-100">
        <span aria-hidden="true" className="select-none text-slate-500">
          ${' '}
        </span>
        {command}
      </code>
      <CopyButton value={command} label={`command: ${label}`} className="bg-slate-800 text-slate-200 ring-slate-600 hover:bg-slate-700" />
    </div>
  );
}
