// @vitest-environment happy-dom
// Only the agent's own input acts: the page's `.click()`, dispatched keys and change events
// stop at the shadow root, and the counters take only real key presses and pastes.
import { describe, expect, it, vi } from 'vitest';
import {
  guardUntrustedEvents,
  isAgentTyping,
} from '../../../../entrypoints/sidebar.content/trusted-events';

/** An event as the browser makes it for real input (script-made events cannot be trusted). */
function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function guardedButton() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  const onClick = vi.fn();
  const onKey = vi.fn();
  button.addEventListener('click', onClick);
  button.addEventListener('keydown', onKey);
  root.append(button);
  const stop = new AbortController();
  guardUntrustedEvents(root, stop.signal);
  return { button, onClick, onKey, stop };
}

describe('guardUntrustedEvents', () => {
  it("stops the page's synthetic clicks and keys before any control sees them", () => {
    const { button, onClick, onKey } = guardedButton();
    button.click();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(click);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onClick).not.toHaveBeenCalled();
    expect(onKey).not.toHaveBeenCalled();
    // Its default action (a submit, a checkbox toggle) is cancelled too.
    expect(click.defaultPrevented).toBe(true);
  });

  it("lets the agent's own clicks through, and nothing is guarded once stopped", () => {
    const { button, onClick, stop } = guardedButton();
    const pointer = { bubbles: true, composed: true, detail: 1 };
    button.dispatchEvent(asUser(new MouseEvent('click', pointer)));
    expect(onClick).toHaveBeenCalledOnce();
    stop.abort();
    button.click();
    expect(onClick).toHaveBeenCalledTimes(2);
  });
});

describe('keyboard clicks', () => {
  const enter = () => asUser(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  const keyClick = () =>
    asUser(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));

  it('act when the key press started on the control itself', () => {
    const { button, onClick } = guardedButton();
    button.dispatchEvent(enter());
    button.dispatchEvent(keyClick());
    expect(onClick).toHaveBeenCalledOnce();
  });

  it("do not act when the page moved the focus onto the control during the agent's key press", () => {
    const { button, onClick } = guardedButton();
    // The agent pressed Enter in the reply box; the page focused Klartext's button meanwhile,
    // and the browser clicks the focused button with the agent's key.
    const replyBox = document.createElement('textarea');
    document.body.append(replyBox);
    replyBox.dispatchEvent(enter());
    button.dispatchEvent(keyClick());
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('isAgentTyping', () => {
  it('is a real key press that edits, or a real paste or drop', () => {
    expect(isAgentTyping(asUser(new KeyboardEvent('keydown', { key: 'a' })))).toBe(true);
    expect(isAgentTyping(asUser(new KeyboardEvent('keydown', { key: 'Backspace' })))).toBe(true);
    const paste = new InputEvent('beforeinput', { inputType: 'insertFromPaste' });
    expect(isAgentTyping(asUser(paste))).toBe(true);
  });

  it("is not a script's key, an editing command's input, a shortcut or a mere arrow key", () => {
    expect(isAgentTyping(new KeyboardEvent('keydown', { key: 'a' }))).toBe(false);
    // document.execCommand('insertText') makes input events the browser marks as trusted.
    const command = new InputEvent('beforeinput', { inputType: 'insertText', data: 'x' });
    expect(isAgentTyping(asUser(command))).toBe(false);
    expect(isAgentTyping(asUser(new KeyboardEvent('keydown', { key: 'ArrowLeft' })))).toBe(false);
    expect(isAgentTyping(asUser(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true })))).toBe(
      false,
    );
  });
});
