// @vitest-environment happy-dom
// Which element counts as the reply box, and selecting and replacing words in it.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createReplyBox,
  replyBoxElement,
} from '../../../../../entrypoints/sidebar.content/editor/reply-box';

beforeEach(() => document.body.replaceChildren());

function add<T extends HTMLElement>(html: string): T {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as T;
}

describe('replyBoxElement', () => {
  it('takes textareas that can be typed in', () => {
    const area = add<HTMLTextAreaElement>('<textarea></textarea>');
    expect(replyBoxElement(area)).toBe(area);
    area.readOnly = true;
    expect(replyBoxElement(area)).toBeUndefined();
  });

  it('takes the outermost editable element around a node inside an editor', () => {
    const root = add('<div contenteditable="true"><p><b>Hi</b> there</p></div>');
    expect(replyBoxElement(root.querySelector('b'))).toBe(root);
  });

  it('ignores everything else', () => {
    expect(replyBoxElement(add('<input type="search">'))).toBeUndefined();
    expect(replyBoxElement(add('<button>Send</button>'))).toBeUndefined();
    expect(replyBoxElement(null)).toBeUndefined();
  });
});

describe('textarea reply box', () => {
  it('reads, selects and replaces, firing an input event', () => {
    const area = add<HTMLTextAreaElement>('<textarea></textarea>');
    area.value = 'Dear customer, hello';
    const box = createReplyBox(area);
    expect(box.read()).toBe('Dear customer, hello');

    box.select(0, 13);
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('Dear customer');

    const inputs: string[] = [];
    area.addEventListener('input', () => inputs.push(area.value));
    box.replace(0, 13, 'Hello Mr Whitaker');
    expect(area.value).toBe('Hello Mr Whitaker, hello');
    expect(inputs).toEqual(['Hello Mr Whitaker, hello']);
  });
});

describe('contenteditable reply box', () => {
  it('selects exactly the words at the given offsets', () => {
    const root = add(
      '<div contenteditable="true"><div>Hi,</div><div>as already stated.</div></div>',
    );
    const box = createReplyBox(root);
    const text = box.read();
    expect(text).toBe('Hi,\nas already stated.');
    const start = text.indexOf('already');
    box.select(start, start + 'already stated'.length);
    expect(document.getSelection()?.toString()).toBe('already stated');
  });
});

describe('contenteditable replace', () => {
  it('replaces the span and tells the editor', async () => {
    const root = add(
      '<div contenteditable="true"><div>Dear customer,</div><div>thanks</div></div>',
    );
    const box = createReplyBox(root);
    let inputs = 0;
    root.addEventListener('input', () => inputs++);
    await box.replace(0, 13, 'Hello');
    expect(box.read()).toBe('Hello,\nthanks');
    expect(inputs).toBe(1);
  });
});
