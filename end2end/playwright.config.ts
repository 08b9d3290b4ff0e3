import { defineConfig, devices } from "@playwright/test";

// Journeys through the portal in Debian's Chromium at a phone viewport. `cargo leptos end-to-end`
// builds the site, starts the server on 127.0.0.1:3000 and runs this suite against it.
export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  // A municipality's website on two more origins, for the embedding journeys.
  webServer: {
    command: "node host/serve.mjs",
    url: "http://127.0.0.1:3311/",
    reuseExistingServer: false,
  },
  use: {
    baseURL: process.env.POMOC_BASE_URL ?? "http://127.0.0.1:3000",
    locale: "cs-CZ",
    trace: "retain-on-failure",
    ...devices["Pixel 7"],
    // Debian's chromium, never a downloaded one.
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
