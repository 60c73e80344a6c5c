/** Photos are made smaller in the browser (never uploaded) and stored as a JPEG `data:` address. */
export const PHOTO_MAX_BYTES = 200 * 1024;

/** Bytes of the file behind a base64 `data:` address. */
export function dataUrlBytes(url: string): number {
  const b64 = url.slice(url.indexOf(',') + 1);
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
}

/**
 * An image file → a JPEG `data:` address of at most `PHOTO_MAX_BYTES`, its longest side at most
 * 480 px (then smaller if needed). Rejects when the file is not an image the browser can read.
 */
export async function resizePhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    for (const side of [480, 360, 240, 160]) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('canvas');
      ctx.fillStyle = '#fff'; // transparent PNGs get a white background, as on paper
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of [0.85, 0.7, 0.55, 0.4]) {
        const url = canvas.toDataURL('image/jpeg', quality);
        if (dataUrlBytes(url) <= PHOTO_MAX_BYTES) return url;
      }
    }
    throw new Error('photo');
  } finally {
    bitmap.close();
  }
}
