import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const modelPort = Number(process.env.E2E_MODEL_PORT ?? 3199);
const dataDir = ".parley/e2e";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    trace: "off",
    launchOptions: {
      executablePath: process.env.PARLEY_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      // The only thing faked: a model endpoint, speaking the real chat-completions protocol.
      command: "npx tsx e2e/fixtures/model-server.ts",
      port: modelPort,
      reuseExistingServer: false,
      env: { E2E_MODEL_PORT: String(modelPort) },
    },
    {
      // A fresh embedded database each run, the production build, the same launcher as `npm start`.
      command: `rm -rf ${dataDir} && exec npm start`,
      // Parley stops its embedded PostgreSQL on SIGTERM; a SIGKILL would leave the server running.
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        PARLEY_DATA_DIR: dataDir,
        NEXT_TELEMETRY_DISABLED: "1",
        CHECKPOINT_DISABLE: "1",
        OPENAI_COMPATIBLE_BASE_URL: `http://127.0.0.1:${modelPort}/v1`,
      },
    },
  ],
});
