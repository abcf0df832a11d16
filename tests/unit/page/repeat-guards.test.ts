import { describe, expect, it } from 'vitest';
import { RepeatGuard, REPEAT_WINDOW_MS, SHORTCUT_ECHO_MS, ShortcutEcho } from '@/lib/page/repeat-guards';
import { AnnouncePolicy } from '@/lib/page/announce-policy';
import { ViewerAppPoll } from '@/lib/page/viewer-app-poll';

describe('ShortcutEcho (one key press delivered as a command and as a page key)', () => {
  it('drops the other channel’s delivery of the same slot within the window, and only that', () => {
    const echo = new ShortcutEcho();
    echo.record('command', 2, 10_000);
    expect(echo.isEcho('page-key', 2, 10_000 + SHORTCUT_ECHO_MS - 1)).toBe(true);
    expect(echo.isEcho('page-key', 2, 10_000 + SHORTCUT_ECHO_MS)).toBe(false);
    expect(echo.isEcho('command', 2, 10_001)).toBe(false); // a second press by the same channel
    expect(echo.isEcho('page-key', 3, 10_001)).toBe(false); // another slot
  });

  it('pairs each of quick presses of different slots with its own echo, however they interleave', () => {
    const echo = new ShortcutEcho();
    // 1, 2, 3 pressed quickly: the page keys arrive first, the commands after all three.
    for (const [slot, at] of [[1, 0], [2, 100], [3, 200]] as const) {
      expect(echo.isEcho('page-key', slot, at)).toBe(false);
      echo.record('page-key', slot, at);
    }
    expect(echo.isEcho('command', 1, 300)).toBe(true);
    expect(echo.isEcho('command', 2, 310)).toBe(true);
    expect(echo.isEcho('command', 3, 320)).toBe(true);
    // Each pair is done: a new press of 1 by command is a press.
    expect(echo.isEcho('command', 1, 400)).toBe(false);
  });
});

describe('RepeatGuard (a double click on a tag button)', () => {
  it('lets the first request through and drops the same one within the window', () => {
    const guard = new RepeatGuard();
    expect(guard.isRepeat('3:9:problem', 5_000)).toBe(false);
    expect(guard.isRepeat('3:9:problem', 5_000 + REPEAT_WINDOW_MS - 1)).toBe(true);
    expect(guard.isRepeat('3:9:measure', 5_001)).toBe(false);
  });
  it('lets the same request through again once the window has passed', () => {
    const guard = new RepeatGuard();
    guard.isRepeat('3:9:problem', 5_000);
    expect(guard.isRepeat('3:9:problem', 5_000 + REPEAT_WINDOW_MS)).toBe(false);
  });
});

describe('AnnouncePolicy', () => {
  it('announces again when text arrives in an empty frame or the text changes by a tenth', () => {
    const policy = new AnnouncePolicy();
    policy.announcedAt(0, null);
    expect(policy.shouldAnnounce({ added: 5, removed: 0 }, null)).toBe(true);
    policy.announcedAt(1_000, null);
    expect(policy.shouldAnnounce({ added: 60, removed: 0 }, null)).toBe(false);
    expect(policy.shouldAnnounce({ added: 40, removed: 0 }, null)).toBe(true); // 100 of 1,000 in all
  });
  it('announces a paged viewer when it has read a page more', () => {
    const policy = new AnnouncePolicy();
    policy.announcedAt(300, { read: 2, total: 9 });
    expect(policy.shouldAnnounce({ added: 500, removed: 0 }, { read: 2, total: 9 })).toBe(false);
    expect(policy.shouldAnnounce({ added: 1, removed: 0 }, { read: 3, total: 9 })).toBe(true);
  });
});

describe('ViewerAppPoll', () => {
  it('asks at most once a second, thirty times, and never after an answer', () => {
    const poll = new ViewerAppPoll();
    expect(poll.tryNow(0)).toBe(true);
    expect(poll.tryNow(999)).toBe(false);
    let tries = 1;
    for (let t = 1_000; t < 100_000; t += 1_000) if (poll.tryNow(t)) tries++;
    expect(tries).toBe(30);
    const answered = new ViewerAppPoll();
    answered.tryNow(0);
    answered.finish();
    expect(answered.tryNow(5_000)).toBe(false);
  });
});
