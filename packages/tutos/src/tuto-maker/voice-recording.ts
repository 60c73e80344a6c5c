/**
 * A voice recorded with the microphone, where the browser allows it (`canRecord()` in media.ts):
 * the sound stays in the page until the maker adds it to a step.
 */

/**
 * Starts recording; resolves to the recorder (`stop()` ends the recording, then `onRecorded`
 * gets the sound), or to `undefined` when the microphone is refused or absent.
 */
export async function startRecording(
  onRecorded: (voice: Blob) => void,
): Promise<MediaRecorder | undefined> {
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch {
    return undefined;
  }
  const chunks: Blob[] = [];
  const recorder = new MediaRecorder(stream);
  recorder.ondataavailable = (e) => chunks.push(e.data);
  recorder.onstop = () => {
    stream.getTracks().forEach((track) => track.stop());
    const type = (recorder.mimeType || 'audio/webm').replace(/\s+/g, '');
    onRecorded(new Blob(chunks, { type }));
  };
  recorder.start();
  return recorder;
}
