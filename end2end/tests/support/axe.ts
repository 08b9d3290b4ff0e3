import { expect, type Page } from "@playwright/test";

const axePath = require.resolve("axe-core/axe.min.js");

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(" ")).join(", ")})`);
  });
  expect(violations, violations.join("\n")).toEqual([]);
}
