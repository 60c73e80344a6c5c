import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';
import { mergeConfig } from 'vitest/config';
import { printPdf } from './test/print-pdf.mjs';

// The kit's browser config, plus one server-side command: print a page to PDF with Chromium
// (as "Enregistrer au format PDF" does) and read the PDF back (pages, page size, text, links).
// Media emulation (forced colours, print) is the kit's `emulateMedia` command.
export default mergeConfig(defineKitVitestConfig(), {
  test: { browser: { commands: { printPdf } } },
});
