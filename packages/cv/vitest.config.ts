import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';
import { mergeConfig } from 'vitest/config';
import { printPdf } from './test/print-pdf.mjs';

// The kit's browser config, plus one server-side command: print a page to PDF with Chromium
// (as "Enregistrer au format PDF" does) and read the PDF back (pages, page size, text, links).
// Media emulation (forced colours, print) is the kit's `emulateMedia` command. src/test/setup.ts:
// what the CV's tests add to the shared helpers (cleanup after each test).
export default mergeConfig(defineKitVitestConfig({ setupFiles: ['./src/test/setup.ts'] }), {
  test: { browser: { commands: { printPdf } } },
});
