// The options page shows pack problems in German for a German UI: the messages loadPack really
// produces are fed through problemText, so a reworded English message shows up here.
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../rules/index';
import { problemText } from '../../../utils/packs/problem-text';
import { errorsOf, minimalPack, text } from './helpers';

function firstMessage(source: string): string {
  return errorsOf(loadPack(source))[0]!.message;
}

const pack = () => text(minimalPack());
const ENGLISH = /\b(duplicate|already|line|column|nested|deeper|levels|must|got|integer|range)\b/;

describe('problemText in German', () => {
  it.each([
    [
      'a repeated key',
      () => pack().replace('"id": "mini",', '"id": "mini",\n  "id": "maxi",'),
      'doppelter Schlüssel „id“ (schon in Zeile 3, Spalte 3)',
    ],
    [
      'deep nesting',
      () => `{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      'tiefer als 32 Ebenen verschachtelt',
    ],
    [
      'a number out of range',
      () => pack().replace('"schemaVersion": 1', '"schemaVersion": 1e400'),
      'muss 1 sein, ist aber eine Zahl außerhalb des darstellbaren Bereichs',
    ],
    [
      'a wrong type',
      () => pack().replace('"version": "0.1.0"', '"version": 3'),
      'muss ein Text sein, ist aber eine ganze Zahl',
    ],
  ])('%s', (_name, source, german) => {
    const english = firstMessage(source());
    expect(problemText(english, 'en')).toBe(english);
    expect(problemText(english, 'de')).toBe(german);
    expect(problemText(english, 'de')).not.toMatch(ENGLISH);
  });

  it.each([
    [
      'must be an integer from 0 to 10000, got -1',
      'muss eine ganze Zahl von 0 bis 10000 sein, ist aber -1',
    ],
    [
      'must be an integer from 0 to 10000, got a number out of range',
      'muss eine ganze Zahl von 0 bis 10000 sein, ist aber eine Zahl außerhalb des darstellbaren Bereichs',
    ],
    [
      'must be an integer from 0 to 10000, got a string',
      'muss eine ganze Zahl von 0 bis 10000 sein, ist aber ein Text',
    ],
    [
      'must be an integer of at least 0, got 2.5',
      'muss eine ganze Zahl von mindestens 0 sein, ist aber 2.5',
    ],
    [
      'duplicate key "a \\"b\\"" (already at line 12, column 7)',
      'doppelter Schlüssel „a \\"b\\"“ (schon in Zeile 12, Spalte 7)',
    ],
  ])('%s', (english, german) => {
    expect(problemText(english, 'de')).toBe(german);
  });
});
