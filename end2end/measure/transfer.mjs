// What a first visit to a page costs on the wire: every response's encoded (compressed) bytes as
// Chromium's network layer counts them, with an empty cache, after the page is idle.
//   node end2end/measure/transfer.mjs http://127.0.0.1:3000/embed/sluzby [more URLs…]
import { chromium } from "@playwright/test";

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const url of process.argv.slice(2)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const requests = new Map();
  const rows = [];
  cdp.on("Network.responseReceived", (e) => {
    requests.set(e.requestId, { url: e.response.url, encoding: e.response.headers["content-encoding"] ?? "" });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) rows.push({ ...r, bytes: e.encodedDataLength });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  // A page that loads the bundle has loaded everything once it runs (a map the page hydrates:
  // once it is live; the map page's own waits until the resident asks for it).
  if (await page.locator("link[rel=modulepreload]").count()) {
    await page.locator("html[data-bundle]").waitFor({ state: "attached", timeout: 30_000 });
  }
  if (await page.locator("leptos-island .live-map").count()) {
    await page.locator("body[data-hydrated]").waitFor({ state: "attached", timeout: 30_000 });
  }
  await page.waitForLoadState("networkidle");
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  console.log(`${url}: ${rows.length} responses, ${total} B on the wire`);
  for (const r of rows.sort((a, b) => b.bytes - a.bytes)) {
    console.log(`  ${String(r.bytes).padStart(9)} B  ${r.encoding.padEnd(4)}  ${r.url}`);
  }
  await context.close();
}
await browser.close();
