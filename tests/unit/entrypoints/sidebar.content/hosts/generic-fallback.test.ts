// @vitest-environment happy-dom
// The generic fallback on every tool's saved page (tests/fixtures/hosts/<tool>.html) as if the
// tool had no adapter: it picks the same customer message the tool's adapter picks (the
// customer's last one, not the agent's reply, not an internal note), and tells note composers
// from reply composers by their visible mode. Plus the heuristics on small pages of their own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOOL_ADAPTERS } from '../../../../../entrypoints/sidebar.content/hosts';
import { genericAdapter } from '../../../../../entrypoints/sidebar.content/hosts/generic';
import {
  documentsIn,
  editorIn,
  queryAll,
} from '../../../../../entrypoints/sidebar.content/hosts/dom';
import { loadFixture } from './load-fixture';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const squash = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

describe.each(TOOL_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
  'generic fallback on the %s page',
  (tool, adapter) => {
    it("picks the customer message the tool's adapter picks", () => {
      loadFixture(tool);
      const expected = squash(adapter.customerMessage(document));
      expect(expected).toBeTruthy();
      expect(squash(genericAdapter.customerMessage(document))).toContain(expected);
    });
  },
);

/** The editor the fixture marks for tests (`data-fixture`, or `data-fixture-frame` on an iframe). */
function marked(role: 'reply' | 'note'): HTMLElement | undefined {
  const found = documentsIn(document).flatMap((doc) =>
    queryAll(doc, `[data-fixture="${role}"], [data-fixture-frame="${role}"]`, true),
  );
  return found[0] && editorIn(found[0]);
}

const kindOf = (box: HTMLElement | undefined) =>
  genericAdapter.composers(document).find(({ element }) => element === box)?.kind;

/**
 * Tools with a note composer of its own, and whether its visible mode says note. Hubspot's and
 * Front's note boxes are labelled "Comment" only, a word other tools use for public replies
 * (ServiceNow's "Additional comments (Customer visible)", Jira's comments), so the fallback
 * takes them for replies; Salesforce's note box says nothing but "Post" (its adapter knows).
 */
const NOTE_COMPOSERS: Record<string, 'note' | 'reply'> = {
  freshdesk: 'note',
  'jira-service-management': 'note',
  servicenow: 'note',
  otrs: 'note',
  osticket: 'note',
  helpscout: 'note',
  hubspot: 'reply',
  front: 'reply',
  salesforce: 'reply',
};

describe.each(Object.entries(NOTE_COMPOSERS))('composers on the %s page', (tool, noteKind) => {
  it(`takes the reply box for a reply and the note box for a ${noteKind}`, () => {
    loadFixture(tool);
    expect(kindOf(marked('reply'))).toBe('reply');
    expect(kindOf(marked('note'))).toBe(noteKind);
  });
});

describe('note mode of a composer', () => {
  const kinds = () =>
    genericAdapter.composers(document).map(({ element, kind }) => [element.id, kind]);

  it.each([
    [
      'a placeholder',
      '<textarea id="box" placeholder="Internal note (only your team sees it)"></textarea>',
    ],
    ['an aria-label', '<div id="box" contenteditable="true" aria-label="Interne Notiz"></div>'],
    ['a label', '<label for="box">Private</label><textarea id="box"></textarea>'],
    [
      'an active tab',
      '<div><div role="tablist"><button role="tab" aria-selected="false">Antworten</button><button role="tab" aria-selected="true">Notiz</button></div><textarea id="box"></textarea></div>',
    ],
    [
      'a selected tab class',
      '<div><ul class="tabs"><li>Reply</li><li class="active">Kommentar</li></ul><div><textarea id="box"></textarea></div></div>',
    ],
    [
      'a checked radio button',
      '<form><label><input type="radio" name="m"> Reply</label><label><input type="radio" name="m" checked> Intern</label><textarea id="box"></textarea></form>',
    ],
    [
      'a select',
      '<form><select><option>Reply</option><option selected>Internal</option></select><textarea id="box"></textarea></form>',
    ],
  ])('is a note when %s says so', (_, html) => {
    document.body.innerHTML = html;
    expect(kinds()).toEqual([['box', 'note']]);
  });

  it('is a reply when only an inactive tab, a long sentence or another composer says note', () => {
    document.body.innerHTML = `
      <div><div role="tablist"><button role="tab" aria-selected="true">Reply</button>
        <button role="tab" aria-selected="false">Internal note</button></div>
        <p>Notes you add here are sent to the customer as part of the reply, so write them well.</p>
        <textarea id="reply" placeholder="Write your reply"></textarea></div>
      <div><label for="note">Note</label><textarea id="note"></textarea></div>`;
    expect(kinds()).toEqual([
      ['reply', 'reply'],
      ['note', 'note'],
    ]);
  });
});

describe('customer message heuristics', () => {
  const customer = () => genericAdapter.customerMessage(document);

  it("reads the last message above the composer that is not the agent's own or a note", () => {
    document.body.innerHTML = `
      <header><span>Logged in as Jo Berger</span></header>
      <main>
        <section class="messages">
          <div class="msg"><b>Anna</b><p>My parcel has not arrived after two weeks.</p></div>
          <div class="msg right"><b>Jo Berger</b><p>Sorry to hear that, we are checking it.</p></div>
          <div class="msg"><b>Anna</b><p>Still nothing, I am really annoyed now!</p></div>
          <div class="msg"><b>Jo Berger</b><p>Asked the carrier for the tracking data.</p></div>
          <div class="msg"><span>Internal note</span><p>Carrier says it is lost, refund?</p></div>
        </section>
        <form><textarea placeholder="Reply"></textarea></form>
      </main>`;
    expect(customer()).toBe('Anna\nStill nothing, I am really annoyed now!');
  });

  it('reads a page that changes all the time again at most every 2 seconds', () => {
    document.body.innerHTML = `
      <section class="messages">
        <div class="msg"><p>My parcel has not arrived after two weeks.</p></div>
        <div class="msg"><p>Still nothing, I am really annoyed now!</p></div>
      </section>
      <span id="clock">12:00:00</span>
      <form><textarea placeholder="Reply"></textarea></form>`;
    let now = 1_000_000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      expect(customer()).toContain('annoyed');
      // A new message arrives while a clock ticks: within 2 s the answer read last stands.
      const thread = document.querySelector('.messages')!;
      thread.insertAdjacentHTML(
        'beforeend',
        '<div class="msg"><p>Hello?? Anyone there at all?</p></div>',
      );
      document.getElementById('clock')!.textContent = '12:00:01';
      now += 500;
      expect(customer()).toContain('annoyed');
      now += 2_000;
      expect(customer()).toContain('Anyone there');
    } finally {
      clock.mockRestore();
    }
  });

  it('skips messages the page marks as the agent\'s (classes, from-me flags, "me" labels)', () => {
    document.body.innerHTML = `
      <ol>
        <li class="entry"><p>First question from the customer, calm.</p></li>
        <li class="entry" data-from-me="false"><p>The customer again: where is my refund?</p></li>
        <li class="entry staff"><p>We are on it and will write on Friday.</p></li>
        <li class="entry" data-from-me="true"><p>One more line from the agent here.</p></li>
        <li class="entry"><span>me</span><p>And a third one from the agent.</p></li>
      </ol>
      <textarea></textarea>`;
    expect(customer()).toBe('The customer again: where is my refund?');
  });

  it("with messages marked as the customer's, reads only those; newest first below the composer", () => {
    document.body.innerHTML = `
      <textarea></textarea>
      <div class="item" data-direction="incoming"><p>The newest customer message, angry.</p></div>
      <div class="item"><p>An event of the ticket: assigned to the second level.</p></div>
      <div class="item" data-direction="incoming"><p>An older customer message, polite.</p></div>`;
    expect(customer()).toBe('The newest customer message, angry.');
  });

  it('finds no customer message on a page without a thread', () => {
    document.body.innerHTML = `<h1>New ticket</h1><p>Describe the problem of the customer here.</p><textarea></textarea>`;
    expect(customer()).toBeUndefined();
  });
});
