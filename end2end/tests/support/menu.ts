import type { Locator, Page } from "@playwright/test";

/** The main menu, unfolded from "Nabídka" as a resident on a phone opens it. */
export async function mainMenu(page: Page): Promise<Locator> {
  const menu = page.getByRole("navigation", { name: "Hlavní nabídka" });
  await menu.getByText("Nabídka", { exact: true }).click();
  return menu;
}
