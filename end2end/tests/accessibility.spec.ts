import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchForBreakage } from "./support/axe";
import { startLiveMap } from "./support/map";

// WCAG 2.1 A/AA as axe-core checks it, at a phone viewport, on every page of the catalogue; and
// no page may break its security policy or, on the map, fail to hydrate.
const pages = [
  "/", "/?skupina=seniori", "/sluzby", "/sluzby?q=dluhy&forma=terenni", "/sluzby?q=xyzzy", "/sluzby/1", "/organizace/1",
  "/neexistuje", "/skupina", "/dotazy", "/dotazy?tema=pece", "/dotazy/mame-dluhy", "/pomoc", "/pomoc/dluhy",
  "/pomoc/dluhy/ne", "/pomoc/nemam-co-jist?tisk=1", "/pomoc/neznama", "/otevrena-data",
  "/vlozit", "/vlozit?pohled=mapa&obec=549240&barva=modra", "/embed/sluzby?obec=549240", "/embed/sluzby?barva=cervena",
  "/plan", "/plan/akcni-plan", "/plan/projekty", "/plan/skupiny", "/plan/pripominky", "/plan/pripominky/akcni-plan-2026", "/plan/pripominky/akcni-plan-2027",
  "/hledat?q=dluhy", "/pristupnost", "/ankety", "/ankety/dostupnost-sluzeb-2026", "/ankety/dostupnost-sluzeb-2026/vysledky",
  "/novinky", "/novinky/priprava-planu-2027-2029", "/akce?mesic=2026-12", "/akce/kulaty-stul-plan-2027",
  "/embed/mapa?skupina=seniori", "/embed/pomoc", "/embed/pomoc/dluhy/ne?barva=fialova", "/embed/dotazy?barva=seda",
];
for (const path of pages) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    // A hydration mismatch panics the wasm (on the map's pages, the only ones that load it); it
    // must show up here, not on a resident's phone.
    const panics = watchForBreakage(page);
    await page.goto(path);
    if (path.startsWith("/embed/mapa")) {
      await startLiveMap(page);
    }
    await expectNoAxeViolations(page);
    await page.waitForLoadState("networkidle");
    expect(panics).toEqual([]);
  });
}
