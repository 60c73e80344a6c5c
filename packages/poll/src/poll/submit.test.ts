import { describe, expect, it } from 'vitest';
import { setupProblem } from './submit.js';
import { afterSending, afterSubmit, thanksStatus } from './after-submit.js';

describe('what a submit does', () => {
  it('a ballot no listener took is refused with collect="event", thanked otherwise', () => {
    expect(afterSubmit(false, 'event', undefined)).toBe('refused');
    expect(afterSubmit(true, 'event', undefined)).toEqual({ queue: false });
    expect(afterSubmit(false, 'demo', undefined)).toEqual({ queue: false });
    expect(afterSubmit(false, 'box', undefined)).toEqual({ queue: false });
  });

  it('a ballot for `action` is queued unless the page took it (preventDefault)', () => {
    expect(afterSubmit(false, 'action', '/api/ballots')).toEqual({ queue: true });
    expect(afterSubmit(true, 'action', '/api/ballots')).toEqual({ queue: false });
  });

  it('after a try to send: queued while some ballot is left, sent otherwise', () => {
    expect(afterSending({ left: 1 })).toBe('queued');
    expect(afterSending({ left: 0 })).toBe('sent');
    expect(afterSending(undefined)).toBe('sent');
  });

  it('the thank-you screen says where the ballot is', () => {
    expect(thanksStatus('sending', false, 'action')).toBe('sending');
    expect(thanksStatus('queued', true, 'action')).toBe('queued');
    expect(thanksStatus(undefined, true, 'box')).toBe('keptHere');
    expect(thanksStatus(undefined, false, 'demo')).toBe('demoKept');
    expect(thanksStatus(undefined, false, 'event')).toBeUndefined();
  });
});

describe('a poll set up to take ballots', () => {
  const ok = { blocks: false, keepBallots: false, privacy: 'Rien de personnel.' };

  it('without the storage code, a poll with a queue or a box takes no vote', () => {
    expect(setupProblem({ ...ok, blocks: true, keepBallots: true })).toEqual({
      path: 'keep-ballots',
      message: 'storeFailed',
    });
    expect(setupProblem({ ...ok, blocks: true, action: '/api' })).toEqual({
      path: 'action',
      message: 'storeFailed',
    });
  });

  it('`action` must be a safe address and the content must say what happens to the answers', () => {
    expect(setupProblem({ ...ok, action: 'javascript:alert(1)' })).toEqual({
      path: 'action',
      message: 'badAction',
    });
    expect(setupProblem({ ...ok, action: '/api/ballots', privacy: '  ' })).toEqual({
      path: 'privacy',
      message: 'privacyRequired',
    });
    expect(setupProblem({ ...ok, action: '/api/ballots' })).toBeUndefined();
    expect(setupProblem({ ...ok, privacy: undefined })).toBeUndefined();
  });
});
