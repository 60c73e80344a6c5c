import type { Catalog } from './i18n.js';
import type { CoreKey } from './core-messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<CoreKey>> = {
  loading: 'Loading content…',
  loadingSlow: 'Loading is taking longer than expected. Check the internet connection.',
  fetchErrorTitle: 'The content could not be loaded',
  fetchNetwork: 'The connection failed. Check the internet connection, then try again.',
  fetchHttp: 'The server answered with an error ({status}). Try again in a moment.',
  fetchNotFound:
    'The content file was not found (error 404). Check the address in the src attribute.',
  retry: 'Try again',
  emptyTitle: 'No content to show',
  emptyHelp:
    'Give a content file: src="my-content.json" attribute, content property, or a <script type="application/json"> block inside the element.',
  invalidTitle: 'This content cannot be shown',
  invalidIntro: {
    one: 'The content file has {count} error. Here is where it is and what to change:',
    other: 'The content file has {count} errors. Here is where they are and what to change:',
  },
  invalidMore: {
    one: '… and {count} more error, shown in the browser console (F12 key).',
    other: '… and {count} more errors, shown in the browser console (F12 key).',
  },
  invalidHint: 'Numbers start at 0: questions[0] is the first question, questions[1] the second.',
  readAloud: 'Listen',
  stopReading: 'Stop reading',
  easyRead: 'Easy to read',
  newTab: '(opens a new tab)',
  exportData: 'Download my data',
  importData: 'Resume from a file',
  eraseData: 'Erase my data',
  erased: 'Your data has been erased from this device.',
  imported: 'Your data has been restored from the file.',
  importFailed: 'This file could not be used: {reason}. Nothing was changed.',
  quarantined: 'Some data saved on this device was damaged: it is kept, but not used.',
  quota: 'This device is out of space: your answers are not being saved.',
  storageFailed:
    'Saving on this device could not start (connection?): your answers will not be kept.',
  setAsideTitle: 'Damaged data set aside',
  setAsideHelp:
    'Some data saved on this device was damaged: it is kept, but not used. “Erase my data” does not erase it: download it to show it to a staff member, then erase it here.',
  setAsideHeld:
    'The device had no room to set a copy aside: it stays where it was, and nothing is saved over it until it is erased.',
  setAsideDownload: 'Download {file}',
  setAsideDiscard: 'Erase the damaged data from this device',
  setAsideErased: 'The damaged data has been erased from this device.',
  kioskWarning: {
    one: 'Is anyone there? The screen will reset in {count} second.',
    other: 'Is anyone there? The screen will reset in {count} seconds.',
  },
  kioskContinue: "I'm here, continue",
  kioskDone: 'The screen has been reset for the next person.',
};
export default catalog;
