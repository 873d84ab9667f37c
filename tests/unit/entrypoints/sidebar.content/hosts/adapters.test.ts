// @vitest-environment happy-dom
// Every tool adapter against its saved page (tests/fixtures/hosts/<tool>.html): it finds the
// public composer and tells it from the internal note, reads the customer's last message (not
// the first one, not the agent's, not a note), and finds the new editor after the app
// replaced the old one.
import { describe, expect, it } from 'vitest';
import {
  documentsIn,
  editorIn,
  queryAll,
} from '../../../../../entrypoints/sidebar.content/hosts/dom';
import { TOOL_ADAPTERS } from '../../../../../entrypoints/sidebar.content/hosts';
import type { HostAdapter } from '../../../../../entrypoints/sidebar.content/hosts';
import { loadFixture } from './load-fixture';

const LAST_CUSTOMER_MESSAGE =
  'This is the third time I am writing to you! The router still drops the connection every hour and I am losing money because I work from home. I need this fixed urgently.';

interface ToolCase {
  /** How the agent gets a note: a note composer on the page, a mode switch, or none (mail). */
  note: 'composer' | 'switch' | 'none';
}

const TOOLS: Record<string, ToolCase> = {
  zendesk: { note: 'switch' },
  freshdesk: { note: 'composer' },
  'jira-service-management': { note: 'composer' },
  servicenow: { note: 'composer' },
  salesforce: { note: 'composer' },
  hubspot: { note: 'composer' },
  zammad: { note: 'switch' },
  otrs: { note: 'composer' },
  'request-tracker': { note: 'switch' },
  osticket: { note: 'composer' },
  freescout: { note: 'switch' },
  helpscout: { note: 'composer' },
  front: { note: 'composer' },
  intercom: { note: 'switch' },
  gmail: { note: 'none' },
  outlook: { note: 'none' },
};

/** The editor the fixture marks for tests (`data-fixture`, or `data-fixture-frame` on an iframe). */
function marked(role: 'reply' | 'note'): HTMLElement | undefined {
  const found = documentsIn(document).flatMap((doc) =>
    queryAll(doc, `[data-fixture="${role}"], [data-fixture-frame="${role}"]`, true),
  );
  return found[0] && editorIn(found[0]);
}

/** Switches the composer to note mode the way the page's own control does. */
function switchToNote(tool: string): void {
  const button = document.querySelector<HTMLElement>('[data-fixture="switch-to-note"]');
  if (tool === 'zendesk') button?.setAttribute('aria-label', 'Internal note');
  if (tool === 'zammad') document.querySelector('.article-new')?.classList.add('is-internal');
  if (tool === 'intercom') {
    document.querySelector<HTMLElement>('.inbox__composer')!.dataset.composerMode = 'note';
  }
  if (tool === 'request-tracker') {
    document.querySelector<HTMLSelectElement>('select[name="UpdateType"]')!.value = 'private';
  }
  if (tool === 'freescout') {
    const block = document.querySelector('.conv-reply-block')!;
    block.classList.add('conv-note-block');
    block.querySelector<HTMLInputElement>('input[name="is_note"]')!.value = '1';
  }
}

const kinds = (adapter: HostAdapter) =>
  adapter.composers(document).map(({ element, kind }) => ({ element, kind }));

it('has a saved page for every tool adapter', () => {
  expect(TOOL_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(Object.keys(TOOLS).sort());
});

describe.each(TOOL_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
  '%s adapter',
  (tool, adapter) => {
    const { note } = TOOLS[tool]!;

    it('finds the public reply composer', () => {
      loadFixture(tool);
      const reply = marked('reply');
      expect(reply).toBeDefined();
      const replies = kinds(adapter).filter((composer) => composer.kind === 'reply');
      expect(replies).toEqual([{ element: reply, kind: 'reply' }]);
    });

    if (note !== 'none') {
      it('tags the internal note as a note', () => {
        loadFixture(tool);
        if (note === 'switch') switchToNote(tool);
        const noteBox = marked(note === 'switch' ? 'reply' : 'note');
        const notes = kinds(adapter).filter((composer) => composer.kind === 'note');
        expect(notes).toEqual([{ element: noteBox, kind: 'note' }]);
        if (note === 'switch') expect(kinds(adapter).some((c) => c.kind === 'reply')).toBe(false);
      });
    }

    it("reads the customer's last message, not the first, the agent's or a note", () => {
      loadFixture(tool);
      expect(adapter.customerMessage(document)).toBe(LAST_CUSTOMER_MESSAGE);
    });

    it('finds the new editor after the app replaced the old one', () => {
      const page = loadFixture(tool);
      const before = marked('reply')!;
      page.rerender();
      const after = marked('reply')!;
      expect(after).not.toBe(before);
      expect(before.isConnected).toBe(false);
      const replies = kinds(adapter).filter((composer) => composer.kind === 'reply');
      expect(replies.map((composer) => composer.element)).toEqual([after]);
    });
  },
);
