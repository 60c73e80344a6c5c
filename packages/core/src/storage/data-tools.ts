import { html, type ReactiveElement, type TemplateResult } from 'lit';
import type { Voice } from '../element/voice.js';
import type { Catalog } from '../i18n/i18n.js';
import { saveFile } from '../util/save-file.js';
import {
  discardQuarantined,
  QUARANTINE_PREFIX,
  setAside,
  type DeviceStoreBase,
  type SetAside,
} from './records.js';

export interface DataToolsHandlers {
  onExport: () => void;
  onImport: (text: string) => void | Promise<void>;
  onErase: () => void;
}

/** Keys of the texts of the copies set aside (English and Arabic have them in core's files). */
export type SetAsideKey =
  | 'setAsideTitle'
  | 'setAsideHelp'
  | 'setAsideHeld'
  | 'setAsideDownload'
  | 'setAsideDiscard'
  | 'setAsideErased';

/**
 * French texts of the copies set aside: they travel with the storage code, the only code that can
 * find such copies (core's French catalog does not carry them).
 */
export const setAsideFr: Catalog<SetAsideKey> = {
  setAsideTitle: 'Données abîmées mises de côté',
  setAsideHelp:
    'Des données enregistrées sur cet appareil étaient abîmées : elles sont gardées, mais pas utilisées. « Effacer mes données » ne les efface pas : téléchargez-les pour les montrer à un animateur, puis effacez-les ici.',
  setAsideHeld:
    "L'appareil n'avait plus de place pour en mettre de côté une copie : elles restent à leur place, et rien n'est enregistré par-dessus tant qu'elles ne sont pas effacées.",
  setAsideDownload: 'Télécharger {file}',
  setAsideDiscard: 'Effacer les données abîmées de cet appareil',
  setAsideErased: 'Les données abîmées ont été effacées de cet appareil.',
};

/**
 * `quiz-progress-parentalite-1765000000000-abime.json` (a copy set aside), or
 * `quiz-progress-parentalite-abime.json` (left in place): what a copy is called, and its file.
 */
const fileOf = (c: SetAside): string =>
  `${c.key.replace(/^qd:(quarantine:)?/, '').replace(/[^\w.-]+/g, '-')}-abime.json`;

/**
 * The copies set aside of this page's stores: named, each offered as a download, and erased only
 * by the button that says so, which removes exactly the copies shown.
 */
function setAsideTemplate(copies: SetAside[], host: ReactiveElement, voice: Voice): TemplateResult {
  // (French is core's fallback: with no translation, a key gives '' and French is used.)
  const say = (key: SetAsideKey, file = '') =>
    (voice.t(key, { file }) || (setAsideFr[key] as string)).replace('{file}', file);
  const discard = async () => {
    discardQuarantined(copies);
    voice.say(say('setAsideErased'));
    host.requestUpdate();
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('.qd-data-tools button')?.focus();
  };
  return html`<div
    class="qd-panel qd-data-tools__set-aside qd-no-print"
    role="group"
    aria-label=${say('setAsideTitle')}
    part="set-aside"
  >
    <p>${say('setAsideHelp')}</p>
    ${copies.some((c) => !c.key.startsWith(QUARANTINE_PREFIX)) ? html`<p>${say('setAsideHeld')}</p>` : ''}
    <ul>
      ${copies.map(
        (c) =>
          html`<li>
            <button
              type="button"
              class="qd-button"
              @click=${() => saveFile(c.text, fileOf(c), 'application/json')}
            >
              ${say('setAsideDownload', fileOf(c))}
            </button>
          </li>`,
      )}
    </ul>
    <button type="button" class="qd-button" @click=${discard}>${say('setAsideDiscard')}</button>
  </div>`;
}

/** "Reprendre depuis un fichier": keeps the file's data if `apply` takes it, and says how it went. */
export async function importInto<T>(
  store: DeviceStoreBase<T> | undefined,
  text: string,
  apply: (data: T) => boolean,
  voice: Voice,
): Promise<void> {
  const r = await store?.importText(text, apply);
  if (r?.ok) voice.say(voice.t('imported'));
  else
    voice.say(
      voice.t('importFailed', { reason: r ? r.problems.map((p) => p.message).join(' ; ') : '—' }),
      'error',
    );
}

/**
 * Download / resume-from-file / erase: what every prototype that stores data offers, and the
 * copies set aside of the page's stores (which "Effacer mes données" keeps). It travels in
 * `store.lazy.ts` with the storage code (docs/decisions/0015); `voice` says, in the element's
 * status region, when the copies set aside were erased.
 */
export function dataTools(
  h: DataToolsHandlers,
  host: ReactiveElement,
  voice: Voice,
): TemplateResult {
  const t = voice.t;
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await h.onImport(await file.text());
  };
  const copies = setAside();
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
    </div>
    ${copies.length ? setAsideTemplate(copies, host, voice) : ''}`;
}
