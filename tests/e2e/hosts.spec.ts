// The sidebar in each ticketing tool, on the saved page that reproduces the tool's composer
// and thread (tests/fixtures/hosts/<tool>.html, which names its adapter in a meta tag). For
// every tool: the sidebar attaches to the public reply composer; the customer's last message
// (angry, while the first one was calm) drives the empathy check; typing into the internal
// note does not check it; after the page's script replaces the composer element, as a
// single-page app does, the checks continue on the new editor.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

/** A reply that answers the facts but not the customer's anger. */
const UNACKNOWLEDGING_DRAFT =
  'Hello Ms Novak, please restart the router and send us the log file from the status page. I will check it on Monday by 12:00 and call you.';
/** Problems the sidebar would flag in a reply; typed where no check must happen. */
const NOTE_TEXT = 'As already stated, this is not our department.';

// Each test walks a tool's whole flow (reply, re-render, note) in one browser start.
test.describe.configure({ timeout: 60_000 });

type NoteStyle = 'composer' | 'switch' | 'none';

interface Tool {
  tool: string;
  /** How the agent writes a note: its own composer, a mode switch, or not at all (mail). */
  note: NoteStyle;
  /** The editors are iframes (CKEditor 4). */
  frames?: boolean;
  /** The note switch is a select (RT's Update Type) and this option makes a note. */
  noteOption?: string;
}

const TOOLS: readonly Tool[] = [
  { tool: 'zendesk', note: 'switch' },
  { tool: 'freshdesk', note: 'composer' },
  { tool: 'jira-service-management', note: 'composer' },
  { tool: 'servicenow', note: 'composer' },
  { tool: 'salesforce', note: 'composer' },
  { tool: 'hubspot', note: 'composer' },
  { tool: 'zammad', note: 'switch' },
  { tool: 'otrs', note: 'composer', frames: true },
  { tool: 'request-tracker', note: 'switch', frames: true, noteOption: 'private' },
  { tool: 'osticket', note: 'composer' },
  { tool: 'freescout', note: 'switch' },
  { tool: 'helpscout', note: 'composer' },
  { tool: 'front', note: 'composer' },
  { tool: 'intercom', note: 'switch' },
  { tool: 'gmail', note: 'none' },
  { tool: 'outlook', note: 'none' },
];

/** The editor the fixture marks for tests (Playwright's CSS locators pierce open shadow roots). */
function editor(page: Page, { frames }: Tool, role: 'reply' | 'note'): Locator {
  return frames
    ? page.frameLocator(`iframe[data-fixture-frame="${role}"]`).locator('body')
    : page.locator(`[data-fixture="${role}"]`);
}

/** Types at the end of an editor, as the agent would. */
async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

for (const tool of TOOLS) {
  test(`${tool.tool}: checks the public reply with the customer's last message, skips the note, follows a new editor`, async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/hosts/${tool.tool}.html`);
    const kt = sidebar(page);
    await expect(kt.panel).toBeVisible();

    // The public reply, checked against the customer's last (angry) message.
    await typeInto(page, editor(page, tool, 'reply'), UNACKNOWLEDGING_DRAFT);
    await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);

    // The app re-renders the composer: the new editor is followed.
    await page.evaluate(() =>
      (
        window as unknown as { klartextFixture: { replaceComposer(): void } }
      ).klartextFixture.replaceComposer(),
    );
    await expect(kt.finding('unacknowledged-emotion')).toHaveCount(0);
    await typeInto(
      page,
      editor(page, tool, 'reply'),
      `As already stated, ${UNACKNOWLEDGING_DRAFT}`,
    );
    await expect(kt.finding('condescension')).toHaveCount(1);
    await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);

    if (tool.note === 'composer') {
      // Typing in the internal note checks nothing; the next reply keystroke shows the reply's findings only.
      await typeInto(page, editor(page, tool, 'note'), NOTE_TEXT);
      await typeInto(page, editor(page, tool, 'reply'), ' Thanks.');
      await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);
      await expect(kt.finding('condescension')).toHaveCount(1);
      await expect(kt.finding('deflection')).toHaveCount(0);
    } else if (tool.note === 'switch') {
      // The same editor in note mode is no longer checked.
      const noteSwitch = page.locator('[data-fixture="switch-to-note"]');
      if (tool.noteOption) await noteSwitch.selectOption(tool.noteOption);
      else await noteSwitch.click();
      await typeInto(page, editor(page, tool, 'reply'), ` ${NOTE_TEXT}`);
      await expect(kt.finding()).toHaveCount(0);
    }
  });
}

test('internal notes are checked once the agent switches that on in the options page', async ({
  page,
  server,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const option = page.getByRole('checkbox', { name: 'Also check internal notes' });
  await expect(option).not.toBeChecked();
  await option.check();
  await expect(option).toBeChecked();

  const freshdesk = TOOLS.find(({ tool }) => tool === 'freshdesk')!;
  await page.goto(`${server.origin}/hosts/freshdesk.html`);
  const kt = sidebar(page);
  await typeInto(page, editor(page, freshdesk, 'note'), NOTE_TEXT);
  await expect(kt.finding('condescension')).toHaveCount(1);
  await expect(kt.finding('deflection')).toHaveCount(1);
});

test('any other page: the generic rules follow a designMode iframe and a textarea in an open shadow root', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/hosts/generic.html`);
  const kt = sidebar(page);

  await typeInto(page, page.frameLocator('#design').locator('body'), UNACKNOWLEDGING_DRAFT);
  await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);

  await typeInto(page, page.locator('[data-fixture="shadow-reply"]'), NOTE_TEXT);
  await expect(kt.finding('deflection')).toHaveCount(1);
  await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);
});
