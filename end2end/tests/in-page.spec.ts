import { expect, test, type Page } from "@playwright/test";
import { mainMenu } from "./support/menu";
import { startLiveMap } from "./support/map";

// The app in the browser: once the bundle runs, links, filters, the audience and the wizard
// answer in the page. The document is loaded once a visit: a marker set on `window` at the
// first load is still there after ten steps, the browser counts one document navigation, and
// focus, the result count, back/forward and a failed request behave as a resident needs.

async function routerReady(page: Page) {
  await page.locator("html[data-router]").waitFor({ state: "attached" });
}

async function mark(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { pomocMarker: number }).pomocMarker = 22;
  });
}

async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { pomocMarker?: number }).pomocMarker)).toBe(22);
  expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

for (const start of ["/", "/?skupina=seniori"]) {
  test(`ten steps across the pages keep one document (start ${start})`, async ({ page }) => {
    await page.goto(start);
    await routerReady(page);
    await mark(page);

    // 1–2: the wizard from the home page, to an outcome.
    await page.getByRole("region", { name: "Potřebuji pomoc" }).getByRole("link", { name: "Pečuji o dítě s postižením" }).click();
    await expect(heading(page)).toBeFocused();
    await page.getByRole("main").getByRole("link", { name: "1 až 7 let", exact: true }).click();
    await expect(heading(page)).toHaveText(/Raná péče|dítě/);
    await expect(page).toHaveURL(/\/pomoc\/.+\/.+/);
    // 3: the catalogue from the menu; its heading takes the focus.
    await (await mainMenu(page)).getByRole("link", { name: "Služby" }).click();
    await expect(heading(page)).toHaveText("Katalog sociálních služeb");
    await expect(heading(page)).toBeFocused();
    // 4: typing searches; the URL follows, the count is read out, the caret stays.
    const search = page.getByLabel("Hledat slovo");
    await search.fill("dluhy");
    await expect(page).toHaveURL(/q=dluhy/);
    await expect(search).toBeFocused();
    await expect(page.locator("#route-announcer")).toHaveText(/Našli jsme/);
    // 5: a service, 6: back to the search as it was.
    await page.locator(".service-card h2 a").first().click();
    await expect(page).toHaveURL(/\/sluzby\/\d+$/);
    await page.goBack();
    await expect(page).toHaveURL(/q=dluhy/);
    await expect(page.getByLabel("Hledat slovo")).toHaveValue("dluhy");
    // 7: the questions, 8: one question.
    await (await mainMenu(page)).getByRole("link", { name: "Dotazy" }).click();
    await expect(page).toHaveURL(/\/dotazy/);
    await page.getByRole("main").locator("a[href^='/dotazy/']").first().click();
    await expect(page).toHaveURL(/\/dotazy\/[a-z0-9-]+/);
    // 9: who I am re-shapes the menus in the page; 10: the map, live.
    await page.locator("a.audience-chip").click();
    await expect(heading(page)).toHaveText("Pro koho hledáte pomoc?");
    await page.locator(".audience-tiles a").first().click();
    await expect(page.locator(".audience-chip.chosen")).toBeVisible();
    await (await mainMenu(page)).getByRole("link", { name: "Mapa" }).click();
    await startLiveMap(page);

    await expectSameDocument(page);
  });
}

test("a filter answers in the page and back brings the previous results", async ({ page }) => {
  await page.goto("/sluzby");
  await routerReady(page);
  await mark(page);
  const count = page.locator(".result-count");
  const all = await count.textContent();
  await page.getByText(/^Upřesnit výběr/).click();
  await page.getByRole("group", { name: "Forma služby" }).getByText("terénní", { exact: false }).first().click();
  await expect(page).toHaveURL(/forma=terenni/);
  await expect(count).not.toHaveText(all!);
  // The fold the resident opened stays open, and focus stays on the checkbox.
  await expect(page.locator("#more-filters")).toHaveAttribute("open", "");
  await page.goBack();
  await expect(page).not.toHaveURL(/forma=/);
  await expect(count).toHaveText(all!);
  await page.goForward();
  await expect(page).toHaveURL(/forma=terenni/);
  await expectSameDocument(page);
});

test("back restores where the resident had scrolled", async ({ page }) => {
  await page.goto("/sluzby");
  await routerReady(page);
  const last = page.locator(".service-card h2 a").last();
  await last.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(300);
  await last.click();
  await expect(page).toHaveURL(/\/sluzby\/\d+$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(heading(page)).toHaveText("Katalog sociálních služeb");
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 5);
});

test.describe("without the service worker, so that nothing answers for the network", () => {
  test.use({ serviceWorkers: "block" });

  test("a page that does not come says so in Czech and offers to try again", async ({ page, context }) => {
    await page.goto("/");
    await routerReady(page);
    await mark(page);
    await context.setOffline(true);
    await page.getByRole("main").locator("a[href^='/dotazy/']").first().click();
    const failure = page.getByRole("alert");
    await expect(failure).toContainText("Stránku se nepodařilo načíst");
    await expect(failure.getByRole("button", { name: "Zkusit znovu" })).toBeFocused();
    await context.setOffline(false);
    await failure.getByRole("button", { name: "Zkusit znovu" }).click();
    await expect(page).toHaveURL(/\/dotazy\/[a-z0-9-]+/);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expectSameDocument(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same links and forms load whole pages", async ({ page }) => {
    await page.goto("/sluzby");
    await page.getByLabel("Hledat slovo").fill("dluhy");
    await page.getByRole("button", { name: "Hledat" }).click();
    await expect(page).toHaveURL(/q=dluhy/);
    await expect(page.locator(".result-count")).toHaveText(/Našli jsme/);
  });
});

test("the wizard walks its questions from the tree in the page, without a request", async ({ page }) => {
  await page.goto("/pomoc");
  await routerReady(page);
  await page.locator("[data-wizard=live]").waitFor();
  await mark(page);
  const requests: string[] = [];
  // Pages and data: what a step would fetch (Chromium asks for the favicon again on each entry).
  page.on("request", (request) => {
    if (["document", "fetch", "xhr"].includes(request.resourceType())) requests.push(request.url());
  });
  const first = await heading(page).textContent();

  await page.getByRole("main").getByRole("link", { name: "Pečuji o dítě s postižením" }).click();
  await expect(heading(page)).not.toHaveText(first!);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(/\/pomoc\/[a-z0-9-]+$/);
  await expect(page).toHaveTitle(/^Potřebuji pomoc: /);
  const second = await heading(page).textContent();
  // Changing the answer, and back and forward, show the steps again.
  await page.getByRole("link", { name: /^Změnit odpověď/ }).click();
  await expect(heading(page)).toHaveText(first!);
  await expect(page).toHaveURL(/\/pomoc$/);
  await page.goBack();
  await expect(heading(page)).toHaveText(second!);
  await page.goForward();
  await expect(heading(page)).toHaveText(first!);
  expect(requests).toEqual([]);

  // An outcome comes from the server, with its contacts.
  await page.getByRole("main").getByRole("link", { name: "Pečuji o dítě s postižením" }).click();
  await page.getByRole("main").getByRole("link", { name: "1 až 7 let", exact: true }).click();
  await expect(page.getByRole("region", { name: "Komu zavolat" })).toBeVisible();
  expect(requests.filter((url) => new URL(url).pathname.startsWith("/pomoc/"))).toHaveLength(1);
  // Starting again from the outcome goes back to the first question.
  await page.getByRole("link", { name: "Začít znovu" }).click();
  await expect(heading(page)).toHaveText(first!);
  await expectSameDocument(page);
});
