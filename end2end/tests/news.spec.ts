import { expect, test } from "@playwright/test";
import { mainMenu } from "./support/menu";
import { readFile } from "node:fs/promises";

// A resident finds a meeting of the community planning and puts it in their calendar.
test("an event is added to a calendar through its iCal file", async ({ page }) => {
  await page.goto("/akce?mesic=2026-12");
  const calendar = page.getByRole("table", { name: "Akce – prosinec 2026" });
  await calendar.getByRole("link", { name: /Kulatý stůl k plánu sociálních služeb/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kulatý stůl k plánu sociálních služeb");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Přidat do kalendáře (iCal)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("kulaty-stul-plan-2027.ics");
  const ics = await readFile((await download.path())!, "utf8");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain("DTSTART;TZID=Europe/Prague:20261203T170000");
  expect(ics).toContain("LOCATION:Městská knihovna Písek\\, Alšovo náměstí 104\\, sál");
});

test("news open from the menu and the feed is offered", async ({ page }) => {
  await page.goto("/");
  await (await mainMenu(page)).getByRole("link", { name: "Novinky" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Novinky");
  await page.getByRole("link", { name: "Začíná příprava plánu sociálních služeb na roky 2027–2029" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Začíná příprava plánu sociálních služeb na roky 2027–2029");
  await page.goto("/novinky");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/novinky.atom");
});
