/**
 * Offers a text as a file download (exports of progress, a CV, a poll's ballots). No Lit, no
 * zod: the on-demand files (the storage code, the poll's staff panel) use it too, from
 * `@quartiers-douai/core/save-file`.
 */
export function saveFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
