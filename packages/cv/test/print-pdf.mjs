// Vitest browser command (runs in Node, next to Playwright): opens a new tab with a page like a
// centre's site, mounts a CV there with the built CDN bundle (dist/cdn/cv.js: run `pnpm build`), prints it to PDF the way
// the browser's "Save as PDF" does (print media, @page size), and reads the PDF back with pdf.js.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ page: import('playwright').Page, context: import('playwright').BrowserContext }} ctx
 * @param {{ kind: 'builder' | 'preview', cv: unknown, template?: string, accent?: string, lang?: string, step?: string }} options
 */
export async function printPdf(ctx, options) {
  const page = await ctx.context.newPage();
  try {
    const bundle = readFileSync(`${pkgDir}dist/cdn/cv.js`, 'utf8');
    await page.setContent(
      `<!doctype html><html lang="${options.lang ?? 'fr'}"><head><meta charset="utf-8"><title>Site du centre social</title></head>
      <body><header><h1>Centre social — site WordPress</h1><nav>Accueil · Ateliers · Contact</nav></header><main id="main"></main>
      <footer>Pied de page du site, à ne pas imprimer</footer></body></html>`,
    );
    await page.addScriptTag({ type: 'module', content: bundle });
    await page.waitForFunction(
      () => customElements.get('qd-cv-builder') && customElements.get('qd-cv-preview'),
    );
    await page.evaluate(async (o) => {
      const el = document.createElement(o.kind === 'builder' ? 'qd-cv-builder' : 'qd-cv-preview');
      if (o.kind === 'builder') el.setAttribute('storage', 'none');
      if (o.step) el.setAttribute('step', o.step);
      if (o.template) el.setAttribute('template', o.template);
      if (o.accent) el.setAttribute('accent', o.accent);
      el.content = o.cv;
      document.getElementById('main').append(el);
      await el.updateComplete;
      // What the browser does when printing: `beforeprint`, then print media, then `afterprint`.
      // The builder listens to `beforeprint`; the preview prints through its print() method.
      if (o.kind === 'builder') window.dispatchEvent(new Event('beforeprint'));
      else {
        window.print = () => {};
        el.print();
      }
      const printed = document.querySelector('#qd-cv-print-root qd-cv-preview');
      await printed?.updateComplete;
    }, options);
    const hasPrintRoot = await page.evaluate(() => !!document.getElementById('qd-cv-print-root'));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { ...(await readPdf(pdf)), hasPrintRoot };
  } finally {
    await page.close();
  }
}

/** Pages (size in points), text of each page, and link targets, read with pdf.js. */
export async function readPdf(bytes) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const content = await p.getTextContent();
    const text = content.items
      .map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : ''))
      .join('');
    const links = (await p.getAnnotations())
      .filter((a) => a.subtype === 'Link' && a.url)
      .map((a) => a.url);
    const [, , w, h] = p.view;
    pages.push({ width: Math.round(w), height: Math.round(h), text, links });
  }
  await doc.destroy();
  return { pageCount: doc.numPages, pages };
}
