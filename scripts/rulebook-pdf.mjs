// Prints the rule book to dist/regles.pdf for the lawyers: the built one
// file opened at #regles in Debian's Chromium (playwright-core), so the PDF
// is made of the same blocks as the page and docs/regles.md. Adds its
// checksum to dist/SHA256SUMS, which the packaging step wrote before it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = join(dist, 'regles.pdf');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.goto(`file://${join(dist, 'secret-pro.html')}#regles`);
  await page.waitForSelector('[data-rulebook] [data-rule]');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({
    path: out,
    format: 'A4',
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    outline: true,
    tagged: true,
  });
} finally {
  await browser.close();
}
const sum = createHash('sha256').update(readFileSync(out)).digest('hex');
const sums = join(dist, 'SHA256SUMS');
const others = readFileSync(sums, 'utf8').split('\n').filter((l) => l && !l.endsWith('  regles.pdf'));
writeFileSync(sums, [...others, `${sum}  regles.pdf`, ''].join('\n'));
console.log(`rule book printed: ${out}`);
