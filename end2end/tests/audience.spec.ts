import { expect, test } from "@playwright/test";
import { mainMenu } from "./support/menu";

// Choosing who you are turns the whole site to that group, until changed or cleared.

test("the audience choice changes the menus and survives a reload", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Hlavní nabídka" }).getByRole("link", { name: "Pro koho?" })).toBeVisible();
  await page.getByRole("link", { name: /^Senioři/ }).first().click();

  const menu = page.getByRole("navigation", { name: "Hlavní nabídka" });
  await expect(menu.getByRole("link", { name: "Vybraná skupina: Senioři. Změnit" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pomoc pro skupinu: Senioři");
  const topics = page.getByRole("navigation", { name: "Témata pro skupinu Senioři" });
  await expect(topics.getByRole("link")).toHaveText(["Péče o sebe a o blízké", "Zdraví a postižení", "Peníze, dávky a dluhy", "Bydlení"]);

  await page.reload();
  await expect(menu.getByRole("link", { name: "Vybraná skupina: Senioři. Změnit" })).toBeVisible();

  // The catalogue and the questions follow the choice.
  await (await mainMenu(page)).getByRole("link", { name: "Služby" }).click();
  await expect(page).toHaveURL(/\/sluzby\?skupina=seniori/);
  await page.goto("/dotazy");
  await expect(page).toHaveURL(/\/dotazy\?skupina=seniori/);
  await expect(page.getByText("Ukazujeme dotazy pro vybranou skupinu")).toBeVisible();

  // Clearing it shows everything again.
  await page.goto("/skupina");
  await page.getByRole("link", { name: "Zobrazovat vše pro všechny (zrušit výběr)" }).click();
  await expect(menu.getByRole("link", { name: "Pro koho?" })).toBeVisible();
  await page.goto("/sluzby");
  await expect(page).toHaveURL(/\/sluzby$/);
});

test("choosing 'all groups' in the catalogue clears the remembered audience", async ({ page }) => {
  await page.goto("/?skupina=rodiny-s-detmi");
  await page.goto("/sluzby");
  await expect(page).toHaveURL(/skupina=rodiny-s-detmi/);
  // The filters are open: the remembered audience narrows the list.
  await page.getByLabel("Pro koho").selectOption("");
  await page.getByRole("button", { name: "Použít filtr" }).click();
  await expect(page).toHaveURL(/skupina=(&|$)/);
  await expect(page.getByRole("navigation", { name: "Hlavní nabídka" }).getByRole("link", { name: "Pro koho?" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Pro koho")).toHaveValue("");
});

test("questions are searchable and have their own pages", async ({ page }) => {
  await page.goto("/dotazy");
  await page.getByRole("searchbox", { name: "Hledat v dotazech" }).fill("příspěvek na péči");
  await page.getByRole("button", { name: "Hledat" }).click();
  await page.getByRole("link", { name: "Jak požádat o příspěvek na péči?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jak požádat o příspěvek na péči?");
  await expect(page.getByRole("region", { name: "Kde vám pomohou" })).toContainText("Poradna pro lidi se zdravotním postižením");
});
