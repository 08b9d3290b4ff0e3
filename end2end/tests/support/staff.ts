import { expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { expectNoAxeViolations } from "./axe";

export const password = "Otava teče pod mostem";

/** The server binary `cargo leptos end-to-end` built, run on the database the portal under test uses. */
export function serverBinary(): string {
  const target = process.env.CARGO_TARGET_DIR ?? path.join(__dirname, "..", "..", "..", "target");
  return path.join(target, "debug", "server");
}

/** Makes an editor account with `server create-user`, in the database the portal under test uses. */
function createEditor(): string {
  const username = `e2e.${Date.now()}`;
  execFileSync(serverBinary(), ["create-user", username, "--role", "editor"], {
    input: `${password}\n`,
    env: process.env,
    stdio: ["pipe", "inherit", "inherit"],
  });
  return username;
}

/** Opens the staff area, is sent to the login, signs in as a new editor; returns the name. */
export async function signIn(page: Page): Promise<string> {
  const username = createEditor();
  await page.goto("/sprava");
  await expect(page).toHaveURL(/\/sprava\/prihlaseni\?zpet=\/sprava/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Uživatelské jméno").fill(username);
  await page.getByLabel("Heslo").fill(password);
  await page.getByLabel("Heslo").press("Enter");
  await expect(page).toHaveURL(/\/sprava$/);
  await expect(page.getByText(`Přihlášen(a): ${username}`)).toBeVisible();
  return username;
}
