import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  QdContentElement,
  baseStyles,
  dirOf,
  isSafeLink,
  loadLocale,
  translate,
  type ContentSpec,
  type Params,
  nextTask,
} from '@quartiers-douai/core';
import {
  FLUENCIES,
  SKILL_LEVELS,
  TEMPLATES,
  isPhotoDataUrl,
  type Cv,
  type CvLang,
  type CvTemplate,
} from '../schema.js';
import { cvContentSpec } from '../content-spec.js';
import { cvTextMessages, type CvTextKey } from '../messages.js';
import { previewStyles } from './cv-preview.styles.js';
import { PRINT_ROOT_ID, cvPrinter } from '../print.js';

type Dated = { startDate?: string | undefined; endDate?: string | undefined };
type Lines = string[] | undefined;

const HEX = /^#[0-9a-f]{6}$/i;
const LEVELS = new Set<string>([...FLUENCIES, ...SKILL_LEVELS]);

/** `2019-09-01` → `09/2019`; `2019` → `2019`. */
export function formatCvDate(d: string | undefined): string {
  if (!d) return '';
  const [y, m] = d.split('-');
  return m ? `${m}/${y}` : (y ?? '');
}

/** A link shown as its address (so a printed CV still says where it goes); plain text unless https/mailto/tel. */
function linkTo(href: string | undefined, text: string): TemplateResult | string {
  return href && isSafeLink(href) ? html`<a href=${href}>${text}</a>` : text;
}
const bareUrl = (u: string) => u.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

/**
 * A CV, laid out for the screen and for print (A4): three templates — `sobre`, `moderne` (two
 * columns) and `ats` (one plain column, read well by recruitment software) — and an accent colour.
 * Display only: no form, nothing stored. Its headings follow the CV's language
 * (`meta["x-qd"].lang`), right-to-left for Arabic.
 *
 * @summary Aperçu d'un CV (JSON Resume) en trois modèles, prêt à imprimer en PDF.
 *
 * @attr template - `sobre`, `moderne` or `ats`; defaults to the CV's own choice (`meta["x-qd"].template`), else `sobre`.
 * @attr accent - Accent colour `#rrggbb`; defaults to the CV's own choice (`meta["x-qd"].accent`).
 *
 * @fires qd-content-ready - Lifecycle (does not bubble): a valid CV is shown.
 * @fires qd-content-error - Lifecycle (does not bubble): the CV could not be loaded or is invalid.
 *
 * @slot - An inline `<script type="application/json">` with the CV (not displayed).
 *
 * @csspart base - The root wrapper (carries `dir` and `lang` of the page).
 * @csspart cv - The CV sheet (carries the CV's `lang` and `dir`).
 * @csspart header - Name, headline, photo and contact details.
 * @csspart photo - The photo.
 * @csspart section - Each section (Expérience professionnelle, Formation…).
 * @csspart entry - Each entry of a section (one job, one diploma…).
 * @csspart error - The error panel (invalid CV, failed loading).
 *
 * @cssprop --qd-cv-accent - Accent colour when neither the `accent` attribute nor the CV sets one (falls back to --qd-color-primary).
 * @cssprop --qd-cv-font-size - Text size of the CV on screen (print uses 10.5pt).
 */
export class QdCvPreview extends QdContentElement<Cv, CvTextKey> {
  static override styles = [baseStyles, previewStyles];
  static override messages = [cvTextMessages];
  /** Decided per element in `scheduleUpdate`: the copy mounted for printing cannot wait. */
  static override deferFirstRender = false;

  static override properties: PropertyDeclarations = {
    template: { reflect: true },
    accent: {},
  };

  /** `sobre`, `moderne` or `ats`; defaults to the CV's own choice (`meta["x-qd"].template`), else `sobre`. */
  template?: CvTemplate;

  /** Accent colour `#rrggbb`; defaults to the CV's own choice (`meta["x-qd"].accent`). */
  accent?: string;

  /**
   * Like every element of the kit, the first render runs in a task of its own (a page of four CV
   * builders, each with its live preview, is not one long task: TBT, docs/quality.md gate 7);
   * except the copy that `cvPrinter` (print.ts) adds when printing starts (`beforeprint`), printed
   * as soon as that event ends.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.parentElement?.id === PRINT_ROOT_ID) return super.scheduleUpdate();
    return nextTask().then(() => super.scheduleUpdate());
  }

  protected override get contentSpec(): ContentSpec<Cv> {
    return cvContentSpec;
  }

  /** Language of the CV: `meta["x-qd"].lang`, French by default. */
  get cvLang(): CvLang {
    return this.data?.meta?.['x-qd']?.lang ?? 'fr';
  }

  override get contentLang(): string {
    return this.cvLang;
  }

  /** The template in force. */
  get layout(): CvTemplate {
    const t = this.template ?? this.data?.meta?.['x-qd']?.template;
    return t && (TEMPLATES as readonly string[]).includes(t) ? t : 'sobre';
  }

  /** `print()` asked for this CV alone (the browser's menu prints the page as it is). */
  private alone = false;
  private readonly printer = cvPrinter(
    this,
    () =>
      this.alone && this.data
        ? { cv: this.data, template: this.layout, accent: this.accentColor() }
        : undefined,
    { ended: () => void (this.alone = false) },
  );

  /** Prints this CV alone on A4 (the rest of the page is not printed). */
  async print(): Promise<void> {
    if (!this.data) return;
    this.alone = true;
    // The copy is rendered (with its language's headings) before the print dialog takes the page.
    await this.printer.print();
  }

  private accentColor(): string | undefined {
    return [this.accent, this.data?.meta?.['x-qd']?.accent].find(
      (a) => a !== undefined && HEX.test(a),
    );
  }

  /** The CV's own language files (its headings), besides the UI's. */
  protected override languageFiles(): Promise<void> | undefined {
    const cv = loadLocale([cvTextMessages], this.cvLang);
    const ui = super.languageFiles();
    return cv && ui ? Promise.all([cv, ui]).then(() => undefined) : (cv ?? ui);
  }

  /** A text of the CV, in the CV's language. */
  private ct(key: CvTextKey, params?: Params): string {
    return translate([cvTextMessages], this.cvLang, key, params);
  }

  private get sep(): string {
    return this.cvLang === 'fr' ? ' : ' : ': ';
  }

  private level(v: string | undefined): string {
    return v ? (LEVELS.has(v) ? this.ct(v as CvTextKey) : v) : '';
  }

  private dates(e: Dated): string {
    const s = formatCvDate(e.startDate);
    const f = formatCvDate(e.endDate);
    if (s && f) return s === f ? s : `${s} – ${f}`;
    if (s) return `${s} – ${this.ct('present')}`;
    return f;
  }

  private list(items: Lines): TemplateResult | typeof nothing {
    const l = (items ?? []).filter((x) => x.trim() !== '');
    return l.length
      ? html`<ul>
          ${l.map((x) => html`<li>${x}</li>`)}
        </ul>`
      : nothing;
  }

  private section(key: CvTextKey, body: unknown, when: unknown): TemplateResult | typeof nothing {
    return when
      ? html`<section class="cv-section cv-${key}" part="section">
          <h3>${this.ct(key)}</h3>
          ${body}
        </section>`
      : nothing;
  }

  private entry(
    title: string,
    org: string | undefined,
    e: Dated & { location?: string | undefined; url?: string | undefined },
    text: string | undefined,
    items: Lines,
  ): TemplateResult {
    const meta = [this.dates(e), e.location ?? ''].filter(Boolean).join(' · ');
    return html`<div class="cv-entry" part="entry">
      <h4>
        ${title}${org && title ? html`<span class="cv-org"> — </span>` : nothing}${org ? html`<span class="cv-org">${org}</span>` : nothing}
      </h4>
      ${meta ? html`<p class="cv-when">${meta}</p>` : nothing}
      ${e.url ? html`<p class="cv-url">${linkTo(e.url, bareUrl(e.url))}</p>` : nothing}
      ${text ? html`<p>${text}</p>` : nothing} ${this.list(items)}
    </div>`;
  }

  private line(key: CvTextKey, value: unknown): TemplateResult | typeof nothing {
    return value
      ? html`<p class="cv-line"><strong>${this.ct(key)}${this.sep}</strong>${value}</p>`
      : nothing;
  }

  private renderHeader(cv: Cv, ats: boolean): TemplateResult {
    const b = cv.basics ?? {};
    const x = b['x-qd'] ?? {};
    const loc = b.location ?? {};
    const place = [loc.address, [loc.postalCode, loc.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    const headline = b.label ?? x.targetJob;
    const k = (key: CvTextKey) => html`<span class="cv-k">${this.ct(key)}${this.sep}</span>`;
    return html`<header class="cv-header" part="header">
      ${isPhotoDataUrl(x.photo) && !ats ? html`<img class="cv-photo" part="photo" src=${x.photo} alt=${this.ct('photoAlt', { name: b.name ?? '' })} />` : nothing}
      <div class="cv-id">
        ${b.name ? html`<h2 class="cv-name">${b.name}</h2>` : nothing}
        ${headline ? html`<p class="cv-headline">${headline}</p>` : nothing}
        <ul class="cv-contact">
          ${b.email ? html`<li>${k('email')}<bdi>${linkTo(`mailto:${b.email.trim()}`, b.email)}</bdi></li>` : nothing}
          ${b.phone ? html`<li>${k('phone')}<bdi>${linkTo(`tel:${b.phone.replace(/[^\d+]/g, '')}`, b.phone)}</bdi></li>` : nothing}
          ${place ? html`<li>${place}</li>` : nothing}
          ${b.url ? html`<li>${k('website')}<bdi>${linkTo(b.url, bareUrl(b.url))}</bdi></li>` : nothing}
          ${(b.profiles ?? []).map(
            (p) =>
              html`<li>
                ${p.network ? html`<span class="cv-k">${p.network}${this.sep}</span>` : nothing}<bdi
                  >${p.url ? linkTo(p.url, bareUrl(p.url)) : (p.username ?? '')}</bdi
                >
              </li>`,
          )}
        </ul>
      </div>
    </header>`;
  }

  /** Target job, availability, mobility, licences: what a French recruiter looks for first. */
  private renderSituation(cv: Cv): unknown[] {
    const x = cv.basics?.['x-qd'] ?? {};
    const licences = [
      x.licences?.length ? x.licences.join(', ') : '',
      x.vehicle ? this.ct('vehicle') : '',
    ]
      .filter(Boolean)
      .join(' — ');
    return [
      cv.basics?.label && x.targetJob ? this.line('targetJob', x.targetJob) : nothing,
      this.line('availability', x.availability),
      this.line('mobility', x.mobility),
      this.line('licences', licences),
    ];
  }

  private renderMain(cv: Cv, withSide: boolean): unknown[] {
    const s = this.renderSituation(cv);
    const hasSituation = s.some((x) => x !== nothing);
    return [
      this.section(
        'profile',
        html`${cv.basics?.summary ? html`<p>${cv.basics.summary}</p>` : nothing}${withSide ? nothing : s}`,
        cv.basics?.summary || (!withSide && hasSituation),
      ),
      this.section(
        'work',
        (cv.work ?? []).map((w) =>
          this.entry(w.position ?? '', w.name, w, w.summary, w.highlights),
        ),
        cv.work?.length,
      ),
      this.section(
        'volunteer',
        (cv.volunteer ?? []).map((v) =>
          this.entry(v.position ?? '', v.organization, v, v.summary, v.highlights),
        ),
        cv.volunteer?.length,
      ),
      this.section(
        'education',
        (cv.education ?? []).map((e) =>
          this.entry(
            [e.studyType, e.area].filter(Boolean).join(' — '),
            e.institution,
            e,
            e.score,
            e.courses,
          ),
        ),
        cv.education?.length,
      ),
      this.section(
        'certificates',
        (cv.certificates ?? []).map((c) =>
          this.entry(c.name ?? '', c.issuer, { endDate: c.date, url: c.url }, undefined, undefined),
        ),
        cv.certificates?.length,
      ),
      this.section(
        'projects',
        (cv.projects ?? []).map((p) =>
          this.entry(p.name ?? '', p.entity, p, p.description, p.highlights),
        ),
        cv.projects?.length,
      ),
      this.section(
        'references',
        (cv.references ?? []).map(
          (r) =>
            html`<div class="cv-entry" part="entry">
              <h4>${r.name ?? ''}</h4>
              ${r.reference ? html`<p>${r.reference}</p>` : nothing}
            </div>`,
        ),
        cv.references?.length,
      ),
    ];
  }

  private renderSide(cv: Cv, withSituation: boolean): unknown[] {
    const x = cv.basics?.['x-qd'] ?? {};
    const words = (k: Lines) =>
      k?.length ? html`<span class="cv-words">${this.sep}${k.join(', ')}</span>` : nothing;
    return [
      withSituation ? this.renderSituation(cv) : nothing,
      this.section(
        'skills',
        html`<ul>
          ${(cv.skills ?? []).map(
            (s) =>
              html`<li>
                <strong>${s.name ?? ''}</strong
                >${s.level ? html` (${this.level(s.level)})` : nothing}${words(s.keywords)}
              </li>`,
          )}
        </ul>`,
        cv.skills?.length,
      ),
      this.section('softSkills', this.list(x.softSkills), x.softSkills?.length),
      this.section(
        'languages',
        html`<ul>
          ${(cv.languages ?? []).map((l) => html`<li><strong>${l.language ?? ''}</strong>${l.fluency ? `${this.sep}${this.level(l.fluency)}` : ''}</li>`)}
        </ul>`,
        cv.languages?.length,
      ),
      this.section(
        'interests',
        html`<ul>
          ${(cv.interests ?? []).map((i) => html`<li><strong>${i.name ?? ''}</strong>${words(i.keywords)}</li>`)}
        </ul>`,
        cv.interests?.length,
      ),
    ];
  }

  protected override renderContent(cv: Cv): TemplateResult {
    const lang = this.cvLang;
    const tpl = this.layout;
    const accent = this.accentColor();
    const b = cv.basics ?? {};
    const empty = !b.name && !cv.work?.length && !cv.education?.length && !b.summary;
    const two = tpl === 'moderne';
    return html`<article
      class="cv cv--${tpl}"
      part="cv"
      lang=${lang}
      dir=${dirOf(lang)}
      style=${ifDefined(accent ? `--_accent: ${accent}` : undefined)}
      aria-label=${b.name ? this.ct('cvOf', { name: b.name }) : nothing}
    >
      ${this.renderHeader(cv, tpl === 'ats')}
      ${empty ? html`<p class="cv-empty">${this.ct('empty')}</p>` : nothing}
      ${
        two
          ? html`<div class="cv-columns">
              <div class="cv-side">${this.renderSide(cv, true)}</div>
              <div class="cv-main">${this.renderMain(cv, true)}</div>
            </div>`
          : html`${this.renderMain(cv, false)}${this.renderSide(cv, false)}`
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-cv-preview': QdCvPreview;
  }
}
