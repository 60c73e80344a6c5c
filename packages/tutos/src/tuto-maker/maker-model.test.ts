/**
 * The maker's model without a DOM (maker-model.ts): what each action does to a draft, what is
 * missing before sharing, the file shared, and a file opened. No element is mounted here.
 */
import { describe, expect, it } from 'vitest';
import { emptyDraft, fromTutorial, type Draft } from '../draft.js';
import { clone, tinyTuto, TINY_WAV } from '../fixtures.js';
import { AUDIO_MAX_MB } from '../media.js';
import { MAX_STEPS, tutorialSchema } from '../tutorial-schema.js';
import {
  canAddStep,
  isAcceptableVoice,
  isReadyToShare,
  isUntouched,
  readTutorialFile,
  tutorialFile,
  whatIsMissing,
  withPhoto,
  withStepAdded,
  withStepChanged,
  withStepMoved,
  withStepRemoved,
  withStepRestored,
  withVoice,
  withoutMedia,
} from './maker-model.js';

const PHOTO = 'data:image/jpeg;base64,/9j/4AAQ';

/** A draft with three steps titled A, B, C (nothing else filled). */
function abc(): Draft {
  const d = emptyDraft('2026-12-01');
  d.steps = ['A', 'B', 'C'].map((title) => ({ title, text: '', easy: '' }));
  return d;
}
const titles = (d: Draft) => d.steps.map((s) => s.title);

/** A draft ready to share: title, summary, two steps with their title and text. */
function complete(): Draft {
  const d = emptyDraft('2026-12-01');
  d.title = 'Scanner un document';
  d.summary = 'Faire un PDF propre.';
  d.steps = [
    { title: 'Ouvrir', text: 'Ouvrez l’appli.', easy: '' },
    { title: 'Toucher', text: 'Touchez le bouton.', easy: '' },
  ];
  return d;
}

describe('maker model · steps', () => {
  it('a step changed: only that step, only the fields given; the draft given is left as it was', () => {
    const d = abc();
    const before = structuredClone(d);
    const next = withStepChanged(d, 1, { text: 'Faites B.' });
    expect(next.steps[1]).toEqual({ title: 'B', text: 'Faites B.', easy: '' });
    expect(next.steps[0]).toBe(d.steps[0]);
    expect(d).toEqual(before);
  });

  it('a step added at the end, empty; at MAX_STEPS no more can be added', () => {
    const next = withStepAdded(abc());
    expect(titles(next)).toEqual(['A', 'B', 'C', '']);
    expect(canAddStep(next)).toBe(true);
    const full = emptyDraft();
    full.steps = Array.from({ length: MAX_STEPS }, () => ({ title: 'x', text: 'y', easy: '' }));
    expect(canAddStep(full)).toBe(false);
    expect(canAddStep(withStepRemoved(full, 0)!.draft)).toBe(true);
  });

  it('moved by one place, up or down; not past either end', () => {
    expect(titles(withStepMoved(abc(), 0, 1)!)).toEqual(['B', 'A', 'C']);
    expect(titles(withStepMoved(abc(), 2, -1)!)).toEqual(['A', 'C', 'B']);
    expect(withStepMoved(abc(), 0, -1)).toBeUndefined();
    expect(withStepMoved(abc(), 2, 1)).toBeUndefined();
  });

  it('removed, then put back at its place (« Annuler la suppression »)', () => {
    const r = withStepRemoved(abc(), 1)!;
    expect(titles(r.draft)).toEqual(['A', 'C']);
    expect(r.removed).toEqual({ index: 1, step: { title: 'B', text: '', easy: '' } });
    expect(titles(withStepRestored(r.draft, r.removed))).toEqual(['A', 'B', 'C']);
    expect(withStepRemoved(abc(), 3)).toBeUndefined();
  });

  it('the last step removed leaves one empty step (a tutorial always has one)', () => {
    const one = emptyDraft();
    one.steps = [{ title: 'Seule', text: 'Faites-le.', easy: '' }];
    const r = withStepRemoved(one, 0)!;
    expect(r.draft.steps).toEqual([{ title: '', text: '', easy: '' }]);
    expect(titles(withStepRestored(r.draft, r.removed))).toEqual(['Seule', '']);
  });
});

describe('maker model · photos and voices', () => {
  it('a new photo keeps the description already written; removed, both go', () => {
    const d = withStepChanged(abc(), 0, {
      image: { src: 'data:image/jpeg;base64,AAAA', alt: 'Le bouton' },
    });
    const next = withPhoto(d, 0, PHOTO);
    expect(next.steps[0]!.image).toEqual({ src: PHOTO, alt: 'Le bouton' });
    expect(withPhoto(abc(), 1, PHOTO).steps[1]!.image).toEqual({ src: PHOTO, alt: '' });
    expect(withoutMedia(next, 0, 'image').steps[0]).toEqual({ title: 'A', text: '', easy: '' });
  });

  it('a new voice keeps what is said already written; removed, both go', () => {
    const d = withStepChanged(abc(), 2, { audio: { src: TINY_WAV, transcript: 'Bonjour' } });
    expect(withVoice(d, 2, TINY_WAV).steps[2]!.audio).toEqual({
      src: TINY_WAV,
      transcript: 'Bonjour',
    });
    expect(withVoice(abc(), 0, TINY_WAV).steps[0]!.audio).toEqual({
      src: TINY_WAV,
      transcript: '',
    });
    const gone = withoutMedia(d, 2, 'audio').steps[2]!;
    expect('audio' in gone).toBe(false);
  });

  it('a voice is kept only if it is a sound, of AUDIO_MAX_MB at most', () => {
    expect(isAcceptableVoice(TINY_WAV)).toBe(true);
    expect(isAcceptableVoice('')).toBe(false);
    expect(isAcceptableVoice('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
    expect(isAcceptableVoice('javascript:alert(1)')).toBe(false);
    const big = `data:audio/wav;base64,${'A'.repeat(Math.ceil((AUDIO_MAX_MB * 1024 * 1024 * 4) / 3) + 8)}`;
    expect(isAcceptableVoice(big)).toBe(false);
  });
});

describe('maker model · what is missing before sharing', () => {
  it('an empty draft: title, summary, the step’s title and text, in the order of the form', () => {
    expect(whatIsMissing(emptyDraft())).toEqual({
      'f-title': { key: 'errTitle' },
      'f-summary': { key: 'errSummary' },
      's0-title': { key: 'errStepTitle', n: 1 },
      's0-text': { key: 'errStepText', n: 1 },
    });
    expect(isReadyToShare(emptyDraft())).toBe(false);
  });

  it('a complete draft: nothing missing, ready to share', () => {
    expect(whatIsMissing(complete())).toEqual({});
    expect(isReadyToShare(complete())).toBe(true);
  });

  it('the author is a first name or a pseudonym; the duration a whole number of minutes, 1 to 600', () => {
    const d = complete();
    expect(whatIsMissing({ ...d, author: 'samia@exemple.fr' })).toEqual({
      'f-author': { key: 'errAuthor' },
    });
    expect(whatIsMissing({ ...d, author: 'Samia' })).toEqual({});
    for (const duration of ['0', '601', '2.5', 'dix'])
      expect(whatIsMissing({ ...d, duration }), duration).toEqual({
        'f-duration': { key: 'errDuration' },
      });
    expect(whatIsMissing({ ...d, duration: ' 15 ' })).toEqual({});
  });

  it('a photo needs its description, a voice what is said (numbered by step)', () => {
    let d = withPhoto(complete(), 1, PHOTO);
    d = withVoice(d, 0, TINY_WAV);
    expect(whatIsMissing(d)).toEqual({
      's0-transcript': { key: 'errTranscript', n: 1 },
      's1-alt': { key: 'errAlt', n: 2 },
    });
    d = withStepChanged(d, 1, { image: { src: PHOTO, alt: '   ' } });
    expect(Object.keys(whatIsMissing(d))).toContain('s1-alt');
  });
});

describe('maker model · the file shared', () => {
  it('nothing while something is missing', () => {
    expect(tutorialFile(emptyDraft())).toBeUndefined();
  });

  it('a JSON file named after the title, with its $schema, valid for <qd-tuto>, and its size', () => {
    const file = tutorialFile(complete())!;
    expect(file.name).toBe('scanner-un-document.json');
    const doc = JSON.parse(file.text);
    expect(doc.$schema).toMatch(/@quartiers-douai\/tutos@0\/schema\.json$/);
    expect(tutorialSchema.safeParse(doc).success).toBe(true);
    expect(file.detail).toEqual({
      id: 'scanner-un-document',
      steps: 2,
      bytes: new TextEncoder().encode(file.text).length,
    });
    expect(file.text.endsWith('}\n')).toBe(true);
  });

  it('a tutorial opened then shared again: the same tutorial', () => {
    const parsed = tutorialSchema.parse(clone(tinyTuto));
    const doc = JSON.parse(tutorialFile(fromTutorial(parsed))!.text);
    expect(doc).toEqual({ $schema: expect.any(String), ...parsed });
  });
});

describe('maker model · a file opened', () => {
  it('a valid tutorial: the tutorial', () => {
    const r = readTutorialFile(JSON.stringify(tinyTuto));
    expect('tutorial' in r && r.tutorial.title).toBe('Le petit tuto');
  });

  it('not JSON: refused at once, saying where', () => {
    const r = readTutorialFile('{ "title": ');
    expect('refused' in r && typeof r.refused).toBe('string');
    expect('refused' in r && r.refused).toContain("n'est pas un JSON valide (ligne 1");
  });

  it('not a tutorial, or hostile: refused, explained in French (path : what to change)', async () => {
    const quiz = readTutorialFile(JSON.stringify({ version: 1, title: 'Quiz', questions: [] }));
    expect('refused' in quiz).toBe(true);
    expect(await (quiz as { refused: Promise<string> }).refused).toContain(
      'id : le champ « id » est obligatoire',
    );
    const bad = clone(tinyTuto);
    bad.steps[1]!.audio!.src = 'javascript:window.__qdXss=1';
    const hostile = readTutorialFile(JSON.stringify(bad));
    expect(await (hostile as { refused: Promise<string> }).refused).toContain(
      'steps[1].audio.src : son refusé',
    );
  });

  it('a draft is untouched while it is the one the maker started from', () => {
    const start = fromTutorial(tutorialSchema.parse(clone(tinyTuto)));
    expect(isUntouched(structuredClone(start), start)).toBe(true);
    expect(isUntouched({ ...start, title: 'Autre' }, start)).toBe(false);
    const empty = emptyDraft('2026-12-01');
    expect(isUntouched(empty)).toBe(true);
    expect(isUntouched(withStepAdded(empty))).toBe(false);
  });
});
