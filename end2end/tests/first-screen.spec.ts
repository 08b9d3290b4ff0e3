import { expect, test, type Page } from "@playwright/test";
import { mainMenu } from "./support/menu";
import { startLiveMap } from "./support/map";

// On a 390 × 844 phone the first screen shows what the page is: its heading near the top, the map
// on the map page. The menu is one row; the rest of it unfolds from "Nabídka", without JavaScript
// too.

test.use({ viewport: { width: 390, height: 844 } });

async function top(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!.y;
}

for (const path of ["/", "/?skupina=seniori", "/sluzby", "/pomoc", "/dotazy", "/novinky", "/plan", "/uk/", "/uk/pomoc", "/uk/plan", "/en/sluzby"]) {
  test(`the heading of ${path} starts within the first 200 px`, async ({ page }) => {
    await page.goto(path);
    expect(await top(page, "main h1")).toBeLessThan(200);
  });
}

test("the map page shows the map in the first screen", async ({ page }) => {
  await page.goto("/mapa");
  await expect(page.getByRole("img", { name: /^Náhled mapy/ })).toBeVisible();
  expect(await top(page, ".map-frame")).toBeLessThan(844 - 200);
  await startLiveMap(page);
  expect(await top(page, ".leaflet-container")).toBeLessThan(844 - 200);
});

test("nothing on the map page moves when its script arrives", async ({ page }) => {
  await page.goto("/mapa");
  await startLiveMap(page);
  await expect(page.getByRole("button", { name: "Blízko mě" })).toBeVisible();
  await page.waitForTimeout(500);
  const shifted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  expect(shifted).toBeLessThanOrEqual(0.02);
});

test("the chosen audience stays in front of the folded menu", async ({ page }) => {
  await page.goto("/?skupina=seniori");
  const menu = page.getByRole("navigation", { name: "Hlavní nabídka" });
  await expect(menu.getByRole("link", { name: "Vybraná skupina: Senioři. Změnit" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Služby" })).toBeHidden();
  const header = await page.locator(".site-header").boundingBox();
  expect(header!.height).toBeLessThan(70);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the menu unfolds and leads on", async ({ page }) => {
    await page.goto("/");
    await (await mainMenu(page)).getByRole("link", { name: "Mapa" }).click();
    await expect(page).toHaveURL(/\/mapa$/);
    expect(await top(page, "main h1")).toBeLessThan(200);
  });
});
