// @vitest-environment happy-dom
// The one-click picker for the customer's message (context-picker.ts): the page's scripts can
// neither arm it nor pick with made-up events (events a script dispatches are never trusted;
// the agent's real clicks are covered in tests/e2e/generic-fallback.spec.ts), and a click on a
// word takes the message block around it, never the reply box.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createContextPicker,
  messageBlockAt,
} from '../../../../entrypoints/sidebar.content/context-picker';

afterEach(() => document.body.replaceChildren());

describe('context picker', () => {
  it('is not armed by a script', () => {
    const stopper = new AbortController();
    const picked: string[] = [];
    const picker = createContextPicker({
      isOwn: () => false,
      onPicked: () => picked.push(picker.text() ?? ''),
      signal: stopper.signal,
    });
    picker.arm(new MouseEvent('click'));
    expect(picker.store.get().picking).toBe(false);
    document.body.innerHTML = '<p id="m">This is the third time I am writing to you!</p>';
    document.getElementById('m')!.click();
    expect(picked).toEqual([]);
    expect(picker.text()).toBeUndefined();
    stopper.abort();
  });

  it('tells the sidebar whether the empathy check has no context', () => {
    const picker = createContextPicker({
      isOwn: () => false,
      onPicked: () => undefined,
      signal: new AbortController().signal,
    });
    picker.setMissing(true);
    expect(picker.store.get()).toMatchObject({ missing: true, picking: false });
  });

  it('takes the block around a clicked word, and nothing in or around the reply box', () => {
    document.body.innerHTML = `
      <div id="message"><b id="name">Eva</b> <span id="word">Still</span> broken, I need help now!</div>
      <form id="form"><textarea id="reply"></textarea><span id="hint">Enter</span></form>`;
    expect(messageBlockAt(document.getElementById('word')!)?.id).toBe('message');
    expect(messageBlockAt(document.getElementById('message')!)?.id).toBe('message');
    expect(messageBlockAt(document.getElementById('reply')!)).toBeUndefined();
    expect(messageBlockAt(document.getElementById('hint')!)).toBeUndefined();
  });
});
