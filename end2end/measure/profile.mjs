// Where a page's main thread goes while it loads on a slow phone: Chromium at a quarter of this
// machine's CPU (Lighthouse's mobile throttling), a 390 × 844 viewport, the JS sampling profiler
// from navigation until a second and a half after the network is idle. Prints the long tasks
// (start and duration, ms) and the 20 functions with the most self time. A release build keeps
// no wasm names (wasm-function[N]); a debug build's names are Rust's, its times are not.
//   node end2end/measure/profile.mjs http://127.0.0.1:3410/mapa
import { chromium } from "@playwright/test";

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: "longtask", buffered: true });
});
await cdp.send("Profiler.start");
await page.goto(process.argv[2], { waitUntil: "networkidle" });
await page.waitForTimeout(1500);
const { profile } = await cdp.send("Profiler.stop");
console.log(`long tasks [start, ms]: ${JSON.stringify(await page.evaluate(() => window.__longTasks))}`);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const frame = nodes.get(id).callFrame;
  const key = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${String(Math.round(micros / 1000)).padStart(6)} ms  ${name}`);
}
await browser.close();
