import { test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// WCAG 2.1 A/AA as axe-core checks it, at a phone viewport, on every page of the catalogue.
const pages = [
  "/", "/?skupina=seniori", "/sluzby", "/sluzby?q=dluhy&forma=terenni", "/sluzby?q=xyzzy", "/sluzby/1", "/organizace/1",
  "/neexistuje", "/skupina", "/dotazy", "/dotazy?tema=pece", "/dotazy/mame-dluhy", "/pomoc", "/pomoc/dluhy",
  "/pomoc/dluhy/ne", "/pomoc/nemam-co-jist?tisk=1", "/pomoc/neznama",
];
for (const path of pages) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.locator("body[data-hydrated]").waitFor({ state: "attached" });
    await expectNoAxeViolations(page);
  });
}
