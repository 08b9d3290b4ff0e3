import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { countMessages, linkIn, nextMessage } from "./support/mail";
import { signIn } from "./support/staff";

// A provider keeps its own records: asks for a sign-in link, follows it from the delivered mail,
// confirms its services with one click and sends a corrected phone number, which staff approve
// and residents then see.

// A provider no other journey looks at: they share one database.
const address = "pomoc@bezpeci.example";

test("a provider signs in from its mail, confirms its services, and a change staff approve reaches residents", async ({ page }) => {
  const before = countMessages(address, "Přihlášení na portál Pomoc");
  await page.goto("/pro-poskytovatele");
  await expectNoAxeViolations(page);
  await page.getByLabel("E-mail organizace").fill(address);
  await page.getByRole("button", { name: "Poslat odkaz pro přihlášení" }).click();
  await expect(page.getByRole("status")).toContainText("poslali jsme na ni odkaz");

  const message = await nextMessage(address, "Přihlášení na portál Pomoc", before);
  expect(message.html).toContain("<a href=");
  await page.goto(linkIn(message, "/pro-poskytovatele/prihlaseni/"));
  await page.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(page).toHaveURL(/\/pro-poskytovatele\/sluzby$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Poradna Bezpečí, z. ú.");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Vše platí" }).click();
  await expect(page.locator("#potvrzeno")).toContainText("Potvrdili jste 2 služby");

  await page.getByRole("link", { name: "Upravit: Intervenční centrum Bezpečí" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Telefony (jeden na řádek)").fill("382 000 777");
  await page.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(page.locator("#odeslano")).toContainText("Úpravu jsme předali správě portálu");
  await expect(page.getByRole("listitem").filter({ hasText: "Intervenční centrum Bezpečí" }).first()).toContainText(
    "čeká na správu portálu",
  );

  // Staff, in a browser of their own, approve it.
  await page.context().clearCookies();
  await signIn(page);
  await page.getByRole("navigation", { name: "Správa" }).getByRole("link", { name: "Návrhy poskytovatelů" }).click();
  await page.getByRole("link", { name: "Intervenční centrum Bezpečí" }).click();
  await expect(page.getByRole("row", { name: /Telefony/ })).toContainText("382 000 777");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Schválit a zveřejnit" }).click();
  await expect(page.getByRole("status")).toHaveText("Rozhodnuto.");

  await page.goto("/sluzby?q=Intervenční centrum Bezpečí");
  await page.getByRole("link", { name: "Intervenční centrum Bezpečí" }).first().click();
  await expect(page.getByRole("link", { name: /382 000 777/ }).first()).toBeVisible();
  await expect(page.getByText(/Údaje ověřeny dne/)).toBeVisible();
});
