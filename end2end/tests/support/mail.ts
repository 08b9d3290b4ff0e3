import { expect } from "@playwright/test";
import * as fs from "node:fs";
import * as path from "node:path";

/** A message the test SMTP server (scripts/mail/sink.py) delivered. */
export interface Delivered {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

function delivered(): Delivered[] {
  const dir = process.env.POMOC_MAIL_DIR;
  if (!dir) throw new Error("POMOC_MAIL_DIR is not set: scripts/test.sh starts the SMTP server");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf-8")) as Delivered);
}

/** Waits for the portal's worker to deliver a message to `to` whose subject starts with `subject`, beyond the `seen` already there. */
export async function nextMessage(to: string, subject: string, seen: number): Promise<Delivered> {
  let found: Delivered[] = [];
  await expect
    .poll(
      () => {
        found = delivered().filter((m) => m.to.includes(to) && m.subject.startsWith(subject));
        return found.length;
      },
      { timeout: 20_000, message: `a message "${subject}" to ${to}` },
    )
    .toBeGreaterThan(seen);
  return found[found.length - 1];
}

/** How many messages to `to` with that subject came so far. */
export function countMessages(to: string, subject: string): number {
  return delivered().filter((m) => m.to.includes(to) && m.subject.startsWith(subject)).length;
}

/** The path of the first link in the message's text under `prefix` (e.g. "/pro-poskytovatele/prihlaseni/"). */
export function linkIn(message: Delivered, prefix: string): string {
  const match = message.text.match(new RegExp(`https?://[^\\s]*(${prefix}[^\\s]*)`));
  if (!match) throw new Error(`no link ${prefix} in:\n${message.text}`);
  return match[1];
}
