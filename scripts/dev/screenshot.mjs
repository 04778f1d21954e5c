// Screenshot a page for a human look: node scripts/dev/screenshot.mjs URL OUT.png [storageState.json]
import { chromium } from '@playwright/test';
const [,, url, out, state] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const c = await b.newContext({ viewport: { width: 1360, height: 800 }, ...(state ? { storageState: state } : {}) });
const p = await c.newPage(); await p.goto(url); await p.waitForLoadState('networkidle');
await p.screenshot({ path: out, fullPage: true }); await b.close();
