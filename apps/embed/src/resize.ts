/**
 * `resize.js`, the optional script for the centre's page: gives each iframe of the kit the height
 * of its content (no inner scroll bar). Without it the iframe keeps its `height` and scrolls inside.
 *
 *   <iframe src="https://…/embed/quiz.html?src=…" title="…" width="100%" height="600" style="border: 0"></iframe>
 *   <script src="https://…/embed/resize.js" defer></script>
 *
 * It trusts only the origin it was loaded from (or `data-embed-origin` on its own script tag):
 * a message is used only if it comes from that origin *and* from one of the page's iframes, and
 * only that iframe is resized. Loading it twice is harmless. Protocol: protocol.ts.
 */
import { HELLO, PROTOCOL_VERSION, READY, RESIZE, isEmbedMessage } from './protocol.js';

declare global {
  interface Window {
    __qdEmbedResize?: Set<string>;
  }
}

function embedOrigin(): string | undefined {
  const script = document.currentScript as HTMLScriptElement | null;
  const declared = script?.dataset['embedOrigin'];
  try {
    if (declared) return new URL(declared).origin;
    if (script?.src) return new URL(script.src).origin;
  } catch {
    // fall through
  }
  return undefined;
}

function install(origin: string): void {
  const seen = (window.__qdEmbedResize ??= new Set());
  if (seen.has(origin)) return;
  seen.add(origin);

  const ourFrames = (): HTMLIFrameElement[] =>
    Array.from(document.querySelectorAll('iframe')).filter((frame) => {
      try {
        return new URL(frame.src, location.href).origin === origin;
      } catch {
        return false;
      }
    });
  const hello = (frame: HTMLIFrameElement) =>
    frame.contentWindow?.postMessage({ type: HELLO, version: PROTOCOL_VERSION }, origin);

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !isEmbedMessage(event.data)) return;
    const frame = ourFrames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    if (event.data.type === READY) hello(frame);
    else if (event.data.type === RESIZE) frame.style.height = `${event.data.height}px`;
  });
  // Frames that loaded before this script ran have already said "ready": greet them now.
  for (const frame of ourFrames()) {
    hello(frame);
    frame.addEventListener('load', () => hello(frame));
  }
}

const origin = embedOrigin();
if (origin) install(origin);
else
  console.warn(
    'qd-embed resize.js : origine des pages d’intégration inconnue (ajoutez data-embed-origin="https://…").',
  );
