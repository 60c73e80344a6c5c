/**
 * The guide's logic, without DOM: which guides fit a child (devices, concerns, age), in what order,
 * how they group into printed pages, which agreement rules fit the ages, and when a guide is stale.
 */
import {
  CONCERNS,
  type AgeGroup,
  type AgeRange,
  type Concern,
  type Device,
  type Guide,
  type GuideContent,
  type PactRule,
} from './schema.js';

/** What the parent answered for one child. Empty lists mean "skipped": no filter. */
export interface Answers {
  ageGroup: string | null;
  devices: readonly string[];
  concerns: readonly string[];
}

export interface GuideMatch {
  guide: Guide;
  /** The selected devices this guide applies to, in library order. */
  devices: Device[];
  /** The selected concerns it answers, in the kit's order. */
  concerns: Concern[];
}

/** Whether `ranges` (absent = all ages) meet the age group (absent = unknown age). */
export function fitsAge(
  ranges: readonly AgeRange[] | undefined,
  group: Pick<AgeGroup, 'min' | 'max'> | undefined,
): boolean {
  if (!ranges || ranges.length === 0 || !group) return true;
  return ranges.some((r) => r.min <= group.max && r.max >= group.min);
}

const order = (c: Concern) => CONCERNS.indexOf(c);

/**
 * The guides for one child: for a selected device, about a selected concern, fitting the age;
 * sorted by their first concern (kit order), then by device, then as in the library.
 */
export function selectGuides(content: GuideContent, a: Answers): GuideMatch[] {
  const group = content.ageGroups.find((g) => g.id === a.ageGroup);
  const devices =
    a.devices.length > 0
      ? content.devices.filter((d) => a.devices.includes(d.id))
      : content.devices;
  const concerns = (
    a.concerns.length > 0 ? CONCERNS.filter((c) => a.concerns.includes(c)) : [...CONCERNS]
  ) as Concern[];
  const deviceIndex = (m: GuideMatch) => content.devices.indexOf(m.devices[0]!);
  const matches: Array<GuideMatch & { at: number }> = [];
  content.guides.forEach((guide, at) => {
    const ds = devices.filter((d) => guide.appliesTo.includes(d.id));
    const cs = concerns.filter((c) => guide.concerns.includes(c));
    if (ds.length > 0 && cs.length > 0 && fitsAge(guide.ages, group))
      matches.push({ guide, devices: ds, concerns: cs, at });
  });
  return matches
    .sort(
      (x, y) =>
        order(x.concerns[0]!) - order(y.concerns[0]!) ||
        deviceIndex(x) - deviceIndex(y) ||
        x.at - y.at,
    )
    .map(({ guide, devices: ds, concerns: cs }) => ({ guide, devices: ds, concerns: cs }));
}

/** Selected devices no guide covers for this child (the page says so, and points to the helplines). */
export function uncoveredDevices(
  content: GuideContent,
  a: Answers,
  matches: readonly GuideMatch[],
): Device[] {
  return content.devices.filter(
    (d) => a.devices.includes(d.id) && !matches.some((m) => m.devices.includes(d)),
  );
}

export interface PrintPage {
  devices: Device[];
  matches: GuideMatch[];
}

/** The printed checklist: one page per set of devices (Android phone + tablet share one page). */
export function pagesByDevice(matches: readonly GuideMatch[]): PrintPage[] {
  const pages = new Map<string, PrintPage>();
  for (const m of matches) {
    const key = m.devices.map((d) => d.id).join(' ');
    const page = pages.get(key) ?? { devices: m.devices, matches: [] };
    page.matches.push(m);
    pages.set(key, page);
  }
  return [...pages.values()];
}

/** Agreement rules that fit at least one of the age groups (all rules when none is known). */
export function rulesFor(content: GuideContent, ageGroups: readonly string[]): PactRule[] {
  const groups = content.ageGroups.filter((g) => ageGroups.includes(g.id));
  return content.pactRules.filter(
    (r) => groups.length === 0 || groups.some((g) => fitsAge(r.ages, g)),
  );
}

/** `2025-03-01` → the UTC day it names. */
export const dayOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Checked more than 12 months before `today`: the menus may have changed. */
export function isStale(lastChecked: string, today: Date = new Date()): boolean {
  const limit = dayOf(lastChecked);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return now > limit.getTime();
}

/** Key of one step's checkbox in the stored progress. */
export const stepKey = (child: string, guide: string, step: number): string =>
  `${child}/${guide}/${step}`;
