// @vitest-environment happy-dom
// The tracker follows the reply box the agent uses and checks once per frame.
import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../../../entrypoints/sidebar.content/hosts/generic';
import { createReplyTracker } from '../../../../../entrypoints/sidebar.content/editor/reply-tracker';
import type { HostAdapter } from '../../../../../entrypoints/sidebar.content/hosts/types';

/** A tool whose one editor is a public reply or an internal note, as its mode says. */
const modeAdapter: HostAdapter = {
  id: 'modes',
  matches: () => false,
  composers: (doc) =>
    [...doc.querySelectorAll<HTMLElement>('[data-mode]')].map((element) => ({
      element,
      kind: element.dataset.mode === 'note' ? 'note' : 'reply',
    })),
  customerMessage: () => undefined,
};

const stopper = new AbortController();
afterEach(() => document.body.replaceChildren());

function setup(costOfCheck = 0, adapter: HostAdapter = genericAdapter) {
  const frames: (() => void)[] = [];
  const delays: number[] = [];
  let clock = 0;
  const drafts: [string, string | undefined][] = [];
  let shown = 0;
  const tracker = createReplyTracker({
    adapter,
    checkNotes: () => false,
    signal: stopper.signal,
    requestFrame: (callback) => frames.push(callback),
    delay: (callback, ms) => {
      delays.push(ms);
      callback();
    },
    now: () => clock,
    onReplyBox: () => shown++,
    onDraft: (draft, customer) => {
      clock += costOfCheck;
      drafts.push([draft, customer]);
    },
    onDetach: () => drafts.push(['(detached)', undefined]),
  });
  tracker.track(document);
  const runFrames = () => frames.splice(0).forEach((frame) => frame());
  const advance = (ms: number) => (clock += ms);
  return { tracker, drafts, runFrames, delays, shown: () => shown, advance };
}

describe('createReplyTracker', () => {
  it('checks the focused reply box once per frame with the customer message', () => {
    document.body.innerHTML =
      '<div data-klartext-customer><p>Third time I write!</p></div><textarea id="a"></textarea>';
    const { drafts, runFrames, shown } = setup();
    const area = document.querySelector('textarea')!;
    area.focus();
    for (const value of ['H', 'He', 'Hel']) {
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
    runFrames();
    expect(shown()).toBe(1);
    expect(drafts).toEqual([['Hel', 'Third time I write!']]);
  });

  it('switches to another box when the agent types there, and notices when it goes', () => {
    document.body.innerHTML =
      '<textarea id="a"></textarea><div id="b" contenteditable="true">Hi</div>';
    const { tracker, drafts, runFrames } = setup();
    const editor = document.getElementById('b')!;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    runFrames();
    expect(tracker.current()?.element).toBe(editor);
    expect(drafts.at(-1)).toEqual(['Hi', undefined]);

    editor.remove();
    tracker.flush();
    expect(drafts.at(-1)).toEqual(['(detached)', undefined]);
    expect(tracker.current()).toBeUndefined();
  });

  it('picks the only reply box on the page without waiting for focus', () => {
    document.body.innerHTML = '<textarea>Draft from before</textarea>';
    const { tracker, drafts, runFrames } = setup();
    tracker.pickInitial([document]);
    runFrames();
    expect(drafts).toEqual([['Draft from before', undefined]]);
  });

  it('spaces out checks of a huge draft that take long, so typing stays smooth', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const { drafts, runFrames, delays } = setup(50);
    const area = document.querySelector('textarea')!;
    for (const value of ['a', 'ab']) {
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      runFrames();
    }
    expect(drafts.map(([draft]) => draft)).toEqual(['a', 'ab']);
    expect(delays).toEqual([200]);
  });

  it('follows an editor the tool switches between note and reply while the agent types on', () => {
    document.body.innerHTML = '<textarea data-mode="note"></textarea>';
    const { tracker, drafts, runFrames, advance } = setup(0, modeAdapter);
    const area = document.querySelector('textarea')!;
    const type = (value: string) => {
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      runFrames();
    };
    area.focus();
    type('Internal: customer called twice');
    expect(tracker.current()).toBeUndefined();
    expect(drafts).toEqual([]);

    // "Public reply" clicked in the tool: same editor, still focused.
    area.dataset.mode = 'reply';
    advance(600);
    type('Dear customer, as already stated');
    expect(tracker.current()?.element).toBe(area);
    expect(drafts.at(-1)).toEqual(['Dear customer, as already stated', undefined]);

    // And back to a note: no longer checked as a reply.
    area.dataset.mode = 'note';
    advance(600);
    type('Internal: escalate');
    expect(tracker.current()).toBeUndefined();
    expect(drafts.at(-1)).toEqual(['(detached)', undefined]);
  });

  it('follows a reply/note switch made with a control of the page at once, without typing', () => {
    document.body.innerHTML =
      '<select><option>reply</option><option>note</option></select><textarea data-mode="reply"></textarea>';
    const { tracker, drafts, runFrames } = setup(0, modeAdapter);
    const [select, area] = [document.querySelector('select')!, document.querySelector('textarea')!];
    // The tool's own handler switches the editor when its select changes (RT's Update Type).
    select.addEventListener('change', () => (area.dataset.mode = select.value));
    area.focus();
    area.value = 'As already stated';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    runFrames();
    expect(tracker.current()?.element).toBe(area);

    select.value = 'note';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    runFrames();
    expect(tracker.current()).toBeUndefined();
    expect(drafts.at(-1)).toEqual(['(detached)', undefined]);

    select.value = 'reply';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    runFrames();
    runFrames();
    expect(tracker.current()?.element).toBe(area);
    expect(drafts.at(-1)).toEqual(['As already stated', undefined]);
  });

  it('looks again once per frame however many change events the page fires', () => {
    document.body.innerHTML = '<select></select><textarea data-mode="reply"></textarea>';
    let lookups = 0;
    const counting: HostAdapter = {
      ...modeAdapter,
      composers: (doc) => {
        lookups++;
        return modeAdapter.composers(doc);
      },
    };
    const { tracker, runFrames } = setup(0, counting);
    const [select, area] = [document.querySelector('select')!, document.querySelector('textarea')!];
    area.focus();
    area.value = 'Hello';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    runFrames();
    expect(tracker.current()?.element).toBe(area);
    const before = lookups;
    for (let i = 0; i < 1000; i++) select.dispatchEvent(new Event('change', { bubbles: true }));
    runFrames();
    expect(lookups - before).toBe(1);
  });
});
