import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (let i = 0; i < 30; i++) {
  const page = await browser.newPage();
  page.goto("http://localhost:3200/components").catch(() => {});
  await new Promise((r) => setTimeout(r, 30 + i * 10));
  await page.close();
}
await browser.close();
