import { expect, test, type Page } from "@playwright/test";

// A resident looks for help from a phone: by keyword, by filters, down to a phone number.

async function searchFromHome(page: Page, text: string) {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Co hledáte?" }).fill(text);
  await page.getByRole("button", { name: "Hledat" }).click();
}

test("searching 'dluhy' leads to debt counselling", async ({ page }) => {
  await searchFromHome(page, "dluhy");
  await expect(page).toHaveURL(/\/sluzby\?q=dluhy/);
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading") }).first();
  await expect(first.getByRole("heading")).toHaveText("Dluhové poradenství THEIA");
  await first.getByRole("link", { name: "Dluhové poradenství THEIA" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dluhové poradenství THEIA");
  await expect(page.getByText("oddlužení")).toBeVisible();
});

test("filters answer as they change, and the URL holds the whole selection", async ({ page }) => {
  await page.goto("/sluzby");
  await page.locator("html[data-router]").waitFor({ state: "attached" });
  await expect(page.getByRole("status")).toContainText("Našli jsme");
  const allCount = await page.getByRole("status").textContent();

  // Each choice updates the results in place, focus staying in the form (no change of
  // context, WCAG 3.2.2), so the resident may go on choosing; without JavaScript the button
  // applies them (below).
  await page.getByText("Upřesnit výběr").click();
  await page.getByLabel("Pro koho").selectOption("seniori");
  await expect(page).toHaveURL(/skupina=seniori/);
  await page.getByRole("checkbox", { name: /^terénní/ }).check();

  await expect(page).toHaveURL(/skupina=seniori.*forma=terenni|forma=terenni.*skupina=seniori/);
  await expect(page.getByRole("status")).not.toHaveText(allCount ?? "");
  await expect(page.getByRole("checkbox", { name: /^terénní/ })).toBeChecked();
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card).toContainText("terénní");
  }

  // The URL is the state: reloading shows the same selection.
  await page.reload();
  await expect(page.getByLabel("Pro koho")).toHaveValue("seniori");
  await expect(page.getByRole("checkbox", { name: /^terénní/ })).toBeChecked();
});

test("a service page offers its phone as a tel: link", async ({ page }) => {
  await page.goto("/sluzby?q=pe%C4%8Dovatelsk%C3%A1+Milevsko");
  await page.getByRole("link", { name: "Pečovatelská služba Milevsko" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pečovatelská služba Milevsko");
  const phone = page.getByRole("link", { name: "382 000 111" });
  await expect(phone).toHaveAttribute("href", "tel:+420382000111");
  await expect(page.getByRole("link", { name: "Otevřít v mapové aplikaci" })).toHaveAttribute("href", /^geo:49\.45/);
});

test("an empty result says what to change", async ({ page }) => {
  await page.goto("/sluzby?q=xyzzy&forma=pobytova");
  await expect(page.getByRole("heading", { name: "Nic jsme nenašli" })).toBeVisible();
  await page.getByRole("link", { name: "Hledat bez slova „xyzzy“" }).click();
  await expect(page).toHaveURL(/\/sluzby\?forma=pobytova$/);
  await expect(page.getByRole("status")).toContainText("Našli jsme");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same journey works with plain links and forms", async ({ page }) => {
    await searchFromHome(page, "dluhy");
    await expect(page.getByRole("heading", { name: "Dluhové poradenství THEIA" })).toBeVisible();

    await page.getByText("Upřesnit výběr").click();
    await page.getByLabel("Pro koho").selectOption("seniori");
    await page.getByRole("checkbox", { name: /^terénní/ }).check();
    await page.getByRole("searchbox", { name: "Hledat slovo" }).fill("");
    await page.getByRole("button", { name: "Použít filtr" }).click();
    await expect(page).toHaveURL(/skupina=seniori/);
    await expect(page).toHaveURL(/forma=terenni/);
    await page.getByRole("link", { name: "Pečovatelská služba Milevsko" }).click();
    await expect(page.getByRole("link", { name: "382 000 111" })).toHaveAttribute("href", "tel:+420382000111");
  });
});
