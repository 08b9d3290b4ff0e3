import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, watchForBreakage } from "./support/axe";

// The portal in Ukrainian and English: the address says the language, the switch keeps the
// place, the choice is remembered, a Ukrainian browser is offered (not sent to) its language,
// and the wizard takes a Ukrainian-speaking resident to a phone number in four taps.

async function lang(page: Page) {
  return page.locator("html").getAttribute("lang");
}

test.describe("a Ukrainian browser", () => {
  test.use({ locale: "uk-UA" });

  test("is offered Ukrainian and reaches a phone number in four taps", async ({ page }) => {
    const panics = watchForBreakage(page);
    await page.goto("/");
    expect(await lang(page)).toBe("cs");
    const offer = page.getByRole("complementary", { name: "Мова сторінки" });
    await expect(offer).toHaveAttribute("lang", "uk");
    let taps = 0;
    await offer.getByRole("link", { name: "Відкрити українською" }).click();
    taps += 1;
    await expect(page).toHaveURL(/\/uk\/$/);
    expect(await lang(page)).toBe("uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Знайдіть допомогу поблизу");
    await page
      .getByRole("region", { name: "Мені потрібна допомога" })
      .getByRole("link", { name: "Я доглядаю за дитиною з інвалідністю" })
      .click();
    taps += 1;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Скільки років дитині?");
    await expect(page).toHaveURL(/\/uk\/pomoc\/dite-s-postizenim$/);
    await page.getByRole("link", { name: "Від 1 до 7 років" }).click();
    taps += 1;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Рання допомога і допомога на догляд");
    const contacts = page.getByRole("region", { name: "Кому зателефонувати" });
    const call = contacts.getByRole("article").first().getByRole("link", { name: /^Зателефонувати / });
    await expect(call).toHaveAttribute("href", "tel:+420382000132");
    taps += 1;
    expect(taps).toBeLessThanOrEqual(4);
    // The trail and its links stay in Ukrainian.
    const trail = page.getByRole("region", { name: "Ваші відповіді" });
    await expect(trail.getByRole("link", { name: "Почати знову" })).toHaveAttribute("href", "/uk/pomoc");
    expect(panics).toEqual([]);
  });

  test("that chose Czech is not asked again", async ({ page }) => {
    await page.goto("/sluzby");
    await page.getByRole("link", { name: "Zůstat v češtině" }).click();
    await expect(page).toHaveURL(/\/sluzby$/);
    await expect(page.getByRole("complementary", { name: "Мова сторінки" })).toHaveCount(0);
    await page.goto("/");
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    expect(await lang(page)).toBe("cs");
  });
});

test("the switch keeps the place and the choice is remembered at the front door", async ({ page }) => {
  await page.goto("/pomoc/dluhy");
  await expect(page.getByRole("complementary", { name: /Мова|language/i })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Jazyk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/pomoc\/dluhy$/);
  expect(await lang(page)).toBe("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Are you facing enforcement (exekuce) or losing your home?",
  );
  await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute("href", /\/uk\/pomoc\/dluhy$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/en\/$/);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Čeština" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  expect(await lang(page)).toBe("cs");
  await page.goto("/");
  expect(await lang(page)).toBe("cs");
});

test("the wizard answers in the page in Ukrainian, and a step left in Czech would say so", async ({ page }) => {
  await page.goto("/uk/pomoc");
  await expect(page.locator("[data-wizard='live']")).toHaveCount(1);
  await page.getByRole("link", { name: "Я доглядаю за близькою людиною (літньою чи хворою)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Що вам найбільше потрібно в догляді за близькою людиною?",
  );
  await expect(page).toHaveURL(/\/uk\/pomoc\/pece-o-blizkeho$/);
  await expect(page).toHaveTitle("Мені потрібна допомога: Що вам найбільше потрібно в догляді за близькою людиною? – Pomoc");
  await expect(page.getByRole("link", { name: "Змінити відповідь: Я доглядаю за близькою людиною (літньою чи хворою)" })).toBeVisible();
  await expect(page.locator(".untranslated")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the English wizard walks by plain links to a phone number", async ({ page }) => {
    await page.goto("/en/");
    await page.getByRole("region", { name: "I need help" }).getByRole("link", { name: "I care for a child with a disability" }).click();
    await page.getByRole("link", { name: "1 to 7 years" }).click();
    await expect(page).toHaveURL(/\/en\/pomoc\/dite-s-postizenim\/1-az-7$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Early intervention and the care allowance");
    const contacts = page.getByRole("region", { name: "Whom to call" });
    await expect(contacts.getByRole("article").first().getByRole("link", { name: /^Call / })).toHaveAttribute("href", "tel:+420382000132");
    // The municipality form posts back into the English page.
    await page.getByLabel("Where do you live? We will show help in your municipality.").selectOption({ label: "Milevsko" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/en\/pomoc\/dite-s-postizenim\/1-az-7\?obec=/);
    expect(await lang(page)).toBe("en");
  });
});

test("a Ukrainian search finds what its Czech equivalent finds", async ({ page }) => {
  await page.goto("/uk/sluzby");
  await page.getByLabel("Шукати слово").fill("борги");
  await page.getByLabel("Шукати слово").press("Enter");
  await expect(page).toHaveURL(/\/uk\/sluzby\?q=/);
  await expect(page.getByRole("heading", { name: "Dluhové poradenství THEIA" })).toBeVisible();
  // The provider's own name stays Czech, and says so to screen readers.
  await expect(page.getByRole("link", { name: "Dluhové poradenství THEIA" })).toHaveAttribute("lang", "cs");
  await page.goto("/en/dotazy?q=debt");
  await expect(page.getByRole("link", { name: "We are in debt — caught in a debt trap and do not know what to do?" })).toBeVisible();
});

test("a Ukrainian speaker keeps the services that speak Ukrainian, and sees who speaks what", async ({ page }) => {
  await page.goto("/uk/sluzby?skupina=v-krizi");
  const all = await page.getByRole("article").count();
  const own = page.getByRole("link", { name: /^Лише служби, де говорять українською \(\d+\)$/ });
  await own.click();
  await expect(page).toHaveURL(/\/uk\/sluzby\?skupina=v-krizi&jazyk=uk$/);
  await expect(page.getByRole("heading", { name: "Dluhové poradenství THEIA" })).toBeVisible();
  const cards = page.getByRole("article");
  expect(await cards.count()).toBeLessThan(all);
  for (const card of await cards.all()) {
    await expect(card).toContainText(/Говорять .*українською/);
  }
  await expect(page.getByRole("link", { name: /^Лише служби/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Dluhové poradenství THEIA" }).click();
  await expect(page.getByRole("region", { name: "Контакт" })).toContainText("Мови спілкування: чеською, українською, англійською");
});

test("the Czech catalogue filters by the language a service speaks", async ({ page }) => {
  await page.goto("/sluzby");
  // A change in the form updates the results once the page's script runs.
  await page.locator("html[data-router]").waitFor({ state: "attached" });
  await page.getByText("Upřesnit výběr").click();
  const languages = page.getByRole("group", { name: "Domluvíte se" });
  await languages.getByLabel(/^vietnamsky/).check();
  await expect(page).toHaveURL(/jazyk=vi/);
  await expect(page.getByRole("heading", { name: "Poradna pro cizince Soužití" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText("Domluvíte se česky, ukrajinsky, anglicky, rusky, vietnamsky");
});

test("a Ukrainian resident answers a survey and reads the plan in Ukrainian", async ({ page }) => {
  await page.goto("/uk/ankety");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Опитування");
  await page.getByRole("link", { name: "Jak jsou pro vás sociální služby dostupné?" }).click();
  await expect(page).toHaveURL(/\/uk\/ankety\/dostupnost-sluzeb-2026$/);
  await page.getByRole("group", { name: /Využíváte vy nebo vaši blízcí/ }).getByLabel("občas").check();
  await page.getByRole("button", { name: "Надіслати відповіді" }).click();
  await expect(page).toHaveURL(/\/uk\/ankety\/dostupnost-sluzeb-2026/);
  await expect(page.getByRole("status")).toContainText("Дякуємо, ваші відповіді збережено.");
  await page.getByRole("link", { name: "Переглянути результати" }).click();
  await expect(page.getByText(/^Усього відповідей: \d+\./)).toBeVisible();

  await page.goto("/uk/plan");
  const parts = page.getByRole("navigation", { name: "Частини плану" });
  await expect(parts.getByRole("link", { name: "План дій" })).toHaveAttribute("href", "/uk/plan/akcni-plan");
  await expect(page.getByRole("heading", { name: "Пріоритети, напрями і заходи" })).toBeVisible();
  // The plan's own text is Czech, and says so.
  await expect(page.locator("h1")).toHaveAttribute("lang", "cs");
  await parts.getByRole("link", { name: "Зауваження громадськості" }).click();
  await expect(page).toHaveURL(/\/uk\/plan\/pripominky$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Зауваження громадськості");
});

for (const path of [
  "/uk/", "/uk/sluzby?jazyk=uk", "/uk/plan", "/en/plan/akcni-plan", "/uk/plan/projekty", "/en/plan/skupiny",
  "/uk/plan/pripominky", "/uk/ankety", "/en/ankety/dostupnost-sluzeb-2026/vysledky", "/en/mapa", "/uk/mapa?od=549240", "/uk/pomoc/dluhy/ne", "/en/skupina", "/en/pomoc/jina-situace/nasili", "/uk/sluzby", "/en/sluzby/1",
  "/uk/organizace/1", "/uk/dotazy/mame-dluhy", "/en/hledat?q=debt", "/uk/offline", "/uk/novinky/priprava-planu-2027-2029",
  "/uk/pristupnost", "/en/chybi-sluzba", "/uk/akce?mesic=2026-12", "/en/akce/kulaty-stul-plan-2027",
]) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
