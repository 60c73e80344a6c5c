/**
 * Dates and times in the UI language with `Intl.DateTimeFormat` (Arabic with Latin digits,
 * docs/decisions/0005), always in Paris time: the agenda is Douai's, whatever the device's zone.
 */
import type { AgendaEvent } from './schema.js';
import { TZ, dayNumber } from './time.js';

const formats = new Map<string, Intl.DateTimeFormat>();

const STYLES = {
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dayShort: { weekday: 'long', day: 'numeric', month: 'long' },
  dayNum: { day: '2-digit', month: '2-digit' },
  month: { month: 'long', year: 'numeric' },
  weekday: { weekday: 'long' },
  weekdayShort: { weekday: 'short' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

function format(locale: string, style: DateStyle, zone: string): Intl.DateTimeFormat {
  const k = `${locale}|${style}|${zone}`;
  let f = formats.get(k);
  if (!f)
    formats.set(k, (f = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: zone })));
  return f;
}

/** A day key (`2027-03-09`) as words: "mardi 9 mars 2027". */
export const formatDay = (locale: string, key: string, style: DateStyle = 'day'): string =>
  format(locale, style, 'UTC').format(dayNumber(key) * 86_400_000 + 43_200_000);

/** A moment's Paris time: "18:00". */
export const formatTime = (locale: string, utc: number): string =>
  format(locale, 'time', TZ).format(utc);

/** A month (`2027-03`): "mars 2027". */
export const formatMonth = (locale: string, ym: string): string =>
  formatDay(locale, `${ym}-01`, 'month');

/** Audience, theme, price, registration of an event: short words, in the UI language. */
export function eventTags(
  t: (key: string, params?: Record<string, string | number>) => string,
  e: AgendaEvent,
): string[] {
  const r = e.registration;
  return [
    t(`aud-${e.audience}`),
    t(`th-${e.theme}`),
    e.free ? t('free') : (e.price ?? ''),
    r?.required
      ? r.places
        ? t('registrationPlaces', { places: r.places })
        : t('registration')
      : r
        ? t('noRegistration')
        : '',
  ].filter(Boolean);
}
