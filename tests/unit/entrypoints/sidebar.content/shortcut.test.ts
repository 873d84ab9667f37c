// Alt+Shift+K, and one toggle per key press even when the command and the keydown both arrive.
import { describe, expect, it } from 'vitest';
import {
  createToggleGate,
  isToggleShortcut,
} from '../../../../entrypoints/sidebar.content/shortcut';

const key = (init: Partial<KeyboardEvent>) =>
  ({
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    code: '',
    ...init,
  }) as KeyboardEvent;

describe('isToggleShortcut', () => {
  it('is Alt+Shift+K by key position, whatever the layout makes of it', () => {
    expect(isToggleShortcut(key({ altKey: true, shiftKey: true, code: 'KeyK' }))).toBe(true);
    expect(isToggleShortcut(key({ altKey: true, code: 'KeyK' }))).toBe(false);
    expect(
      isToggleShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyK' })),
    ).toBe(false);
    expect(isToggleShortcut(key({ altKey: true, shiftKey: true, code: 'KeyJ' }))).toBe(false);
  });
});

describe('createToggleGate', () => {
  it('lets repeated presses through and drops the second path of the same press', () => {
    let now = 0;
    const allow = createToggleGate(() => now);
    expect(allow('keydown')).toBe(true);
    now = 20;
    expect(allow('command')).toBe(false); // the same press, relayed by the background
    now = 60;
    expect(allow('keydown')).toBe(true); // a new press, however quick
    now = 1000;
    expect(allow('command')).toBe(true);
  });
});
