// The requests the local Glances and Keystone served during a run, counted from the lines their
// access logs gained (Glance logs every request at INFO; Keystone's Apache has an access log).
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const STATE = process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack';
export const UPSTREAM_LOGS = {
  glance: `${STATE}/log/glance-api.log`,
  'glance RegionTwo': `${STATE}/log/glance-region-two.log`,
  keystone: `${STATE}/log/keystone-access.log`,
};

const size = (file) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

function appended(file, from) {
  const length = size(file) - from;
  if (length <= 0) return '';
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, from);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** Where each log ends now. */
export const logMark = () => Object.fromEntries(Object.entries(UPSTREAM_LOGS).map(([name, file]) => [name, size(file)]));

/** "GET /v2/images/{id}/members": the query left out, IDs (UUIDs, 32-hex) folded. */
const shape = (method, path) => `${method} ${path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-f]{32}/g, '{id}')}`;

/** Requests per service and per request shape since `mark`. */
export function callsSince(mark) {
  const result = {};
  for (const [name, file] of Object.entries(UPSTREAM_LOGS)) {
    const byShape = {};
    let total = 0;
    for (const match of appended(file, mark[name] ?? 0).matchAll(/"(GET|HEAD|POST|PUT|PATCH|DELETE) (\S+) HTTP/g)) {
      const key = shape(match[1], match[2]);
      byShape[key] = (byShape[key] ?? 0) + 1;
      total += 1;
    }
    result[name] = { total, byShape };
  }
  return result;
}
