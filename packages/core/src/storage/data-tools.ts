import type { html as litHtml, TemplateResult } from 'lit';

type T = (key: string, params?: Record<string, string | number>) => string;

export interface DataToolsHandlers {
  onExport: () => void;
  onImport: (text: string) => void | Promise<void>;
  onErase: () => void;
}

/**
 * Download / resume-from-file / erase: what every prototype that stores data offers. Lit's `html`
 * is given, not imported, so this template can travel in `store.lazy.ts` (docs/decisions/0015).
 */
export function dataToolsTemplate(
  html: typeof litHtml,
  t: T,
  h: DataToolsHandlers,
): TemplateResult {
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await h.onImport(await file.text());
  };
  return html`<div class="qd-toolbar qd-data-tools qd-no-print" part="data-tools">
    <button type="button" class="qd-button" @click=${h.onExport}>${t('exportData')}</button>
    <label class="qd-button qd-file-button"
      >${t('importData')}<input
        class="qd-visually-hidden"
        type="file"
        accept="application/json,.json"
        @change=${pick}
    /></label>
    <button type="button" class="qd-button" @click=${h.onErase}>${t('eraseData')}</button>
  </div>`;
}
