/**
 * What the tuto maker's tests read in the files it writes: the Exif segment of a JPEG (a photo's
 * place must not leave the device), and the bytes of a `data:` address (the sample sound).
 * Test-only (the kit's shared helpers are in @quartiers-douai/kit-scripts/testing).
 */

/** The APP1 Exif segment of a JPEG, if any, and whether its first IFD points to GPS data. */
export function exifOf(bytes: Uint8Array): { exif: boolean; gps: boolean } {
  let exif = false;
  let gps = false;
  let i = 2;
  while (i + 4 < bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    const len = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker === 0xda) break; // start of the image data
    const head = String.fromCharCode(...bytes.slice(i + 4, i + 10));
    if (marker === 0xe1 && head === 'Exif\0\0') {
      exif = true;
      const t = i + 10;
      const le = bytes[t] === 0x49; // "II": little-endian
      const u16 = (o: number) =>
        le ? bytes[o]! | (bytes[o + 1]! << 8) : (bytes[o]! << 8) | bytes[o + 1]!;
      const u32 = (o: number) => (le ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
      const ifd = t + u32(t + 4);
      for (let k = 0; k < u16(ifd); k++) if (u16(ifd + 2 + k * 12) === 0x8825) gps = true;
    }
    i += 2 + len;
  }
  return { exif, gps };
}

/** The bytes behind a base64 `data:` address. */
export const dataUrlToBytes = (url: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
