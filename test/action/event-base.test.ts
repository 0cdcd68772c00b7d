import { describe, expect, it } from 'vitest';
import { baseFromEvent, pullRequestNumber, untrustedCodeReason } from '../../src/github/event-base.js';
import { payload } from './run-action.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

function fixture(name: string): unknown {
  return payload(name, { BASE_SHA: BASE, HEAD_SHA: HEAD, BEFORE: BASE, AFTER: HEAD });
}

describe('baseFromEvent', () => {
  it.each([
    ['pull_request', 'pull_request.json', BASE],
    ['pull_request_target', 'pull_request_target-fork.json', BASE],
    ['merge_group', 'merge_group.json', BASE],
    ['push', 'push.json', BASE],
    ['push', 'push-new-branch.json', 'origin/main'],
  ])('%s (%s) -> %s', (event, file, base) => {
    expect(baseFromEvent(event, fixture(file)).base).toBe(base);
  });

  it('workflow_dispatch and other events leave the base to the defaults', () => {
    expect(baseFromEvent('workflow_dispatch', fixture('workflow_dispatch.json'))).toEqual({
      source: 'the default bases (no base in the workflow_dispatch event)',
    });
    expect(baseFromEvent('schedule', {}).base).toBeUndefined();
  });

  it('an explicit base input wins over every event', () => {
    expect(baseFromEvent('pull_request', fixture('pull_request.json'), 'release/1.x')).toEqual({ base: 'release/1.x', source: 'the base input' });
  });

  it('a payload missing the field falls back to the defaults instead of throwing', () => {
    expect(baseFromEvent('pull_request', { pull_request: null }).base).toBeUndefined();
    expect(baseFromEvent('push', { before: '0'.repeat(40) }).base).toBeUndefined();
  });
});

describe('untrustedCodeReason', () => {
  it('flags pull_request_target from a fork, naming the fork and the opt-in', () => {
    expect(untrustedCodeReason('pull_request_target', fixture('pull_request_target-fork.json'))).toBe(
      "refused: pull_request_target from mallory/verify-demo runs untrusted code with the base repository's credentials (set allow-untrusted-code: true to run it)",
    );
  });

  it('trusts pull_request_target from the same repository and every pull_request (no secrets there for forks)', () => {
    const sameRepo = fixture('pull_request.json');
    expect(untrustedCodeReason('pull_request_target', sameRepo)).toBeUndefined();
    expect(untrustedCodeReason('pull_request', fixture('pull_request_target-fork.json'))).toBeUndefined();
  });

  it('treats a deleted fork (head.repo null) as untrusted', () => {
    const payload = fixture('pull_request_target-fork.json') as { pull_request: { head: { repo: unknown } } };
    payload.pull_request.head.repo = null;
    expect(untrustedCodeReason('pull_request_target', payload)).toContain('from a deleted fork');
  });
});

describe('pullRequestNumber', () => {
  it('is the PR number on pull request events only', () => {
    expect(pullRequestNumber('pull_request', fixture('pull_request.json'))).toBe(42);
    expect(pullRequestNumber('pull_request_target', fixture('pull_request_target-fork.json'))).toBe(42);
    expect(pullRequestNumber('push', fixture('push.json'))).toBeUndefined();
  });
});
