import { expect, test, type Frame, type Page } from "@playwright/test";

// A municipality's website (end2end/host/serve.mjs, another origin on loopback) embeds the
// portal's views with the loader: the iframe is titled, grows to its content, and a resident can
// finish a journey inside it. A site not on the allow-list gets nothing.

const allowed = "http://127.0.0.1:3311";
const refused = "http://127.0.0.1:3312";

async function embedded(page: Page, host: string, view: string, title: string) {
  await page.goto(`${host}/?view=${encodeURIComponent(view)}`);
  const iframe = page.getByTitle(title);
  await expect(iframe).toBeVisible();
  return iframe;
}

/** The embedded view's frame, once it has loaded. */
async function viewFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes("/embed/"))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes("/embed/"))!;
  await frame.locator(".embed-frame").waitFor();
  return frame;
}

/** The iframe's height matches the view inside it (within a pixel or two). */
async function expectFitted(page: Page, title: string, frame: Frame) {
  await expect
    .poll(async () => {
      const content = await frame.locator(".embed-frame").evaluate((e) => e.getBoundingClientRect().height);
      const outer = await page.getByTitle(title).evaluate((e) => e.getBoundingClientRect().height);
      return Math.abs(content - outer);
    })
    .toBeLessThanOrEqual(2);
}

test("the wizard embedded on a municipal site grows to its content and leads to a contact", async ({ page }) => {
  const title = "Průvodce Potřebuji pomoc";
  const iframe = await embedded(page, allowed, "pomoc", title);
  const frame = await viewFrame(page);
  await expectFitted(page, title, frame);
  const first = await iframe.evaluate((e) => e.getBoundingClientRect().height);
  expect(first).not.toBe(420);

  await frame.getByRole("link", { name: "Máme dluhy, jsme v dluhové pasti", exact: true }).click();
  await frame.getByRole("link", { name: "Zatím ne", exact: true }).click();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Obraťte se na dluhovou poradnu");
  expect(frame.url()).toContain("/embed/pomoc/");
  const contacts = frame.getByRole("region", { name: "Komu zavolat" });
  await expect(contacts.getByRole("article").first().getByRole("heading")).toHaveText("Dluhové poradenství THEIA");
  // The service's full page opens in a new tab: the municipality's page stays.
  await expect(contacts.getByRole("link", { name: "Dluhové poradenství THEIA" })).toHaveAttribute("target", "_blank");
  await expectFitted(page, title, frame);
  // The host's own page is still there, below the view.
  await expect(page.locator("#after")).toBeAttached();
});

test("the map embedded for one municipality fits its frame and stays in it", async ({ page }) => {
  const title = "Mapa sociálních služeb";
  await embedded(page, allowed, "mapa?obec=549240&barva=modra", title);
  const frame = await viewFrame(page);
  await expectFitted(page, title, frame);
  const brand = await frame
    .locator(".embed-frame")
    .evaluate((e) => getComputedStyle(e).getPropertyValue("--brand").trim());
  expect(brand).toBe("#1d4f91");
  await expect(frame.locator(".site-header")).toHaveCount(0);
  // Switching to the list keeps the view, the municipality and the colours inside the frame.
  await frame.getByRole("link", { name: "Seznam", exact: true }).click();
  await expect.poll(() => frame.url()).toContain("/embed/sluzby?");
  expect(frame.url()).toContain("obec=549240");
  expect(frame.url()).toContain("barva=modra");
});

test("a site not on the allow-list cannot show the views", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
  });
  const iframe = await embedded(page, refused, "sluzby", "Katalog sociálních služeb");
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  await expect(page.frameLocator("iframe").locator(".embed-frame")).toHaveCount(0);
  await expect(iframe).toBeVisible();
});

test("the generator previews the view and gives the snippet", async ({ page }) => {
  await page.goto("/vlozit");
  await page.getByLabel("Co zobrazit").selectOption({ label: "Mapa sociálních služeb" });
  await page.getByLabel("Barvy").selectOption({ label: "červená" });
  await page.getByRole("button", { name: "Zobrazit náhled" }).click();
  await expect(page.getByLabel("Doporučený kód (výška se přizpůsobí obsahu)")).toHaveText(
    /<div data-pomoc="mapa\?barva=cervena"><\/div>\n<script src="http:\/\/[^"]+\/embed\.js" async><\/script>/,
  );
  const frame = await viewFrame(page);
  await expect(frame.locator(".embed-frame")).toHaveAttribute("style", /#a4262c/);
});
