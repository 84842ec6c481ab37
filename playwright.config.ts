import { defineConfig } from '@playwright/test';

// The release build under the GitHub Pages sub-path, served as Pages serves it
// (gzip, MIME types, 404.html: scripts/serve.mjs); never `trunk serve`.
const port = Number(process.env.E2E_PORT ?? 4173);
const site = process.env.E2E_SITE ?? 'target/site';
const publicUrl = process.env.E2E_PUBLIC_URL ?? '/cairo-talks/';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${publicUrl}`,
    // A failing test leaves a screenshot in test-results/ to report from.
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs ${site} --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}${publicUrl}`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 20_000,
  },
});
