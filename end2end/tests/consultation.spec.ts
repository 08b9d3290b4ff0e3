import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/staff";

// The public consultation of a draft, as the seeds describe Slaný's: staff open a comment
// period, a resident comments on a section, staff settle the comment, and the settled list shows
// how it was handled.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("a resident comments on a draft during its period, staff settle it, and it appears settled", async ({ browser }) => {
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff);
  await staff.getByRole("navigation", { name: "Správa" }).getByRole("link", { name: "Připomínky" }).click();
  const title = `Návrh zásad podpory ${Date.now()}`;
  const opening = staff.getByRole("form", { name: "Otevřít připomínky k návrhu" });
  await opening.getByLabel("Název návrhu").fill(title);
  await opening.getByLabel("Úvod pro veřejnost").fill("Připomínkujte zásady podpory pečujících.");
  await opening.getByLabel("Text návrhu").fill("Zásady platí od roku 2027.\n\n## Pečující\nOdlehčovací služba i o víkendech.\n\n## Rodiny\nPoradna v Mirovicích.");
  await opening.getByLabel("Připomínky od").fill(day(-1));
  await opening.getByLabel("Připomínky do (včetně)").fill(day(14));
  await opening.getByRole("button", { name: "Otevřít připomínky" }).click();
  await expect(staff).toHaveURL(/\/sprava\/pripominky\/\d+\?ulozeno=1/);
  await expect(staff.getByText("K návrhu zatím nepřišla žádná připomínka.")).toBeVisible();

  // A resident finds the draft from the plan, and comments on one section.
  const resident = await browser.newPage();
  await resident.goto("/plan");
  await resident.getByRole("navigation", { name: "Části plánu" }).getByRole("link", { name: "Připomínky veřejnosti" }).click();
  await resident.getByRole("link", { name: title }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectNoAxeViolations(resident);
  await resident.getByRole("link", { name: "Připomínkovat část „Rodiny“" }).click();
  await expect(resident.getByLabel("Ke které části návrhu")).toHaveValue("cast-3");
  await resident.getByLabel("Vaše připomínka").fill("Poradna by měla být otevřená i večer, po práci.");
  await resident.getByLabel("Jméno nebo organizace (nepovinné)").fill("Eva z Mirovic");
  await resident.getByRole("button", { name: "Odeslat připomínku" }).click();
  await expect(resident.getByRole("status").filter({ hasText: "Děkujeme, připomínku jsme přijali." })).toBeVisible();
  const settledList = resident.getByRole("table", { name: "Jak jsme s připomínkami naložili" });
  await expect(settledList).toHaveCount(0);

  // Staff settle it, with the reason the public will read.
  await staff.reload();
  const comment = staff.getByRole("listitem").filter({ hasText: "Poradna by měla být otevřená i večer" });
  await expect(comment).toContainText("čeká na vypořádání");
  await comment.getByLabel("Vypořádání").selectOption({ label: "částečně vyhověno" });
  await comment.getByLabel("Odůvodnění (zveřejní se)").fill("Poradna bude otevřená do 18 hodin každé úterý.");
  await comment.getByRole("button", { name: "Uložit vypořádání" }).click();
  await expect(comment).toContainText("částečně vyhověno");
  await expect(comment.getByLabel("Odůvodnění (zveřejní se)")).toHaveValue("Poradna bude otevřená do 18 hodin každé úterý.");
  await expectNoAxeViolations(staff);

  // The resident sees how the comment was handled.
  await resident.reload();
  const row = settledList.getByRole("row").filter({ hasText: "Poradna by měla být otevřená i večer" });
  await expect(row).toContainText("Rodiny");
  await expect(row).toContainText("částečně vyhověno");
  await expect(row).toContainText("Poradna bude otevřená do 18 hodin každé úterý.");
  await expect(row).toContainText("Eva z Mirovic");
  await staffContext.close();
});
