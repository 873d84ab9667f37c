// The "check internal notes" setting end to end below the UI: the options page's request is
// validated, and the writer stores what loadSettings reads back.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseRequest } from '../../../utils/messages';
import { createSettingsWriter, extensionStorage, loadSettings } from '../../../utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('checking internal notes', () => {
  it('accepts only a yes or no', () => {
    expect(parseRequest({ kind: 'set-check-internal-notes', check: true })).toEqual({
      kind: 'set-check-internal-notes',
      check: true,
    });
    expect(parseRequest({ kind: 'set-check-internal-notes', check: 'yes' })).toBeUndefined();
    expect(parseRequest({ kind: 'set-check-internal-notes' })).toBeUndefined();
  });

  it('is off until switched on, and stays as set', async () => {
    const storage = extensionStorage(fakeBrowser);
    const writer = createSettingsWriter(storage);
    expect((await loadSettings(storage)).checkInternalNotes).toBe(false);
    await writer.setCheckInternalNotes(true);
    expect((await loadSettings(storage)).checkInternalNotes).toBe(true);
    await writer.setCheckInternalNotes(false);
    expect((await loadSettings(storage)).checkInternalNotes).toBe(false);
  });
});
