import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import type { Page } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { ImagesPage } from '../pages/images-page';
import { users, type UserName } from '../support/env';
import { clusterState } from './replicas';

/** Sign in through nginx and wait for the images list. */
export async function signIn(page: Page, user: UserName) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(users[user]);
  await page.waitForURL('**/images**');
  await new ImagesPage(page).settled();
}

/** nginx's access-log lines (request line, status, upstream: nginx.conf.template's log_format) that contain `text`. */
export function accessLogLines(text: string): string[] {
  return readFileSync(`${clusterState}/nginx/access.log`, 'utf8')
    .split('\n')
    .filter((line) => line.includes(text));
}

/**
 * A PUT to nginx as a client that is not a browser would send it: the headers first, then at most
 * `body`, so a refusal that comes before the body is read is seen as it is.
 */
export function putThroughNginx(baseURL: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  const { port, host } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    // nginx listens on 127.0.0.1 only; the Host (and TLS name) stay what a browser sends
    const req = httpsRequest({ host: '127.0.0.1', port, path, method: 'PUT', servername: 'localhost', rejectUnauthorized: false, headers: { host, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: text });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.flushHeaders();
    if (body) req.write(body);
    if (!headers['content-length'] || Number(headers['content-length']) === body.length) req.end();
  });
}
