import { expect, type Page } from "@playwright/test";

/** The map page's live map, asked for as a resident does: its code loads on request. `show` is
 * the button's name in the page's language. */
export async function startLiveMap(page: Page, show = "Zobrazit podrobnou mapu") {
  await page.locator("html[data-bundle]").waitFor({ state: "attached" });
  await page.getByRole("button", { name: show }).click();
  await page.locator("body[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.locator(".leaflet-container")).toBeVisible();
}
