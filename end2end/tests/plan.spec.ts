import { expect, test } from "@playwright/test";
import { mainMenu } from "./support/menu";

// A resident reads how the region's plan is going: from the menu to the numbers behind a chart.
test("a resident reads the plan and its progress", async ({ page }) => {
  await page.goto("/");
  await (await mainMenu(page)).getByRole("link", { name: "Plán" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Střednědobý plán rozvoje sociálních služeb Písecka");
  const states = page.getByRole("table", { name: /Aktivity podle stavu/ });
  await expect(states.getByRole("row", { name: /probíhá/ })).toContainText("3");
  await expect(page.getByRole("heading", { name: "Priorita 3: Lidé ohrožení sociálním vyloučením najdou cestu zpět" })).toBeVisible();

  // The plan itself, as a document to download.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Střednědobý plán rozvoje sociálních služeb 2024–2026" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("strednedoby-plan-2024-2026.pdf");
});

// One search box for the whole portal: the plan's documents and working groups are found too.
test("a resident searches the portal and finds a working group's minutes", async ({ page }) => {
  await page.goto("/");
  await (await mainMenu(page)).getByRole("link", { name: "Hledat" }).click();
  // The home page has its own "Co hledáte?" box: wait for the search page to be in place.
  await expect(page).toHaveURL(/\/hledat$/);
  await page.getByLabel("Co hledáte").fill("rodiny");
  await page.getByLabel("Co hledáte").press("Enter");
  await expect(page).toHaveURL(/\/hledat\?q=rodiny$/);
  const documents = page.getByRole("region", { name: /Dokumenty/ });
  await expect(documents.getByRole("link", { name: /Zápis z jednání 6\. 10\. 2026/ })).toBeVisible();
  await page.getByRole("link", { name: /Pracovní skupina Rodiny s dětmi/ }).click();
  await expect(page).toHaveURL(/\/plan\/skupiny#rodiny$/);
  await expect(page.getByRole("heading", { name: "Rodiny s dětmi" })).toBeVisible();
});
