import { expect, test, type Page } from "@playwright/test";

// "Potřebuji pomoc": from the home page to a phone number in a few taps, on a phone.

/** Taps the answers in order, starting with the home page's "Potřebuji pomoc" section; returns
 * how many taps it took. */
async function walk(page: Page, answers: string[]) {
  await page.goto("/");
  let where = page.getByRole("region", { name: "Potřebuji pomoc" });
  let taps = 0;
  for (const answer of answers) {
    await where.getByRole("link", { name: answer, exact: true }).click();
    taps += 1;
    where = page.getByRole("main");
  }
  return taps;
}

const pisekSituations: { answers: string[]; contact: string }[] = [
  { answers: ["Jsem sám/sama a potřebuji pomoc"], contact: "Oddělení sociální práce a pomoci" },
  { answers: ["Pečuji o dítě s postižením", "1 až 7 let"], contact: "Raná péče Jitřenka" },
  { answers: ["Máme dluhy, jsme v dluhové pasti", "Zatím ne"], contact: "Dluhové poradenství THEIA" },
  { answers: ["Nemám co jíst"], contact: "Oddělení sociální práce a pomoci" },
];

for (const { answers, contact } of pisekSituations) {
  test(`'${answers[0]}' ends at ${contact}`, async ({ page }) => {
    const taps = await walk(page, answers);
    const contacts = page.getByRole("region", { name: "Komu zavolat" });
    await expect(contacts.getByRole("article").first().getByRole("heading")).toHaveText(contact);
    // One more tap calls: at most four from the home page.
    expect(taps + 1).toBeLessThanOrEqual(4);
  });
}

test("a phone number is one tap away on the outcome", async ({ page }) => {
  await walk(page, ["Pečuji o dítě s postižením", "1 až 7 let"]);
  const first = page.getByRole("region", { name: "Komu zavolat" }).getByRole("article").first();
  await expect(first.getByRole("link", { name: /^Zavolat/ })).toHaveAttribute("href", "tel:+420382000132");
});

test("answers so far are shown, can be changed, and the back button works", async ({ page }) => {
  await walk(page, ["Máme dluhy, jsme v dluhové pasti", "Ano, přišla exekuce nebo výpověď"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jednejte hned: dluhová poradna a sociální pracovníci");
  const trail = page.getByRole("region", { name: "Vaše odpovědi" });
  await expect(trail).toContainText("Máme dluhy, jsme v dluhové pasti");
  await trail.getByRole("link", { name: "Změnit odpověď: Ano, přišla exekuce nebo výpověď" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hrozí vám exekuce nebo ztráta bydlení?");
  await page.getByRole("link", { name: "Zatím ne" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Obraťte se na dluhovou poradnu");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hrozí vám exekuce nebo ztráta bydlení?");
  await page.getByRole("link", { name: "Začít znovu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("S čím potřebujete pomoct?");
});

test("the resident's municipality narrows further help", async ({ page }) => {
  await walk(page, ["Starám se o blízkého (seniora, nemocného)", "Pomoc doma s péčí a domácností"]);
  await page.getByLabel("Kde bydlíte? Ukážeme pomoc ve vaší obci.").selectOption({ label: "Milevsko" });
  await page.getByRole("button", { name: "Ukázat" }).click();
  await expect(page).toHaveURL(/obec=549576/);
  await expect(page.getByRole("heading", { name: "Další pomoc pro obec Milevsko" })).toBeVisible();
});

test("the print view renders for a caseworker", async ({ page }) => {
  await walk(page, ["Nemám co jíst"]);
  await page.getByRole("link", { name: "Verze k tisku" }).click();
  await expect(page).toHaveURL(/tisk=1/);
  await expect(page.getByText(/vytištěno \d+\. \d+\. \d{4}/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hlavní nabídka" })).toBeHidden();
  await expect(page.getByRole("img", { name: "QR kód odkazu" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Potravinová pomoc a sociální pracovníci");
  await expect(page.getByRole("link", { name: "Zavolat 382 000 111" })).toHaveCount(0);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test("the short link leads back to the outcome", async ({ page }) => {
  await walk(page, ["Nemám co jíst"]);
  const link = await page.getByRole("region", { name: "Pro sociální pracovníky a pro vás" }).getByRole("link").first().getAttribute("href");
  expect(link).toMatch(/\/p\/4$/);
  await page.goto(new URL(link!).pathname);
  await expect(page).toHaveURL(/\/pomoc\/nemam-co-jist$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Potravinová pomoc a sociální pracovníci");
});

test("an unknown step offers to start again", async ({ page }) => {
  const response = await page.goto("/pomoc/dluhy/kdovi");
  expect(response?.status()).toBe(400);
  await page.getByRole("link", { name: "Začít znovu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("S čím potřebujete pomoct?");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same wizard path works with plain links", async ({ page }) => {
    await walk(page, ["Máme dluhy, jsme v dluhové pasti", "Zatím ne"]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Obraťte se na dluhovou poradnu");
    await expect(page.getByRole("region", { name: "Komu zavolat" })).toContainText("Dluhové poradenství THEIA");
    await page.getByRole("link", { name: "Změnit odpověď: Zatím ne" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hrozí vám exekuce nebo ztráta bydlení?");
  });
});
