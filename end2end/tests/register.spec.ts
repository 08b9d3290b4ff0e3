import { expect, test } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expectNoAxeViolations } from "./support/axe";
import { serverBinary, signIn } from "./support/staff";

// The national register reaches residents and staff: an administrator imports a download in the
// published shape from the command line, a later broken download is refused; staff see both on
// their home page and at /sprava/registr, residents see the registered capacity as a maximum.

const lists: Record<string, [string, string][]> = {
  "druhy-socialni-sluzby": [["DruhSocialniSluzby/13", "domovy pro seniory"]],
  "cilove-skupiny-osoby": [["CilovaSkupinaOsoby/24", "senioři"]],
  "formy-soc-sluzby": [["FormaSocialniSluzby/pob", "pobytové služby"]],
  "typy-kapacity-socialni-sluzby": [["TypKapacitySocialniSluzby/luzka", "počet lůžek"]],
  "vekove-skupiny-osoby": [["VekovaSkupinaOsoby/9", "senioři nad 80 let"]],
  obce: [["Obec/549240", "Písek"]],
};

const address = {
  cisloDomovni: 1203, cisloOrientacni: "9", kodAdresnihoMista: 21_900_001, psc: "39701",
  typCislaDomovniho: { id: "TypStavebnihoObjektu/1" }, obec: { id: "Obec/549240" },
  ulice: { nazev: "Budovatelská" },
};

const home = {
  identifikator: "9900001", datumPoskytovaniOd: "2010-01-01", datumPoskytovaniDo: null,
  druhSocialniSluzby: { id: "DruhSocialniSluzby/13" },
  zarizeni: [{ nazev: "Domov Pod Lipami", adresa: address, poskytujeOd: "2010-01-01", poskytujeDo: null }],
  poskytovatel: {
    nazev: "Domov Pod Lipami, příspěvková organizace", ico: "70890650", adresa: address,
    telefony: [{ telefon: "382 777 100", poznamka: null }],
    statutarniOrgany: [{ jmeno: "Libuše", prijmeni: "Ředitelová" }],
  },
  telefony: [{ telefon: "382 777 111", poznamka: null }],
  ciloveSkupiny: [{ cilovaSkupina: { id: "CilovaSkupinaOsoby/24" } }],
  formy: [{ forma: { id: "FormaSocialniSluzby/pob" }, kapacity: [{ pocet: 60, typ: { id: "TypKapacitySocialniSluzby/luzka" } }] }],
};

function download(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pomoc-e2e-registr-"));
  for (const [name, items] of Object.entries(lists)) {
    const polozky = items.map(([id, nazev]) => ({ id, nazev: { cs: nazev }, kod: id.startsWith("Obec/") ? 549240 : undefined }));
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ polozky }));
  }
  fs.writeFileSync(path.join(dir, "rpss.json"), JSON.stringify({ polozky: [home] }));
  return dir;
}

test("staff see what the register import did, residents see the registered capacity", async ({ page }) => {
  const dir = download();
  execFileSync(serverBinary(), ["import", "--format", "mpsv", dir], { env: process.env, stdio: "pipe" });
  // The next download arrives cut short: refused, the catalogue stays.
  fs.writeFileSync(path.join(dir, "rpss.json"), '{"polozky": [{"identifikator": "99');
  const refused = spawnSync(serverBinary(), ["import", "--format", "mpsv", dir], { env: process.env });
  expect(refused.status).not.toBe(0);

  await signIn(page);
  await expect(page.getByRole("heading", { name: "Registr poskytovatelů nebyl načten" })).toBeVisible();
  await expect(page.locator(".notice-warning")).toContainText("useknutý");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Přehled načítání registru" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registr poskytovatelů sociálních služeb");
  const runs = page.getByRole("table");
  await expect(runs.getByRole("row").nth(1)).toContainText("odmítnuto");
  await expect(runs.getByRole("row").nth(2)).toContainText("načteno");
  await expectNoAxeViolations(page);

  await page.goto("/sluzby?q=Pod%20Lipami");
  await page.getByRole("link", { name: "Domov Pod Lipami" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Domov Pod Lipami");
  await expect(page.getByText("pobytová forma: nejvýše 60 lůžek")).toBeVisible();
  await expect(page.getByText("Ředitelová")).toHaveCount(0);
  await expectNoAxeViolations(page);
  fs.rmSync(dir, { recursive: true, force: true });
});
