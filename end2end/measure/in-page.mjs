// How long the in-page app takes to answer, as a resident's Chromium sees it (Performance API,
// median of 20): a filter change on /sluzby until its results are painted, and a wizard answer
// until the next question is painted.
//   node end2end/measure/in-page.mjs http://127.0.0.1:3430
import { chromium } from "@playwright/test";

const base = process.argv[2];
const runs = 20;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const report = (what, xs) =>
  console.log(`${what}: median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (${xs.length} runs)`);

// A filter change: the audience select takes each of its values in turn; timed from the change
// until the frame after the new results are in the page.
await page.goto(`${base}/sluzby`);
await page.locator("html[data-router]").waitFor({ state: "attached" });
const filter = [];
for (let i = 0; i < runs; i++) {
  filter.push(await page.evaluate(async (i) => {
    const select = document.querySelector("#filter-audience");
    const values = [...select.options].map((o) => o.value);
    const before = location.search;
    const start = performance.now();
    select.value = values[(i % (values.length - 1)) + 1] === select.value ? values[0] : values[(i % (values.length - 1)) + 1];
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => {
        if (location.search !== before && document.querySelector(".result-count")) return resolve();
        requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    return performance.now() - start;
  }, i));
}
report("filter change on /sluzby", filter);

// A wizard answer that leads to another question, then "změnit" back to the first one.
await page.goto(`${base}/pomoc`);
await page.locator("[data-wizard=live]").waitFor({ state: "attached" });
const step = [];
for (let i = 0; i < runs; i++) {
  step.push(await page.evaluate(async () => {
    const link = document.querySelector("[data-wizard] a[data-step]:not([data-step=''])");
    const before = document.querySelector("[data-wizard] h1").textContent;
    const start = performance.now();
    link.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector("[data-wizard] h1")?.textContent !== before ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    return performance.now() - start;
  }));
  await page.locator("[data-wizard] a[data-step='']").first().click();
  await page.locator("[data-wizard] .trail").waitFor({ state: "detached" });
}
report("wizard step on /pomoc", step);
await browser.close();
