import { chromium } from "@playwright/test";
const [,, url, out, js] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: js !== "nojs", locale: "cs-CZ" });
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
