import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from './node-flags.mjs';

// The JavaScript launchers import NODE_FLAGS; these write the flags out, so they must keep up.
const LAUNCHERS = ['package.json', 'scripts/demo.sh', 'scripts/cluster/lib.sh', 'scripts/bench/run.sh'];

describe('launchers of server/start.mjs', () => {
  it.each(LAUNCHERS)('%s passes the Node flags', (file) => {
    const launches = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /\bnode\b.*server\/start\.mjs/.test(line));
    expect(launches.length).toBeGreaterThan(0);
    for (const line of launches) {
      // each flag between `node` and the script (other options may sit beside them)
      const options = line.slice(line.search(/\bnode\b/), line.indexOf('server/start.mjs')).split(/\s+/);
      for (const flag of NODE_FLAGS) expect(options).toContain(flag);
    }
  });
});
