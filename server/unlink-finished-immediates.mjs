// Node 20 leaves an Immediate linked to its neighbours (_idlePrev/_idleNext) after it ran
// (nodejs/node#66129). An Error made inside an immediate callback keeps that Immediate alive as a
// stack frame's receiver until its stack is printed, which is never for most: React aborts every
// render's cacheSignal with one (`This render completed successfully…`). Through the links, that
// Immediate keeps every Immediate of its batch, and with them the AsyncLocalStorage stores of the
// other requests rendering at the time, each of which holds another such Error: every page load a
// replica ever served stays on its heap (+45 kB per load, docs/benchmarks.md). Each callback below
// first cuts the link to the Immediate that ran just before it, so a finished Immediate links
// nowhere. Node itself reads only the running Immediate's _idleNext, which stays.
import timers from 'node:timers';
import { promisify } from 'node:util';

const INSTALLED = Symbol.for('iris.unlink-finished-immediates');

/** Replace the global setImmediate (and node:timers') with one whose callbacks unlink their finished predecessor. Idempotent. */
export function unlinkFinishedImmediates() {
  const original = globalThis.setImmediate;
  if (original[INSTALLED]) return;
  function setImmediate(callback, ...args) {
    if (typeof callback !== 'function') return original(callback, ...args);
    return original(function runUnlinked(...callbackArgs) {
      // `this` is the running Immediate: its predecessor in the batch has already run
      const previous = this?._idlePrev;
      if (previous) {
        previous._idleNext = null;
        this._idlePrev = null;
      }
      return callback.apply(this, callbackArgs);
    }, ...args);
  }
  setImmediate[promisify.custom] = original[promisify.custom];
  setImmediate[INSTALLED] = true;
  globalThis.setImmediate = setImmediate;
  timers.setImmediate = setImmediate;
}
