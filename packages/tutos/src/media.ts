/**
 * Photos and voices of the maker, prepared in the browser (never uploaded):
 * - a photo is decoded (`createImageBitmap`), drawn on a canvas at most `PHOTO_MAX_SIDE` pixels on
 *   its long side, and encoded again as JPEG: the new file has no EXIF data at all (no GPS
 *   position, no phone model, no date), only the pixels;
 * - a voice (recorded or chosen) becomes a `data:audio/…` address, up to `AUDIO_MAX_MB`.
 */
export const PHOTO_MAX_SIDE = 1280;
export const PHOTO_QUALITY = 0.8;
/** A photo above this is encoded again, smaller. */
export const PHOTO_MAX_BYTES = 350 * 1024;
export const AUDIO_MAX_MB = 3;

/** Bytes of the file behind a base64 `data:` address. */
export function dataUrlBytes(url: string): number {
  const b64 = url.slice(url.indexOf(',') + 1);
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
}

/** An image file → a JPEG `data:` address without EXIF, its long side at most `maxSide`. */
export async function preparePhoto(file: Blob, maxSide = PHOTO_MAX_SIDE): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    let url = '';
    for (const side of [maxSide, Math.round(maxSide * 0.75), Math.round(maxSide * 0.5)]) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('canvas');
      ctx.fillStyle = '#fff'; // transparent images get a white background, as on paper
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of [PHOTO_QUALITY, 0.65]) {
        url = canvas.toDataURL('image/jpeg', quality);
        if (dataUrlBytes(url) <= PHOTO_MAX_BYTES) return url;
      }
    }
    return url;
  } finally {
    bitmap.close();
  }
}

/** A file → its `data:` address. */
export const readDataUrl = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read'));
    r.readAsDataURL(file);
  });

/** Whether this browser can record the microphone here (https page, MediaRecorder, getUserMedia). */
export const canRecord = (): boolean =>
  typeof MediaRecorder !== 'undefined' &&
  typeof navigator !== 'undefined' &&
  typeof navigator.mediaDevices?.getUserMedia === 'function' &&
  window.isSecureContext;
