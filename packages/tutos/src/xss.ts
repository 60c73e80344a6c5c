/** Hostile texts for the tests of the maker and the library (the gates drive only <qd-tuto>). Test-only. */
export const XSS = [
  '<img src=x onerror="window.__qdXss=1">',
  '"><script>window.__qdXss=1</script>',
  '[clic](javascript:window.__qdXss=1)',
  '<svg onload=window.__qdXss=1>',
  'javascript:window.__qdXss=1//\'"',
] as const;
