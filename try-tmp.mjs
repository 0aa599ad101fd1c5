import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: 900, height: 1200 } });
const page = await ctx.newPage();
await page.goto("file://" + process.argv[2]);
await page.screenshot({ path: "/tmp/sh/brief.png", fullPage: true });
for (const format of ["A4", "Letter"]) {
  const pdf = await page.pdf({ format });
  console.log(format, (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length);
}
await browser.close();
