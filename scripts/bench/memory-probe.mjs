// Bench-only preload for a cluster replica (NODE_OPTIONS="--import …/memory-probe.mjs", with
// IRIS_BENCH_MEMORY_DIR set): writes the replica's process.memoryUsage() to
// $IRIS_BENCH_MEMORY_DIR/memory-<replica>.json every second, and on SIGUSR2 runs a full garbage
// collection and writes the result to memory-<replica>-gc.json, so the bench can tell memory the
// heap still holds from memory V8 merely kept. Does nothing in a process that is not a replica.
import { renameSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

const dir = process.env.IRIS_BENCH_MEMORY_DIR;
const replica = process.env.IRIS_REPLICA_ID;
if (dir && replica) {
  const write = (afterGc) => {
    const file = `${dir}/memory-${replica}${afterGc ? '-gc' : ''}.json`;
    const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ at: Date.now(), afterGc, rss, heapTotal, heapUsed, external, arrayBuffers }));
    renameSync(tmp, file);
  };
  setInterval(() => write(false), 1000).unref();
  process.on('SIGUSR2', () => {
    v8.setFlagsFromString('--expose-gc');
    vm.runInNewContext('gc')();
    write(true);
  });
}
