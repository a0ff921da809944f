import { defineConfig } from '@playwright/test'

import { E2E_URL } from './tests/e2e/env'

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: E2E_URL,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 390, height: 844 },
    trace: 'off',
  },
  webServer: {
    command: 'node_modules/.bin/tsx scripts/e2e-server.ts',
    url: `${E2E_URL}/en`,
    // Waiting for the build lock (scripts/e2e-server.ts) can take far longer than a build.
    timeout: process.env.E2E_BUILD_LOCK ? 3_600_000 : 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
