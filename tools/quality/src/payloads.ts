/**
 * XSS payloads, written as test data from public cheat sheets (OWASP "XSS Filter Evasion Cheat
 * Sheet", PortSwigger "Cross-site scripting cheat sheet", HTML5 Security Cheatsheet) plus the kit's
 * own rich-text syntax. Each would set `window.__qdXss` if it ever ran.
 */
const JS = 'window.__qdXss=1';

export const XSS_PAYLOADS: readonly string[] = [
  `<script>${JS}</script>`,
  `<img src=x onerror="${JS}">`,
  `<svg onload=${JS}>`,
  `<svg><script>${JS}</script></svg>`,
  `"><script>${JS}</script>`,
  `'><img src=x onerror=${JS}>`,
  `<iframe src="javascript:${JS}"></iframe>`,
  `<a href="javascript:${JS}">clic</a>`,
  `<body onload=${JS}>`,
  `<details open ontoggle=${JS}>`,
  `<input autofocus onfocus=${JS}>`,
  `<video><source onerror="${JS}"></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${JS}>`,
  `<object data="javascript:${JS}"></object>`,
  `<form action="javascript:${JS}"><button>go</button></form>`,
  `<!--<img src=x onerror=${JS}>-->`,
  `<style>@import 'javascript:${JS}';</style>`,
  `[clic](javascript:${JS})`,
  `[clic](JaVaScRiPt:${JS})`,
  `[clic](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19xZFhzcz0xPC9zY3JpcHQ+)`,
  `[clic](  javascript:${JS})`,
  `[clic](javas&#99;ript:${JS})`,
  `\${${JS}}`,
  `{{constructor.constructor('${JS}')()}}`,
  `<%= ${JS} %>`,
  `&lt;script&gt;${JS}&lt;/script&gt;`,
  `\u003cscript\u003e${JS}\u003c/script\u003e`,
  `\u202Egpj.exe ${JS}`,
  `zero\u200Bwidth <scr\u200Bipt>${JS}</scr\u200Bipt>`,
  `<scr<script>ipt>${JS}</scr</script>ipt>`,
  // Links whose scheme is hidden from a test on the raw text (see URL_PAYLOADS).
  `[clic](\u0001javascript:${JS})`,
  `[clic](java\tscript:${JS})`,
  `<a href="\u001fjavascript:${JS}">clic</a>`,
];

/**
 * Addresses that hide a script or another site from a test on the raw text: the browser's URL
 * parser (WHATWG) strips control characters and spaces around an address and tabs and newlines
 * inside it, reads a scheme in any case and `\` as `/`. Each is javascript:, data: or
 * http://evil.example once read. The XSS gate puts them, in turn, in every string field: an
 * address field (link, photo, video, caption, sound, page) must refuse them all.
 */
export const URL_PAYLOADS: readonly string[] = [
  `\u0001javascript:${JS}`,
  `\u001fjavascript:${JS}`,
  ` javascript:${JS}`,
  `\tjavascript:${JS}`,
  `JaVaScRiPt:${JS}`,
  `java\nscript:${JS}`,
  `\u0001data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19xZFhzcz0xPC9zY3JpcHQ+`,
  '\u0001//evil.example/x',
  '/\\evil.example/x.png',
];
