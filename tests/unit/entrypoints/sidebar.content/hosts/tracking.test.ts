// @vitest-environment happy-dom
// The reply tracker with a tool adapter, on saved tool pages: it follows the public reply,
// leaves internal notes alone unless the agent wants them checked, moves to the new editor
// when the app replaces the old one (also inside shadow roots), and stops on abort.
import { afterEach, describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../../../entrypoints/sidebar.content/hosts/freshdesk';
import { serviceNowAdapter } from '../../../../../entrypoints/sidebar.content/hosts/servicenow';
import { zendeskAdapter } from '../../../../../entrypoints/sidebar.content/hosts/zendesk';
import type { HostAdapter } from '../../../../../entrypoints/sidebar.content/hosts';
import { queryAll } from '../../../../../entrypoints/sidebar.content/hosts/dom';
import { createReplyTracker } from '../../../../../entrypoints/sidebar.content/editor/reply-tracker';
import { loadFixture } from './load-fixture';

const LAST_CUSTOMER_MESSAGE =
  'This is the third time I am writing to you! The router still drops the connection every hour and I am losing money because I work from home. I need this fixed urgently.';

const stoppers: AbortController[] = [];
afterEach(() => stoppers.splice(0).forEach((stopper) => stopper.abort()));

/** Lets the MutationObserver callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function track(adapter: HostAdapter, options: { checkNotes?: boolean } = {}) {
  const stopper = new AbortController();
  stoppers.push(stopper);
  const frames: (() => void)[] = [];
  const drafts: { draft: string; customer: string | undefined; box: HTMLElement }[] = [];
  let detached = 0;
  const tracker = createReplyTracker({
    adapter,
    checkNotes: () => options.checkNotes ?? false,
    signal: stopper.signal,
    requestFrame: (callback) => frames.push(callback),
    delay: (callback) => callback(),
    now: () => 0,
    onReplyBox: () => undefined,
    // The saved pages are indented; the white space around the editors' paragraphs is not text.
    onDraft: (draft, customer) =>
      drafts.push({ draft: draft.trim(), customer, box: tracker.current()!.element }),
    onDetach: () => detached++,
  });
  tracker.track(document);
  tracker.pickInitial([document]);
  const runFrames = () => {
    while (frames.length > 0) frames.splice(0).forEach((frame) => frame());
  };
  runFrames();
  return { tracker, drafts, runFrames, stop: () => stopper.abort(), detached: () => detached };
}

/** The agent types `text` into `box` (a textarea or contenteditable, maybe in a shadow root). */
function type(box: HTMLElement, text: string): void {
  box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  if (box.localName === 'textarea') (box as HTMLTextAreaElement).value += text;
  else box.append(box.ownerDocument.createTextNode(text));
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const marked = (role: string) => queryAll(document, `[data-fixture="${role}"]`, true)[0]!;

describe('tracking a tool page', () => {
  it('checks the public reply with the customer’s last message and ignores the note', () => {
    loadFixture('freshdesk');
    const { drafts, runFrames } = track(freshdeskAdapter);
    expect(drafts.at(-1)).toEqual({
      draft: '',
      customer: LAST_CUSTOMER_MESSAGE,
      box: marked('reply'),
    });

    type(marked('reply'), 'Please restart the router.');
    runFrames();
    expect(drafts.at(-1)?.draft).toBe('Please restart the router.');

    const count = drafts.length;
    type(marked('note'), 'As already stated, not our department.');
    runFrames();
    expect(drafts).toHaveLength(count);
  });

  it('checks notes too when the agent switched that on', () => {
    loadFixture('freshdesk');
    const { drafts, runFrames } = track(freshdeskAdapter, { checkNotes: true });
    type(marked('note'), 'Checked the line.');
    runFrames();
    expect(drafts.at(-1)).toMatchObject({ draft: 'Checked the line.', box: marked('note') });
  });

  it('lets go of an editor switched to internal note mode', () => {
    loadFixture('zendesk');
    const { drafts, runFrames, detached } = track(zendeskAdapter);
    type(marked('reply'), 'Hello');
    runFrames();
    expect(drafts.at(-1)?.draft).toBe('Hello');

    marked('switch-to-note').setAttribute('aria-label', 'Internal note');
    const count = drafts.length;
    type(marked('reply'), ' note text');
    runFrames();
    expect(detached()).toBe(1);
    expect(drafts).toHaveLength(count);
  });

  it('moves to the new editor when the app replaces the old one', async () => {
    const page = loadFixture('freshdesk');
    const { drafts, runFrames } = track(freshdeskAdapter);
    type(marked('reply'), 'Old editor');
    runFrames();

    page.rerender();
    await settle();
    runFrames();
    const fresh = marked('reply');
    expect(drafts.at(-1)).toEqual({ draft: '', customer: LAST_CUSTOMER_MESSAGE, box: fresh });

    type(fresh, 'New editor');
    runFrames();
    expect(drafts.at(-1)).toMatchObject({ draft: 'New editor', box: fresh });
  });

  it('follows editors inside shadow roots, also after a re-render', async () => {
    const page = loadFixture('servicenow');
    const { drafts, runFrames } = track(serviceNowAdapter);
    type(marked('reply'), 'Shadow reply');
    runFrames();
    expect(drafts.at(-1)).toMatchObject({ draft: 'Shadow reply', customer: LAST_CUSTOMER_MESSAGE });

    page.rerender();
    await settle();
    runFrames();
    type(marked('reply'), 'Again');
    runFrames();
    expect(drafts.at(-1)).toMatchObject({ draft: 'Again', box: marked('reply') });
  });

  it('falls back to the box the agent types in when the adapter finds no composer', () => {
    // The Front page seen through the Zendesk adapter: none of its selectors match, as when
    // a tool changed its markup.
    loadFixture('front');
    const { drafts, runFrames } = track(zendeskAdapter);
    type(marked('reply'), 'Typed anyway');
    runFrames();
    expect(drafts.at(-1)).toMatchObject({ draft: 'Typed anyway', box: marked('reply') });
  });

  it('stops following and observing on abort', async () => {
    const page = loadFixture('freshdesk');
    const { drafts, runFrames, stop } = track(freshdeskAdapter);
    const count = drafts.length;
    stop();
    type(marked('reply'), 'After the end');
    page.rerender();
    await settle();
    runFrames();
    expect(drafts).toHaveLength(count);
  });
});
