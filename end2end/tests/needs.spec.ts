import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/staff";

// A resident says what is missing and picks what it is about: the topic is counted for planners.
test("a resident reports a missing service under a topic", async ({ page }) => {
  await page.goto("/chybi-sluzba");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel("Vaše zpráva").fill("Chybí tu kadeřnice, která by přijela domů za babičkou.");
  await page.getByLabel("Čeho se chybějící služba týká?").selectOption({ index: 1 });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Odeslat" }).click();
  await expect(page.getByRole("status")).toContainText("Děkujeme");
});

// Everyone can see that what they could not find is counted, from the plan's tabs.
test("a resident reads what people did not find, in Czech and Ukrainian", async ({ page }) => {
  await page.goto("/plan");
  await page.getByRole("link", { name: "Co lidé nenašli" }).click();
  await expect(page).toHaveURL(/\/plan\/potreby$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Co lidé hledali a nenašli");
  await expect(page.getByRole("table", { name: /Služby a registrovaná kapacita podle druhu/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/uk/plan/potreby");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Що люди шукали й не знайшли");
  await expectNoAxeViolations(page);
});

// A planner narrows the analysis to seniors, prints it for the plan, and turns a need into an
// idea of the project pool.
test("a planner reads the analysis of needs, prints it and proposes a project", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Plánování" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Analýza potřeb");
  await expectNoAxeViolations(page);
  await page.getByLabel("Pro koho").selectOption({ label: "Senioři" });
  await page.getByRole("button", { name: "Zobrazit" }).click();
  await expect(page).toHaveURL(/pro=seniori/);
  await expect(page.getByText(/Počítáno na 1 000 obyvatel: obyvatelé od 65 let/)).toBeVisible();
  const csv = page.getByRole("link", { name: "Stáhnout tabulku (CSV)" }).first();
  await expect(csv).toHaveAttribute("href", /^\/sprava\/planovani\/tydny\.csv\?od=|^\/sprava\/planovani\/[a-z-]+\.csv\?od=/);

  await page.getByRole("link", { name: "Zpráva k tisku: Analýza potřeb" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Analýza potřeb: co obyvatelé hledali a nenašli");
  await expect(page.getByText(/^Období: .*; Senioři$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Zpět na analýzu" }).click();

  const idea = `Kadeřnice s výjezdem domů ${Date.now()}`;
  await page.getByLabel("Co by projekt řešil").fill(idea);
  await page.getByRole("button", { name: "Přidat námět do zásobníku" }).click();
  await expect(page.getByRole("status")).toContainText("je v zásobníku projektů");
  await page.goto("/plan/projekty");
  await expect(page.getByText(idea)).toBeVisible();
});
