import { render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  easyReadToggle,
  fetchErrorPanel,
  loadingPanel,
  MAX_LISTED_PROBLEMS,
  problemsText,
} from './templates.js';
import { errorPanel } from './error-panel.js';
import { dataTools } from '../storage/data-tools.js';
import type { ReactiveElement } from 'lit';
import { coreMessages } from '../i18n/core-messages.js';
import { panelsFr } from './panels.js';
import { translate } from '../i18n/i18n.js';
import { within } from '@quartiers-douai/kit-scripts/testing';

const t = (key: string, params?: Record<string, string | number>) =>
  translate([coreMessages], 'fr', key as never, params);
// The panel texts join core's French catalog when the panels are fetched (the element does it).
Object.assign(coreMessages.fr, panelsFr);
let box: HTMLDivElement;
beforeEach(() => {
  box = document.createElement('div');
  document.body.append(box);
});
afterEach(() => box.remove());

describe('error panel', () => {
  it('lists each problem with its path in code, in an alert', async () => {
    render(
      errorPanel(
        [
          { path: 'questions[2].choices', message: 'au moins 2 éléments sont nécessaires' },
          { path: '', message: 'le fichier est vide' },
        ],
        t,
      ),
      box,
    );
    const alert = within(box).getByRole('alert');
    await expect
      .element(alert.getByRole('heading', { name: 'Ce contenu ne peut pas s’afficher' }))
      .toBeVisible();
    const items = alert.getByRole('listitem').elements();
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'questions[2].choices : au moins 2 éléments sont nécessaires',
      'le fichier est vide',
    ]);
    expect(items[0]!.querySelector('code')!.textContent).toBe('questions[2].choices');
    expect(items[1]!.querySelector('code')).toBeNull();
    await expect.element(alert).toHaveTextContent('Les numéros commencent à 0');
  });

  it('no "numbers start at 0" hint when no path has a number', () => {
    render(errorPanel([{ path: 'title', message: 'ce texte est vide' }], t), box);
    expect(box.textContent).not.toContain('Les numéros commencent à 0');
    expect(box.textContent).toContain('contient 1 erreur.');
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS}`, () => {
    const problems = Array.from({ length: 25 }, (_, i) => ({ path: `q${i}`, message: 'x' }));
    render(errorPanel(problems, t), box);
    expect(box.querySelectorAll('li')).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(box.textContent).toContain('… et 15 autres erreurs');
    expect(problemsText(problems.slice(0, 2))).toBe('q0 : x\nq1 : x');
  });
});

describe('loading and fetch-error panels', () => {
  it('loading is a status; the slow message is added after a while', () => {
    render(loadingPanel(false, t), box);
    expect(within(box).getByRole('status').element().textContent).toContain(
      'Chargement du contenu…',
    );
    render(loadingPanel(true, t), box);
    expect(box.textContent).toContain('Le chargement prend plus de temps que prévu');
  });

  it.each([
    [404, 'Le fichier de contenu est introuvable (erreur 404).'],
    [500, 'Le serveur a répondu par une erreur (500).'],
    [undefined, 'La connexion a échoué.'],
  ])('HTTP %s → %s', async (status, message) => {
    const retry = vi.fn();
    render(fetchErrorPanel('https://centre.example/contenu.json', status, t, retry), box);
    await expect.element(within(box).getByRole('alert')).toHaveTextContent(message);
    await within(box).getByRole('button', { name: 'Réessayer' }).click();
    expect(retry).toHaveBeenCalledOnce();
  });
});

describe('easy-read toggle', () => {
  it('is a real button with aria-pressed', async () => {
    const toggle = vi.fn();
    render(easyReadToggle(true, t, toggle), box);
    const button = within(box).getByRole('button', { name: 'Facile à lire', pressed: true });
    await button.click();
    expect(toggle).toHaveBeenCalledOnce();
    render(easyReadToggle(false, t, toggle), box);
    await expect
      .element(within(box).getByRole('button', { name: 'Facile à lire', pressed: false }))
      .toBeVisible();
  });
});

describe('data tools (download, resume from a file, erase)', () => {
  it('each tool is a named control that calls its handler; a chosen file is read as text', async () => {
    const h = { onExport: vi.fn(), onImport: vi.fn(), onErase: vi.fn() };
    const host = { requestUpdate() {}, updateComplete: Promise.resolve(true), renderRoot: box };
    render(
      dataTools(h, host as unknown as ReactiveElement, {
        t,
        say: () => undefined,
        unsay: () => {},
      }),
      box,
    );
    await within(box).getByRole('button', { name: 'Télécharger mes données' }).click();
    await within(box).getByRole('button', { name: 'Effacer mes données' }).click();
    expect(h.onExport).toHaveBeenCalledOnce();
    expect(h.onErase).toHaveBeenCalledOnce();

    const input = within(box)
      .getByLabelText('Reprendre depuis un fichier')
      .element() as HTMLInputElement;
    expect(input.type).toBe('file');
    const files = new DataTransfer();
    files.items.add(
      new File(['{"kit":"quartiers-douai"}'], 'sauvegarde.json', { type: 'application/json' }),
    );
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(h.onImport).toHaveBeenCalledWith('{"kit":"quartiers-douai"}'));
    expect(input.value).toBe(''); // the same file can be chosen again
  });
});
