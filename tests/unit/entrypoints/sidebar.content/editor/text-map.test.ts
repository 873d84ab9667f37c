// @vitest-environment happy-dom
// The contenteditable text model: what text the engine sees for common editor markup, and
// that every span of it maps back to exactly the same words in the DOM.
import { describe, expect, it } from 'vitest';
import { editableBox } from '../../../../support/editable';
import {
  mapEditableText,
  watchTextMap,
} from '../../../../../entrypoints/sidebar.content/editor/text-map';

/** The DOM text a range over draft offsets [start, end) covers. */
function domText(root: HTMLElement, start: number, end: number): string {
  const map = mapEditableText(root);
  const from = map.startPoint(start);
  const to = map.endPoint(end);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.toString();
}

describe('mapEditableText: the text the agent sees', () => {
  it.each([
    ['plain text', 'Hello there', 'Hello there'],
    ['lines as <div>s (Chrome, Gmail)', '<div>Hello,</div><div>thanks</div>', 'Hello,\nthanks'],
    ['text then <div> lines', 'Hello,<div>thanks</div><div>Sam</div>', 'Hello,\nthanks\nSam'],
    ['an empty line as <div><br></div>', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['paragraphs leave an empty line', '<p>Hello,</p><p>thanks</p>', 'Hello,\n\nthanks'],
    ['<br> line breaks', 'a<br>b<br><br>c', 'a\nb\n\nc'],
    ['a trailing <br> in a line adds no extra line', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['inline formatting', 'I <b>will</b> call <i>you</i>.', 'I will call you.'],
    ['no-break spaces read as spaces', 'a\u00a0b', 'a b'],
    ['lists', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['scripts and hidden parts are skipped', 'a<style>p{}</style><span hidden>x</span>b', 'ab'],
    ['an empty editor', '', ''],
    ['an editor with only <br>', '<br>', '\n'],
  ])('%s', (_, html, text) => {
    expect(mapEditableText(editableBox(html)).text).toBe(text);
  });
});

describe("mapEditableText: the tool's quote of the customer is not the draft", () => {
  const html =
    '<p>Dear Anna,</p><p>I am sorry.</p><blockquote><p>You are useless!</p></blockquote><p>Best, Tom</p>';

  it('leaves the quote out of the text and maps the words after it to themselves', () => {
    const root = editableBox(html);
    const map = mapEditableText(root, 'blockquote');
    expect(map.text).not.toContain('useless');
    expect(map.text).toContain('Best, Tom');
    const start = map.text.indexOf('Best');
    const from = map.startPoint(start);
    const to = map.endPoint(start + 'Best, Tom'.length);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString()).toBe('Best, Tom');
  });

  it('keeps the quote out while the agent types (the watched map too)', () => {
    const root = editableBox(html);
    const watched = watchTextMap(root, 'blockquote');
    expect(watched.current().text).not.toContain('useless');
    root.querySelector('p')!.firstChild!.textContent = 'Dear Anna Berg,';
    expect(watched.current().text).toContain('Dear Anna Berg,');
    expect(watched.current().text).not.toContain('useless');
    watched.stop();
  });
});

describe('mapEditableText: offsets select exactly the same words', () => {
  const cases = [
    'Guten Tag Frau Krüger, Ihr Router ist unterwegs, wie <b>bereits</b> gesagt.',
    '<div>Dear customer,</div><div><br></div><div>As already stated, it <i>is</i> on its way.</div>',
    '<p>Hello,</p><p>as already stated<br>we are on it.</p><p>Sam</p>',
    'emoji 👋🏽 and more<br>text 😀 end',
  ];

  it.each(cases)('every span of %s', (html) => {
    const root = editableBox(html);
    const { text } = mapEditableText(root);
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        // Range.toString() leaves out line breaks from <br> and blocks; all else must match.
        const expected = text.slice(start, end).replace(/\n/g, '');
        expect(domText(root, start, end)).toBe(expected);
      }
    }
  });

  it('starts and ends inside the text nodes of the flagged words', () => {
    const root = editableBox('<div>Hi,</div><div>as already stated, sorry.</div>');
    const { text } = mapEditableText(root);
    const start = text.indexOf('already');
    const end = start + 'already stated'.length;
    const map = mapEditableText(root);
    expect(map.startPoint(start)).toEqual({ node: root.childNodes[1]!.firstChild, offset: 3 });
    expect(map.endPoint(end)).toEqual({ node: root.childNodes[1]!.firstChild, offset: 17 });
  });

  it('maps offsets past the end to the end of the editor', () => {
    const root = editableBox('abc');
    const map = mapEditableText(root);
    expect(map.endPoint(3)).toEqual({ node: root.firstChild, offset: 3 });
    expect(map.startPoint(3)).toEqual({ node: root, offset: 1 });
  });
});

describe('watchTextMap: one map per state of the box, never a stale one', () => {
  it('is built once while the box is unchanged', () => {
    const root = editableBox('<p>Hello,</p><p>as already stated</p>');
    const map = watchTextMap(root);
    expect(map.current()).toBe(map.current());
    map.stop();
  });

  // Each change is read back in the same task, before the observer's callback has run.
  it.each([
    [
      'typed text',
      (root: HTMLElement) => (root.querySelector('b')!.firstChild as Text).appendData('!'),
      'Hi there!\nSam',
    ],
    [
      'a new line',
      (root: HTMLElement) =>
        root.append(Object.assign(document.createElement('div'), { textContent: 'Bye' })),
      'Hi there\nSam\nBye',
    ],
    ['a removed line', (root: HTMLElement) => root.lastElementChild!.remove(), 'Hi there'],
    [
      'a part hidden',
      (root: HTMLElement) => root.querySelector('b')!.setAttribute('hidden', ''),
      'Hi \nSam',
    ],
  ])('follows %s at once', (_, change, text) => {
    const root = editableBox('<div>Hi <b>there</b></div><div>Sam</div>');
    const map = watchTextMap(root);
    expect(map.current().text).toBe('Hi there\nSam');
    change(root);
    expect(map.current().text).toBe(text);
    expect(map.current().text).toBe(mapEditableText(root).text);
    map.stop();
  });
});
