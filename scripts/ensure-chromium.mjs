#!/usr/bin/env node
// Playwright cannot download its own browsers on our machines, so the suite runs in the system's
// Chromium. This finds it (CHROMIUM_PATH first) or installs Debian's package, and prints the path.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path) => path && existsSync(path));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  }
  console.log("Chromium not found: installing Debian's chromium package…");
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  execSync(`${sudo}apt-get update && ${sudo}apt-get install -y chromium`, { stdio: "inherit" });
  const installed = findChromium();
  if (!installed) throw new Error("Installing chromium did not provide /usr/bin/chromium.");
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
}
