import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { stack } from './support/env';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';

/**
 * Tenant-supplied text (image names, descriptions, property keys and values, tags) is rendered as
 * text everywhere. Each payload would leave a trace if it ran or became markup: an element with a
 * known id in the DOM, `window.__xss` set, or a dialog. The CSP would block inline script anyway;
 * the element-id check does not depend on it.
 */
const marker = uniqueName('xss');
const payloads = {
  name: `${marker} <img id="xss-name" src=x onerror="window.__xss='name'">`,
  description: `<script id="xss-description">window.__xss='description'</script>`,
  propertyKey: `x_<b id="xss-key">key</b>`,
  propertyValue: `<iframe id="xss-value" srcdoc="<script>parent.__xss='value'</script>"></iframe>`,
  tag: `<svg id="xss-tag" onload="window.__xss='tag'">`,
};
const injectedIds = ['xss-name', 'xss-description', 'xss-key', 'xss-value', 'xss-tag'];

let glance: Glance;
let image: GlanceImage;

test.beforeAll(async () => {
  glance = await Glance.as('demo');
  image = await glance.createImage({
    name: payloads.name,
    description: payloads.description,
    disk_format: 'raw',
    container_format: 'bare',
    visibility: 'shared',
    tags: [payloads.tag],
    [payloads.propertyKey]: payloads.propertyValue,
  });
  await glance.upload(image.id, new Uint8Array(1024));
  await glance.addMember(image.id, stack.projects.alt);
});
test.afterAll(async () => glance?.deleteImage(image.id));

/** Fail on any dialog; after the page settles, no injected element exists and no payload ran. */
async function expectInert(page: Page, path: string, visibleText: string[]) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(path);
  for (const text of visibleText) await expect(page.getByText(text).first()).toBeVisible();
  for (const id of injectedIds) await expect(page.locator(`[id="${id}"]`), `#${id} on ${path}`).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), `payload ran on ${path}`).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test('the owner sees markup in names, descriptions, properties and tags as text on every page', async ({ demoPage }) => {
  await expectInert(demoPage, `/images?q=${encodeURIComponent(marker)}`, [payloads.name]);
  await expectInert(demoPage, `/images/${image.id}`, [payloads.name, payloads.description, payloads.propertyKey, payloads.propertyValue, payloads.tag]);
  // the edit form holds them as input values, which are text by nature
  await expectInert(demoPage, `/images/${image.id}/edit`, [payloads.tag]);
  await expect(demoPage.getByLabel('Name', { exact: true })).toHaveValue(payloads.name);
  await expect(demoPage.getByLabel('Description', { exact: true })).toHaveValue(payloads.description);
  await expect(demoPage.getByLabel(/^Property 1 value/)).toHaveValue(payloads.propertyValue);
  await expectInert(demoPage, `/images/${image.id}/sharing`, [payloads.name]);
});

test('a member project sees the invitation as text', async ({ altPage }) => {
  await expectInert(altPage, '/images?tab=shared&share=pending', [payloads.name]);
  await expectInert(altPage, `/images/${image.id}`, [payloads.name, payloads.description]);
});

test('an administrator sees it as text on the admin page', async ({ adminPage }) => {
  await expectInert(adminPage, `/admin/images?owner=${stack.projects.demo}`, [payloads.name]);
});
