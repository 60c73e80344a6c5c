/**
 * What the CV's tests add to the kit's shared test helpers (vitest.config.ts `setupFiles`): after
 * each test, the mounted elements go (`cleanup`), with the print copy the builder puts in the page
 * and the drafts kept on the device.
 */
import { afterEach } from 'vitest';
import { cleanup, onCleanup } from '@quartiers-douai/kit-scripts/testing';

onCleanup(() => {
  document.getElementById('qd-cv-print-root')?.remove();
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(cleanup);
