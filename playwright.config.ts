import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, WITHOUT_NATIVE_WEBXR } from './e2e/chromium-flags';

/**
 * End-to-end tests against the built server serving the built client (`npm run build` first;
 * `npm test` does). One worker: the specs share one server and one fresh data directory.
 *
 * Specs named `ar-*.spec.ts`, `vr-*.spec.ts` or `xr-*.spec.ts` run in the `xr` project, where
 * Chromium's own WebXR is off so @react-three/xr's emulator (IWER) can install itself.
 */
const PORT = Number(process.env.E2E_PORT ?? 4310);
// The emulator only installs itself on localhost (not 127.0.0.1) unless told otherwise.
// E2E_BASE_URL runs the specs against a store already running there (e.g. processes behind nginx).
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${PORT}`;
const dataDir = process.env.E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-e2e-'));

const XR_SPECS = /(^|[\\/])(ar|vr|xr)-[^\\/]*\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 800, height: 600 },
    screenshot: 'on',
    // Tracing records a screencast of every frame: with software WebGL it halves the emulated XR frame rate.
    trace: 'off',
    locale: 'fr-FR',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: XR_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 800, height: 600 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
      },
    },
    {
      name: 'xr',
      testMatch: XR_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        // Emulated XR draws the synthetic room too: keep the frame small, frames are the cost here.
        viewport: { width: 640, height: 480 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, WITHOUT_NATIVE_WEBXR] },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL ? undefined : {
    // The compiled server (dist-server/, made by `npm run build` with the client), as `npm start` runs it.
    command: 'node dist-server/main.js',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      VITRINE_DATA_DIR: dataDir,
      VITRINE_RATE_LIMIT: 'off',
      LOG_LEVEL: 'warn',
    },
  },
});
