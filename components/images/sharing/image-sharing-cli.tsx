import { ImageCliCommand } from '@/components/images/shared/image-cli-command';

export interface CliCommand {
  label: string;
  command: string;
}

/** The openstack CLI commands for the same actions, for people who script them. */
export function ImageSharingCli({ commands, note }: { commands: CliCommand[]; note?: React.ReactNode }) {
  return (
    <section aria-labelledby="sharing-cli-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="sharing-cli-heading" className="text-sm font-semibold text-slate-900">
        Command-line equivalent
      </h2>
      {note && <p className="mt-1 text-xs text-slate-500">{note}</p>}
      <ul className="mt-3 space-y-3">
        {commands.map((item) => (
          <li key={item.label}>
            <p className="mb-1 text-xs font-medium text-slate-600">{item.label}</p>
            <ImageCliCommand command={item.command} label={item.label} />
          </li>
        ))}
      </ul>
    </section>
  );
}
