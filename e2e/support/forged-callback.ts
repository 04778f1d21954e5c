import type { Page } from '@playwright/test';

/**
 * A page at `pageUrl` (served by the test, so its origin is that URL's) that auto-POSTs `token`
 * to an Iris WebSSO callback, as Keystone's page would; resolves back on Iris's login page.
 */
export async function postTokenFrom(page: Page, pageUrl: string, callbackUrl: string, token: string) {
  await page.route(pageUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>forged</title><form method="post" action="${callbackUrl}"><input name="token" value="${token}"></form><script>document.forms[0].submit()</script>`,
    }),
  );
  await page.goto(pageUrl);
  await page.waitForURL(/\/login\?sso=/);
}
