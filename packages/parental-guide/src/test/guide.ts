/**
 * What the guide's and the agreement's tests add to the kit's shared test helpers
 * (@quartiers-douai/kit-scripts/testing): `settle` also waits for the agreement's code (a part of
 * the bundle, fetched once per test file, ADR 0016), and `cleanup` empties the device's storage.
 * pact-on-demand.test.ts does not import this file: it tests that very wait.
 */
import { onCleanup, onSettle } from '@quartiers-douai/kit-scripts/testing';
import { definePact } from '../define.js';

onSettle(() => definePact());
onCleanup(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** The agreement inside the guide's shadow root, or the element itself. */
export const pactOf = (el: Element): Element =>
  el.shadowRoot!.querySelector('qd-screen-pact') ?? el;
