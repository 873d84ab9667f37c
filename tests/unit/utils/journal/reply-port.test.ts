// The reply port: a reply is counted once, when the sidebar says it is done or when its page
// goes away with the reply still in progress (the tab closed, another page loaded), even if
// the page had no time to say anything; a background that went idle hears about a reply in
// progress again at once; nothing but Klartext's own content scripts can report.
import { describe, expect, it } from 'vitest';
import {
  acceptReplyPort,
  openReplyReporter,
  type ReplyPortLike,
} from '../../../../utils/journal/reply-port';
import type { ReplyDone } from '../../../../utils/journal/reply-tally';
import { REPLY_PORT, type ReplyPortMessage } from '../../../../utils/messages';

const ID = 'klartext@test';

/** Two connected ends of a port, like runtime.connect's. */
function portPair(sender: ReplyPortLike['sender'] = { id: ID, tab: { id: 7 } }) {
  const listeners = {
    content: { message: [] as ((m: unknown) => void)[], disconnect: [] as (() => void)[] },
    background: { message: [] as ((m: unknown) => void)[], disconnect: [] as (() => void)[] },
  };
  let open = true;
  const end = (
    own: keyof typeof listeners,
    other: keyof typeof listeners,
    withSender?: ReplyPortLike['sender'],
  ): ReplyPortLike => ({
    name: REPLY_PORT,
    sender: withSender,
    postMessage(message: ReplyPortMessage) {
      if (!open) throw new Error('Attempt to postMessage on disconnected port');
      // Ports deliver a copy.
      for (const listener of listeners[other].message) listener(structuredClone(message));
    },
    disconnect() {
      if (!open) return;
      open = false;
      for (const listener of listeners[other].disconnect) listener();
    },
    onMessage: { addListener: (listener) => void listeners[own].message.push(listener) },
    onDisconnect: { addListener: (listener) => void listeners[own].disconnect.push(listener) },
  });
  const content = end('content', 'background');
  const background = end('background', 'content', sender);
  return {
    content,
    background,
    /** The page went away: only the background hears of it (the page's script is gone). */
    pageGone() {
      open = false;
      for (const listener of listeners.background.disconnect) listener();
    },
    /** The background was stopped (idle service worker or event page): the page hears of it. */
    backgroundStopped() {
      open = false;
      for (const listener of listeners.content.disconnect) listener();
    },
  };
}

const reply = (tone: number, ticket = 't1'): ReplyDone => ({
  hints: { tone },
  ticket,
  tense: false,
});

function setup() {
  const counted: ReplyDone[] = [];
  const pairs: ReturnType<typeof portPair>[] = [];
  let clock = 0;
  const stopper = new AbortController();
  const reporter = openReplyReporter({
    connect() {
      const pair = portPair();
      acceptReplyPort(pair.background, {
        extensionId: ID,
        count: (done) => void counted.push(done),
      });
      pairs.push(pair);
      return pair.content;
    },
    now: () => clock,
    signal: stopper.signal,
  });
  return {
    counted,
    pairs,
    reporter,
    stopper,
    later: (ms: number) => void (clock += ms),
  };
}

describe('reply port', () => {
  it('counts a reply once when the sidebar says it is done', () => {
    const { counted, reporter, pairs } = setup();
    reporter.progress(reply(1));
    reporter.progress(reply(2));
    expect(counted).toEqual([]);
    reporter.done(reply(2));
    expect(counted).toEqual([reply(2)]);
    // The page goes away afterwards: nothing more is counted.
    pairs[0]!.pageGone();
    expect(counted).toEqual([reply(2)]);
  });

  it('counts the reply in progress when its page goes away without a word', () => {
    const { counted, reporter, pairs } = setup();
    reporter.progress(reply(1));
    reporter.progress(reply(3));
    pairs[0]!.pageGone();
    expect(counted).toEqual([reply(3)]);
  });

  it('counts nothing for a page that goes away with no reply in progress', () => {
    const { counted, reporter, pairs } = setup();
    reporter.progress(reply(1));
    reporter.done(reply(1));
    reporter.progress(reply(4, 't2'));
    reporter.done(reply(4, 't2'));
    pairs[0]!.pageGone();
    expect(counted).toEqual([reply(1), reply(4, 't2')]);
  });

  it('tells a background that went idle about the reply in progress at once', () => {
    const { counted, reporter, pairs, later } = setup();
    reporter.progress(reply(2));
    later(30_000);
    pairs[0]!.backgroundStopped();
    // A new port carries the reply in progress; the tab is then closed.
    expect(pairs).toHaveLength(2);
    pairs[1]!.pageGone();
    expect(counted).toEqual([reply(2)]);
  });

  it('does not knock again at once on a port that was closed right after opening', () => {
    const { reporter, pairs } = setup();
    reporter.progress(reply(2));
    pairs[0]!.backgroundStopped();
    expect(pairs).toHaveLength(1);
    // The next report opens a new one.
    reporter.progress(reply(3));
    expect(pairs).toHaveLength(2);
  });

  it('opens the port ahead of the first report, once', () => {
    const { reporter, pairs, counted } = setup();
    reporter.open();
    reporter.open();
    expect(pairs).toHaveLength(1);
    reporter.progress(reply(2));
    expect(pairs).toHaveLength(1);
    pairs[0]!.pageGone();
    expect(counted).toEqual([reply(2)]);
  });

  it('stops reporting when the sidebar stops, and a stopped sidebar counts nothing more', () => {
    const { counted, reporter, stopper } = setup();
    reporter.progress(reply(1));
    reporter.done(reply(1));
    stopper.abort();
    reporter.progress(reply(5));
    reporter.done(reply(5));
    expect(counted).toEqual([reply(1)]);
  });

  it('refuses a port from anything but a content script of Klartext in a tab', () => {
    for (const sender of [{ id: 'other@addon', tab: { id: 1 } }, { id: ID }, {}]) {
      const pair = portPair(sender);
      const counted: ReplyDone[] = [];
      let refused = false;
      pair.content.onDisconnect.addListener(() => void (refused = true));
      acceptReplyPort(pair.background, { extensionId: ID, count: (r) => void counted.push(r) });
      expect(refused).toBe(true);
      expect(() => pair.content.postMessage({ kind: 'reply-done', reply: reply(1) })).toThrow();
      expect(counted).toEqual([]);
    }
  });

  it('ignores malformed messages', () => {
    const pair = portPair();
    const counted: ReplyDone[] = [];
    acceptReplyPort(pair.background, { extensionId: ID, count: (r) => void counted.push(r) });
    for (const bad of [
      { kind: 'reply-done' },
      { kind: 'reply-done', reply: { hints: { tone: -1 }, ticket: 't', tense: false } },
      { kind: 'reply-done', reply: { hints: { mood: 1 }, ticket: 't', tense: false } },
      { kind: 'reply-done', reply: { hints: {}, ticket: 't', tense: 'yes' } },
      { kind: 'count-everything', reply: reply(1) },
    ]) {
      pair.content.postMessage(bad as unknown as ReplyPortMessage);
    }
    pair.pageGone();
    expect(counted).toEqual([]);
  });
});
