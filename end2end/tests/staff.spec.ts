import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/staff";

// A library staff member fixes a wrong phone number: signs in, finds the service, saves the new
// number; residents see it at once and the audit log shows the old and the new value.

test("staff signs in, changes a phone number, residents see it, the audit shows old and new", async ({ page }) => {
  let loads = 0;
  page.on("load", () => loads++);
  const username = await signIn(page);

  // From the admin home: the services list, a search, the service, the save.
  loads = 0;
  let clicks = 0;
  await page.getByRole("navigation", { name: "Správa" }).getByRole("link", { name: "Služby" }).click();
  clicks++;
  await page.getByLabel("Název nebo poskytovatel").fill("THEIA");
  await page.getByRole("button", { name: "Hledat" }).click();
  clicks++;
  await page.getByRole("link", { name: "Dluhové poradenství THEIA" }).click();
  clicks++;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dluhové poradenství THEIA");
  await expectNoAxeViolations(page);
  const phones = page.getByLabel("Telefony");
  const old = (await phones.inputValue()).split("\n")[0];
  await phones.fill("382 555 666");
  await page.getByRole("button", { name: "Uložit" }).click();
  clicks++;
  await expect(page.getByRole("status")).toHaveText("Uloženo.");
  console.log(`change of one phone number: ${loads} page loads, ${clicks} clicks (from the admin home)`);
  expect(clicks).toBe(4);
  expect(loads).toBeLessThanOrEqual(5);

  const audit = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Původně" }) });
  const row = audit.getByRole("row").filter({ hasText: "telefony" }).first();
  await expect(row).toContainText(username);
  await expect(row).toContainText("+420 382 555 666");
  await expect(row).toContainText(`+420 ${old}`);

  const publicPage = page.getByRole("link", { name: "Veřejná stránka" });
  await publicPage.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dluhové poradenství THEIA");
  await expect(page.getByRole("link", { name: /382 555 666/ }).first()).toBeVisible();

  // A wrong number is refused next to its field, and what was typed stays.
  await page.goBack();
  await page.getByLabel("Telefony").fill("382 55");
  await page.getByLabel("Popis").fill("Nový popis, který se nesmí ztratit.");
  await page.getByRole("button", { name: "Uložit" }).click();
  await expect(page.locator("#phones-error")).toContainText("telefon zadejte jako 9 číslic");
  await expect(page.getByLabel("Telefony")).toHaveValue("382 55");
  await expect(page.getByLabel("Popis")).toHaveValue("Nový popis, který se nesmí ztratit.");
});

test("a resident reports a mistake and gets a thank-you", async ({ page }) => {
  await page.goto("/sluzby");
  await page.getByRole("link", { name: "Dluhové poradenství THEIA" }).first().click();
  await page.getByRole("link", { name: "Nahlásit chybu / navrhnout změnu" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Vaše zpráva").fill("Ve středu mají otevřeno déle.");
  await page.getByRole("button", { name: "Odeslat" }).click();
  await expect(page.getByRole("status")).toContainText("Děkujeme, zprávu jsme přijali.");
});

test("staff publishes a new question, and every editor passes axe", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Správa" }).getByRole("link", { name: "Dotazy" }).click();
  await page.getByRole("link", { name: "Přidat dotaz" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Otázka", { exact: true }).fill("Kde si mohu půjčit kompenzační pomůcku?");
  await page.getByLabel("Odpověď", { exact: true }).fill("V **půjčovně pomůcek** Charity.");
  await page.getByRole("checkbox", { name: "Senioři" }).check();
  await page.getByRole("radio", { name: "Zveřejněno" }).check();
  await page.getByRole("button", { name: "Uložit" }).click();
  await expect(page.getByRole("status")).toHaveText("Uloženo.");
  await page.getByRole("link", { name: "/dotazy/kde-si-mohu-pujcit-kompenzacni-pomucku" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kde si mohu půjčit kompenzační pomůcku?");
  await expect(page.locator("strong", { hasText: "půjčovně pomůcek" })).toBeVisible();

  for (const path of ["/sprava/organizace", "/sprava/nova-organizace", "/sprava/skupiny/seniori", "/sprava/pruvodce", "/sprava/pruvodce/zacatek", "/sprava/pruvodce/sam"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto("/sprava/organizace");
  await page.getByRole("row").nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Služby poskytovatele" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a new password is weighed as it is typed, and the weak one is refused", async ({ page }) => {
  await signIn(page);
  await page.goto("/sprava/heslo");
  const meter = page.locator(".password-meter");
  const fresh = page.getByLabel("Nové heslo", { exact: true });
  await fresh.pressSequentially("Sluníčko2024", { delay: 20 });
  await expect(meter).toContainText("Takové heslo portál nepřijme");
  await expect(meter.locator("meter")).toHaveAttribute("value", /^[0-2]$/);
  await fresh.fill("kůň tramvaj modrý čaj");
  await expect(meter).toContainText("Takové heslo lze uložit");
  await expectNoAxeViolations(page);
  await fresh.fill("");
  await expect(meter).toBeEmpty();
});
