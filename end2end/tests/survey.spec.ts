import { expect, test } from "@playwright/test";
import { mainMenu } from "./support/menu";

// A resident answers the region's survey anonymously on a phone and sees the results counted.
test("a resident answers a survey and sees the results", async ({ page }) => {
  await page.goto("/");
  await (await mainMenu(page)).getByRole("link", { name: "Ankety" }).click();
  await page.getByRole("link", { name: "Jak jsou pro vás sociální služby dostupné?" }).click();
  const before = await page.request.get("/ankety/dostupnost-sluzeb-2026/vysledky").then((r) => r.text());
  const count = (html: string) => Number(/Celkem odpovědí: (\d+)/.exec(html)?.[1]);

  await page.getByRole("group", { name: /Využíváte vy nebo vaši blízcí/ }).getByLabel("občas").check();
  const missing = page.getByRole("group", { name: /Které služby vám v okolí chybí/ });
  await missing.getByLabel("odlehčovací služba").check();
  await missing.getByLabel("dluhové poradenství").check();
  await page.getByRole("group", { name: /Jak snadno jste našli informace/ }).getByLabel("4", { exact: true }).check();
  await page.getByLabel("Co byste ve službách na Písecku změnili?").fill("Víc informací v obcích.");
  await page.getByRole("button", { name: "Odeslat odpovědi" }).click();
  await expect(page.getByRole("status")).toContainText("Děkujeme, vaše odpovědi jsme uložili.");

  await page.getByRole("link", { name: "Podívat se na výsledky" }).click();
  await expect(page.getByText(`Celkem odpovědí: ${count(before) + 1}`)).toBeVisible();
  const missingTable = page.getByRole("table", { name: /Které služby vám v okolí chybí/ });
  await expect(missingTable.getByRole("row", { name: /odlehčovací služba/ })).toBeVisible();
});
