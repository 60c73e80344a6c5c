/** Hostile texts for the tests of the maker and the library (the gates drive only <qd-tuto>). Test-only. */
export const XSS = [
  '<img src=x onerror="window.__qdXss=1">',
  '"><script>window.__qdXss=1</script>',
  '[clic](javascript:window.__qdXss=1)',
  '<svg onload=window.__qdXss=1>',
  'javascript:window.__qdXss=1//\'"',
] as const;

/**
 * Addresses that hide a script or another site from a test on the raw text: the browser strips
 * control characters and spaces around an address and tabs and newlines inside it (and reads `\`
 * as `/`), so each is javascript: or http://evil.example once read. Test-only.
 */
export const HIDDEN_URLS = [
  '\u0001javascript:window.__qdXss=1',
  '\u001fjavascript:window.__qdXss=1',
  ' javascript:window.__qdXss=1',
  '\tjavascript:window.__qdXss=1',
  'JaVaScRiPt:window.__qdXss=1',
  'java\nscript:window.__qdXss=1',
  '\u0001//evil.example/x',
  '\u001f//evil.example/x.png',
  '/\\evil.example/x',
] as const;
