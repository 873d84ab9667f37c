// @vitest-environment happy-dom
// The text map of a contenteditable box while the agent types: typing only changes the text of
// a node, and the map is then patched instead of walking a huge editor again; the patched map
// is the same as a fresh one, and anything more than typing builds it again.
import { describe, expect, it } from 'vitest';
import { editableBox } from '../../../../support/editable';
import {
  mapEditableText,
  watchTextMap,
  type TextMap,
} from '../../../../../entrypoints/sidebar.content/editor/text-map';

/** The map's points for every offset, to compare two maps of the same box. */
function points(map: TextMap) {
  return Array.from({ length: map.text.length + 1 }, (_, offset) => [
    map.startPoint(offset),
    map.endPoint(offset),
  ]);
}

function expectFresh(root: HTMLElement, map: TextMap) {
  const fresh = mapEditableText(root);
  expect(map.text).toBe(fresh.text);
  expect(points(map)).toEqual(points(fresh));
}

const HTML =
  '<div>Hello Sam,</div><div><br></div><div>as <b>already</b> stated,</div><p>the router</p><div>Kim</div>';

describe('watchTextMap while the agent types', () => {
  it.each([
    ['a letter at the end of a line', (t: Text[]) => t[4]!.appendData('!')],
    ['a letter inside a word', (t: Text[]) => t[1]!.insertData(2, 'x')],
    ['a deleted letter', (t: Text[]) => t[0]!.deleteData(0, 1)],
    ['a no-break space, as browsers type one', (t: Text[]) => t[3]!.appendData('\u00a0')],
    [
      'letters in two lines',
      (t: Text[]) => {
        t[0]!.appendData('ab');
        t[3]!.insertData(0, 'cd');
      },
    ],
  ])('patches the map for %s, the same as a fresh one', (_, type) => {
    const root = editableBox(HTML);
    const texts = textNodes(root);
    const watched = watchTextMap(root);
    const before = watched.current();
    type(texts);
    const after = watched.current();
    expect(after).not.toBe(before);
    expectFresh(root, after);
    // The earlier map still describes the text it was made for.
    expect(before.text).toBe(mapEditableText(editableBox(HTML)).text);
    watched.stop();
  });

  it.each([
    ['a new line', (root: HTMLElement) => root.append(document.createElement('div'))],
    ['an emptied node', (root: HTMLElement) => (textNodes(root)[4]!.data = '')],
    ['a line break typed into a node', (root: HTMLElement) => textNodes(root)[4]!.appendData('\n')],
  ])('builds the map again for %s', (_, change) => {
    const root = editableBox(HTML);
    const watched = watchTextMap(root);
    watched.current();
    change(root);
    expectFresh(root, watched.current());
    watched.stop();
  });

  it('follows many keystrokes, read after each or after several', async () => {
    const root = editableBox(HTML);
    const watched = watchTextMap(root);
    const last = textNodes(root).at(-1)!;
    for (const [i, letter] of [...'Thanks for waiting'].entries()) {
      last.appendData(letter);
      // Sometimes the observer's callback has run before the next read.
      if (i % 3 === 0) await Promise.resolve();
      if (i % 2 === 0) expectFresh(root, watched.current());
    }
    expectFresh(root, watched.current());
    expect(watched.current().text.endsWith('KimThanks for waiting')).toBe(true);
    watched.stop();
  });
});

function textNodes(root: HTMLElement): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
}
