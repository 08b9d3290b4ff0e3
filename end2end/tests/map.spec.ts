import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, watchForBreakage } from "./support/axe";
import { startLiveMap } from "./support/map";

// The provider map on a phone. No tile server is reachable from the test machine, and the test
// makes that explicit: tiles fail, and the markers, the municipal centres and the list must work.

async function openMap(page: Page, path: string, show?: string) {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto(path);
  await startLiveMap(page, show);
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
}

/** "Ve výřezu mapy: 3 služby z 47 na mapě." → 47 */
async function onMap(page: Page) {
  const status = page.locator(".map-status");
  await expect(status).toContainText("na mapě");
  const match = /z (\d+) na mapě/.exec((await status.textContent()) ?? "");
  return Number(match?.[1]);
}

test("markers appear for a filter, and filtering changes them", async ({ page }) => {
  await openMap(page, "/mapa");
  const all = await onMap(page);
  expect(all).toBeGreaterThan(20);
  await page.getByLabel("Hledat slovo").fill("dluhy");
  await page.getByLabel("Hledat slovo").press("Enter");
  await expect(page).toHaveURL(/\/mapa\?q=dluhy/);
  await expect.poll(() => onMap(page)).toBeLessThan(all);
  // Every marker is a tap target of at least 24 × 24 px (WCAG 2.2 target size).
  for (const marker of await page.locator(".leaflet-marker-icon").all()) {
    const box = await marker.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  }
});

test("a popup names the service and leads to its page", async ({ page }) => {
  await openMap(page, "/mapa?q=THEIA");
  // The map in the middle of the screen: a marker at the screen's bottom edge opens its popup
  // above the fold, Leaflet pans the map to fit it while the page scrolls to the link, and a
  // tap then can land on the moving map (seen once in CI).
  await page.locator(".leaflet-container").evaluate((map) => map.scrollIntoView({ block: "center" }));
  // A finger on a phone: the tap opens the popup.
  const marker = page.getByRole("button", { name: /Dluhové poradenství THEIA/ });
  await marker.tap();
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toContainText("Dluhové poradenství THEIA");
  await expect(popup).toContainText("ambulantní");
  await popup.getByRole("link", { name: "Dluhové poradenství THEIA" }).click();
  await expect(page).toHaveURL(/\/sluzby\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dluhové poradenství THEIA");
});

test("a cluster opens by zooming, from the keyboard too", async ({ page }) => {
  await openMap(page, "/mapa");
  const inView = async () => Number(/výřezu mapy: (\d+)/.exec((await page.locator(".map-status").textContent()) ?? "")?.[1]);
  await expect.poll(inView).toBeGreaterThan(0);
  const before = await inView();
  const cluster = page.getByRole("button", { name: /^Shluk:/ }).first();
  await expect(cluster).toHaveAttribute("tabindex", "0");
  await cluster.focus();
  await page.keyboard.press("Enter");
  await expect.poll(inView).toBeLessThan(before);
});

test("a filter change in the page keeps the map's view", async ({ page }) => {
  await openMap(page, "/mapa");
  const all = await onMap(page);
  // The zoom of the tiles drawn (their addresses end in /z/x/y.png; they fail here, but are asked).
  const zoom = () =>
    page.evaluate(() =>
      Math.max(...[...document.querySelectorAll<HTMLImageElement>(".leaflet-tile")]
        .map((tile) => Number(/\/(\d+)\/\d+\/\d+\.png/.exec(tile.src)?.[1] ?? 0))));
  const district = await zoom();
  await page.getByRole("button", { name: /^Shluk:/ }).first().click();
  await expect.poll(zoom).toBeGreaterThan(district);
  const zoomed = await zoom();
  await page.getByLabel("Hledat slovo").fill("dluhy");
  await page.getByLabel("Hledat slovo").press("Enter");
  await expect(page).toHaveURL(/\/mapa\?q=dluhy/);
  await expect.poll(() => onMap(page)).toBeLessThan(all);
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expect.poll(zoom).toBe(zoomed);
});

test("a marker's popup opens from the keyboard", async ({ page }) => {
  await openMap(page, "/mapa?q=THEIA");
  const marker = page.getByRole("button", { name: /Dluhové poradenství THEIA/ });
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".leaflet-popup")).toContainText("Dluhové poradenství THEIA");
});

test("narrowing the list to the map's view", async ({ page }) => {
  await openMap(page, "/mapa");
  await expect(page.getByRole("region", { name: "Seznam služeb" })).toBeVisible();
  await page.getByLabel("Seznam jen podle výřezu mapy").check();
  await expect(page.getByRole("region", { name: "Seznam služeb" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Mapa" }).getByRole("link").first()).toBeVisible();
});

test.describe("near me", () => {
  test.use({ geolocation: { latitude: 49.451, longitude: 14.36 }, permissions: ["geolocation"] });

  test("the phone's position orders services by distance", async ({ page }) => {
    await openMap(page, "/mapa");
    await page.getByRole("button", { name: "Blízko mě" }).click();
    const near = page.getByRole("region", { name: "Služby blízko mě" });
    await expect(near.getByRole("heading", { name: "Nejblíže vám" })).toBeVisible();
    const notes = await near.locator(".distance").allTextContents();
    expect(notes[0]).toContain("v obci Milevsko");
    const km = notes
      .map((n) => /([\d,]+) (k?m) od/.exec(n))
      .filter((m) => m !== null)
      .map((m) => Number(m![1].replace(",", ".")) * (m![2] === "m" ? 0.001 : 1));
    expect(km.length).toBeGreaterThan(3);
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });
});

test("a typed municipality orders by distance without geolocation", async ({ page }) => {
  await page.goto("/mapa");
  await page.getByLabel("Seřadit podle vzdálenosti od obce").selectOption({ label: "Milevsko" });
  await page.getByRole("button", { name: "Seřadit" }).click();
  await expect(page.getByRole("heading", { name: "Nejblíže obci Milevsko" })).toBeVisible();
});

test("the coverage view shows a municipality no field service reaches", async ({ page }) => {
  await page.goto("/mapa/pokryti");
  await page.getByLabel("Druh služby").selectOption("pecovatelska-sluzba");
  await page.getByRole("button", { name: "Zobrazit" }).click();
  await expect(page).toHaveURL(/druh=pecovatelska-sluzba/);
  const white = page.getByRole("row").filter({ hasText: "bílé místo" });
  expect(await white.count()).toBeGreaterThan(0);
  await expect(page.getByRole("img", { name: /Středy obcí okresu/ })).toBeVisible();
});

test("the live map's code is fetched when asked for, and at once on later visits", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const mapCode = () => fetched.filter((path) => path.includes("live_map") || path.startsWith("/leaflet/"));
  await page.goto("/mapa");
  await page.locator("html[data-bundle]").waitFor({ state: "attached" });
  await expect(page.getByRole("img", { name: /^Náhled mapy/ })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(mapCode()).toEqual([]);
  // Ticking "only the map's view" asks for the live map too, and stays ticked.
  await page.getByLabel("Seznam jen podle výřezu mapy").check();
  await page.locator("body[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await expect(page.getByLabel("Seznam jen podle výřezu mapy")).toBeChecked();
  await expect(page.getByRole("region", { name: "Seznam služeb" })).toBeHidden();
  expect(mapCode().some((path) => path === "/leaflet/leaflet.js")).toBe(true);

  await page.reload();
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Zobrazit podrobnou mapu" })).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the map is an accessible list grouped by municipality", async ({ page }) => {
    await page.goto("/mapa?q=pe%C4%8Dovatelsk%C3%A1");
    await expect(page.getByRole("heading", { name: "Služby podle obcí" })).toBeVisible();
    const milevsko = page.getByRole("region", { name: /^Milevsko/ });
    await expect(milevsko.getByRole("link", { name: "Pečovatelská služba Milevsko" })).toBeVisible();
  });

  test("the server's picture of the map stands in the map's place", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/mapa?q=pe%C4%8Dovatelsk%C3%A1");
    const picture = page.getByRole("img", { name: /^Náhled mapy/ });
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    const box = await picture.boundingBox();
    expect(box!.y).toBeLessThan(844 - 200);
  });
});

for (const path of ["/mapa", "/mapa?od=549576", "/mapa/pokryti?druh=pecovatelska-sluzba"]) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    // The map is the page that hydrates: a mismatch or a blocked script must fail here.
    const problems = watchForBreakage(page);
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto(path);
    // The coverage view is a server-drawn picture and a table: no island, nothing to hydrate.
    if (path.startsWith("/mapa?") || path === "/mapa") {
      await expectNoAxeViolations(page);
      await startLiveMap(page);
      await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
    }
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}

test("the map speaks Ukrainian: status line, clusters, popups and their links", async ({ page }) => {
  await openMap(page, "/uk/mapa", "Показати докладну мапу");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мапа послуг");
  await expect(page.locator(".map-status")).toContainText(/^У видимій частині мапи: \d+ послуг[аи]? з \d+ на мапі\./);
  const cluster = page.getByRole("button", { name: /^Група: \d+ послуг[аи]?\. Наблизити\.$/ }).first();
  await expect(cluster).toBeVisible();
  // Once asked for, the live map starts by itself on the tab's next pages.
  await page.goto("/uk/mapa?q=THEIA");
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await page.locator(".leaflet-container").evaluate((map) => map.scrollIntoView({ block: "center" }));
  await page.getByRole("button", { name: /Dluhové poradenství THEIA/ }).click();
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toContainText("амбулаторна, виїзна");
  const link = popup.getByRole("link", { name: "Dluhové poradenství THEIA" });
  await expect(link).toHaveAttribute("lang", "cs");
  await link.click();
  await expect(page).toHaveURL(/\/uk\/sluzby\/\d+$/);
  // The list without the map says the same in Ukrainian.
  await page.goto("/uk/mapa?od=549240");
  await expect(page.getByRole("heading", { name: "Найближче до населеного пункту Písek" })).toBeVisible();
  await expect(page.locator(".place-list.nearby")).toContainText("у населеному пункті Písek або приїжджає сюди");
});
