import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

// Evaluated through the DevTools protocol, which the pages' Content-Security-Policy does not
// govern (a script tag added to the page would be refused by it, as it should be).
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(" ")).join(", ")})`);
  });
  expect(violations, violations.join("\n")).toEqual([]);
}

/**
 * Collects what the page reports as broken from now on: a hydration mismatch or panic of the
 * islands' wasm, a script or style the Content-Security-Policy refused. Expect it empty at the end.
 */
export function watchForBreakage(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydration|panicked|Content Security Policy/.test(m.text())) problems.push(m.text());
  });
  return problems;
}
