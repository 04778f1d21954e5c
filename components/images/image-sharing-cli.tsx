'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

export interface CliCommand {
  label: string;
  command: string;
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the text stays selectable.
    }
  }
  return (
    <Button type="button" variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={copy} aria-label={`Copy: ${label}`}>
      {copied ? 'Copied' : 'Copy'}
    </Button>
  );
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
            <div className="flex items-center justify-between gap-2">
              <span className="text-xs font-medium text-slate-600">{item.label}</span>
              <CopyButton text={item.command} label={item.label} />
            </div>
            <pre className="mt-1 rounded-md bg-slate-900 px-3 py-2 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-100" data-testid="cli-command">
              <code>{item.command}</code>
            </pre>
          </li>
        ))}
      </ul>
    </section>
  );
}
