import { expect, test } from "@playwright/test";

// Installable and offline: after one visit the wizard walks to a phone number without a
// connection, a service opened before opens again, and anything else says what does work.

test("after one visit the wizard and a service seen before work offline", async ({ page, context }) => {
  await page.goto("/");
  // The worker is installed once it has kept the wizard and the questions, and takes over the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
  await page.goto("/sluzby/1");
  const service = await page.getByRole("heading", { level: 1 }).textContent();

  await context.setOffline(true);
  await page.goto("/");
  await page.getByRole("region", { name: "Potřebuji pomoc" }).getByRole("link", { name: "Pečuji o dítě s postižením" }).click();
  await page.getByRole("main").getByRole("link", { name: "1 až 7 let", exact: true }).click();
  const first = page.getByRole("region", { name: "Komu zavolat" }).getByRole("article").first();
  await expect(first.getByRole("heading")).toHaveText("Raná péče Jitřenka");
  await expect(first.getByRole("link", { name: /^Zavolat/ })).toHaveAttribute("href", "tel:+420382000132");

  await page.goto("/sluzby/1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(service!);
  await page.goto("/dotazy/mame-dluhy");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/sluzby/2");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jste bez připojení");
  await context.setOffline(false);
});

test("the staff area is never kept", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.goto("/sprava/prihlaseni");
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
    }
    return urls;
  });
  expect(kept).toContain("/pomoc");
  expect(kept.filter((path) => path.startsWith("/sprava"))).toEqual([]);
});
