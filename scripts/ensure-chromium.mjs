// The e2e tests drive Debian's Chromium: Playwright cannot download its own browser on this network.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.PARLEY_CHROMIUM ?? "/usr/bin/chromium";
if (existsSync(chromium)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    `No Chromium at ${chromium}. Install Debian's package as root (apt-get update && apt-get install -y chromium),\n` +
      "or point PARLEY_CHROMIUM at a Chromium binary, then run the tests again.",
  );
  process.exit(1);
}
console.error(`No Chromium at ${chromium}: installing Debian's chromium package with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
