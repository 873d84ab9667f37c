// A ticketing page whose own scripts attack Klartext (tests/fixtures/hostile/attacks.js): the
// employer's apps, customisations and analytics run exactly there. Each test runs the attacks
// and asserts that nothing of the journal, the settings, the adjustments or the counters changed
// or leaked and that the sidebar kept working; each also shows, with the agent's own input or
// a page Klartext does run on, that the same check would notice if an attack had worked.
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../support/chromium';
import { expect, test } from './fixtures';
import { openJournalPage, openQuickLog } from './journal';
import { sidebar } from './sidebar';

interface HostileWindow {
  hostile: {
    fingerprint(): {
      messages: string[];
      events: string[];
      klartextElements: string[];
      addedKlartextElements: string[];
      adoptedStyleSheets: number;
      highlights: number;
    };
    probeFiles(): Promise<Record<string, number | 'refused'>>;
    frameQuickLog(): void;
    openJournal(): boolean;
    messageBackground(): Promise<string>;
    clickEverything(): number;
    pressShortcuts(): void;
    forgeReplies(times: number): Promise<void>;
    sendStopSignal(): void;
    removeSidebar(): void;
    disguiseSidebar(how: 'wrapper' | 'style'): void;
    undisguiseSidebar(): void;
    stealFocusOnEnter(ruleId: string): void;
    focusedControl(): string | null;
  };
  __pwned?: string;
}

type Hostile = HostileWindow['hostile'];

/** Runs one of the page's attacks in its main world, as its own scripts would. */
function attack<K extends keyof Hostile>(
  page: Page,
  name: K,
  ...args: Parameters<Hostile[K]>
): Promise<Awaited<ReturnType<Hostile[K]>>> {
  return page.evaluate(
    ([key, rest]) => {
      const fn = (window as unknown as HostileWindow).hostile[key] as (...a: unknown[]) => unknown;
      return fn(...rest);
    },
    [name, args] as [K, unknown[]],
  ) as Promise<Awaited<ReturnType<Hostile[K]>>>;
}

/** Everything Klartext keeps in extension storage: settings, switches, packs, adjustments. */
async function extensionState(context: BrowserContext): Promise<string> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } })
      .chrome;
    const local = await api.storage.local.get(null);
    const session = await api.storage.session.get(null);
    return JSON.stringify({ local, session });
  });
}

/**
 * The storage keys whose values differ between two extensionState() snapshots, with the new
 * values. Used after a barrier: the agent's own action, processed after anything the attack
 * could have sent, so an attack that had got through would show here too.
 */
function changes(before: string, after: string): Record<string, string> {
  const flat = (state: string) => {
    const { local, session } = JSON.parse(state) as Record<string, Record<string, unknown>>;
    return new Map(
      [...Object.entries(local ?? {}), ...Object.entries(session ?? {})].map(([k, v]) => [
        k,
        JSON.stringify(v),
      ]),
    );
  };
  const [a, b] = [flat(before), flat(after)];
  const changed: Record<string, string> = {};
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) !== b.get(key)) changed[key] = b.get(key) ?? '(removed)';
  }
  return changed;
}

/**
 * The agent switches the vague-time rule off with a real click and the sidebar shows it: every
 * request the page's attacks could have sent before has been handled by then.
 */
async function barrier(page: Page): Promise<void> {
  await sidebar(page).findingAction('vague-time', 'disable-rule').click();
  await expect(sidebar(page).finding('vague-time')).toHaveCount(0);
}

/**
 * Only the barrier's change: the vague-time rule switched off, nothing else (the first write of
 * the adjustments also stores the empty lists and records beside it).
 */
function expectOnlyBarrier(changed: Record<string, string>): void {
  const values = Object.values(changed).filter((value) => value !== '{}' && value !== '[]');
  expect(values).toHaveLength(1);
  expect(values[0]).toContain('vague-time');
  expect(values[0]).not.toContain('condescension');
}

/**
 * The attack on "Switch rule off" for condescension did nothing: after the barrier, the only
 * change is the barrier's own and the finding is still there.
 */
async function expectRuleStillOn(page: Page, context: BrowserContext, before: string) {
  await barrier(page);
  expectOnlyBarrier(changes(before, await extensionState(context)));
  await expect(sidebar(page).finding('condescension')).toHaveCount(1);
}

/** The extension pages open in the browser that show their content (not an error page). */
async function openExtensionPages(context: BrowserContext, extensionId: string) {
  const shown: string[] = [];
  for (const page of context.pages()) {
    for (const frame of page.frames()) {
      if (!frame.url().startsWith(`chrome-extension://${extensionId}/`)) continue;
      const hasContent = await frame
        .evaluate(() => document.body?.innerText.trim().length ?? 0)
        .catch(() => 0);
      if (hasContent > 0) shown.push(new URL(frame.url()).pathname);
    }
  }
  return shown;
}

const PROBLEM_DRAFT = 'As already stated, refunds are not our department. We will revert asap.';

async function openHostilePage(page: Page, server: string, extensionId: string, file = '') {
  await page.goto(`${server}/hostile/${file}?id=${extensionId}`);
}

async function typeProblemDraft(page: Page): Promise<void> {
  const reply = page.locator('#reply');
  await reply.click();
  await reply.pressSequentially(PROBLEM_DRAFT);
  await expect(sidebar(page).finding('condescension')).toHaveCount(1);
  // The last words ("asap.") are checked: every finding of the whole draft is on screen.
  await expect(sidebar(page).finding('vague-time')).toHaveCount(1);
  await expect(sidebar(page).panel).toHaveAttribute('data-collapsed', 'false');
}

test('a page without a reply box cannot tell that Klartext is installed', async ({
  page,
  server,
  extensionId,
}) => {
  await openHostilePage(page, server.origin, extensionId, 'no-reply-box.html');
  // Longer than the content script needs to start (document_idle) and settle.
  await page.waitForTimeout(1_500);
  const seen = await attack(page, 'fingerprint');
  expect(seen).toEqual({
    messages: [],
    events: [],
    klartextElements: [],
    addedKlartextElements: [],
    adoptedStyleSheets: 0,
    highlights: 0,
  });
  // None of its files can be loaded or probed from a page, by a page that knows its id.
  expect(await attack(page, 'probeFiles')).toEqual({
    'journal-quicklog.html': 'refused',
    'journal.html': 'refused',
    'manifest.json': 'refused',
    'icon/16.png': 'refused',
  });

  // Control: where Klartext has a reply box to check, the same recorder does see it.
  await openHostilePage(page, server.origin, extensionId);
  await typeProblemDraft(page);
  const withReplyBox = await attack(page, 'fingerprint');
  expect(withReplyBox.klartextElements).toContain('klartext-sidebar');
  expect(withReplyBox.addedKlartextElements).toContain('klartext-sidebar');
});

test("the page's own clicks, keys and events change nothing and open nothing", async ({
  page,
  context,
  server,
  extensionId,
}) => {
  test.slow(); // many synthetic events and a second page
  await openHostilePage(page, server.origin, extensionId);
  await typeProblemDraft(page);
  const findings = await sidebar(page).finding().count();
  const ruleIds = () =>
    sidebar(page)
      .finding()
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-rule-id')));
  const phraseFindings = (await ruleIds()).filter((id) => !id?.startsWith('learned-'));
  const before = await extensionState(context);
  const pagesBefore = context.pages().length;

  const activated = await attack(page, 'clickEverything');
  // Every control of the sidebar (off menu, switch rule off, allow words, fixes, journal) and
  // of the mark card, if one is open.
  expect(activated).toBeGreaterThan(20);
  await attack(page, 'pressShortcuts');
  await page.waitForTimeout(1_000);
  expect(context.pages()).toHaveLength(pagesBefore);
  await expect(page.locator('#reply')).toHaveValue(PROBLEM_DRAFT);
  await expect(sidebar(page).panel).toHaveAttribute('data-collapsed', 'false');
  await expect(sidebar(page).finding()).toHaveCount(findings);

  // Control, and the barrier: the agent's own click acts, and the same check sees it (and
  // nothing else: no site or tab switched off, no words allowed, no rule but this one).
  await barrier(page);
  expectOnlyBarrier(changes(before, await extensionState(context)));
  expect(context.pages()).toHaveLength(pagesBefore);
  // Every other rule's finding stays (with vague-time off, the learned judgement of next steps
  // may speak up in its place: it is not switched off).
  await expect
    .poll(async () => (await ruleIds()).filter((id) => !id?.startsWith('learned-')))
    .toEqual(phraseFindings.filter((id) => id !== 'vague-time'));
  await page.locator('#reply').press('Alt+Shift+K');
  await expect(sidebar(page).panel).toHaveAttribute('data-collapsed', 'true');
});

test('a real click on a control the page made invisible does nothing (clickjacking)', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await openHostilePage(page, server.origin, extensionId);
  await typeProblemDraft(page);
  const before = await extensionState(context);
  for (const how of ['wrapper', 'style'] as const) {
    await attack(page, 'disguiseSidebar', how);
    // The agent clicks where the page's decoy shows; the click lands on "Switch rule off".
    await sidebar(page).findingAction('condescension', 'disable-rule').click({ force: true });
    await attack(page, 'undisguiseSidebar');
  }
  // Control, and the barrier: visible, the same kind of click switches a rule off.
  await expectRuleStillOn(page, context, before);
});

test("a key press the page redirects onto Klartext's buttons does nothing", async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await openHostilePage(page, server.origin, extensionId);
  await typeProblemDraft(page);
  const before = await extensionState(context);
  await attack(page, 'stealFocusOnEnter', 'condescension');
  // The agent presses Enter in the reply box; the page moves the focus onto "Switch rule off".
  await page.locator('#reply').press('Enter');
  // Control, and the barrier: a real click switches a rule off, and only that one.
  await expectRuleStillOn(page, context, before);
});

test('replies the page fills and empties by script are not counted', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  test.slow(); // fifty forged replies and the journal page
  const journal = await openJournalPage(context, extensionId);
  const counting = journal.getByLabel('Count replies checked and hints per category each day');
  await counting.click();
  await expect(counting).toBeChecked();
  const repliesThisWeek = async () => {
    await journal.reload();
    const row = journal.locator('.kj-summary tr', { hasText: 'Replies checked' });
    return (await row.locator('td').first().innerText()).trim();
  };
  const NONE = /^(0|not counted)$/;
  expect(await repliesThisWeek()).toMatch(NONE);

  await page.bringToFront();
  await openHostilePage(page, server.origin, extensionId);
  await page.locator('#reply').click();
  await attack(page, 'forgeReplies', 50);
  // Leaving the page would end a reply in progress: nothing was in progress.
  await page.goto('about:blank');
  expect(await repliesThisWeek()).toMatch(NONE);

  // Control: one reply the agent types and sends (the box is emptied) counts once.
  await openHostilePage(page, server.origin, extensionId);
  await typeProblemDraft(page);
  await page.locator('#reply').fill('');
  await expect(sidebar(page).finding()).toHaveCount(0);
  await expect.poll(repliesThisWeek).toBe('1');
});

test('the page cannot stop, remove, reach or impersonate Klartext', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  test.slow(); // several windows on a shared machine
  await openHostilePage(page, server.origin, extensionId);
  await typeProblemDraft(page);
  const before = await extensionState(context);

  // WXT's stop signal and plain removal: the sidebar stays, and keeps checking.
  await attack(page, 'sendStopSignal');
  await attack(page, 'removeSidebar');
  await expect(sidebar(page).host).toBeAttached();
  await page.locator('#reply').pressSequentially(' Dear customer,');
  await expect(sidebar(page).finding('impersonal-greeting')).toHaveCount(1);

  // Its background does not answer the page; its pages do not open or load inside it.
  expect(await attack(page, 'messageBackground')).not.toBe('sent');
  await attack(page, 'openJournal');
  await attack(page, 'frameQuickLog');
  await page.waitForTimeout(1_000);
  expect(await openExtensionPages(context, extensionId)).toEqual([]);
  expect(await extensionState(context)).toBe(before);

  // Control: the same check does see Klartext's pages once the agent opens them.
  await sidebar(page).action('open-journal').click();
  await expect.poll(() => openExtensionPages(context, extensionId)).toContain('/journal.html');
});

test('the quick log opens outside the page, which cannot see that the agent is journaling', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await openHostilePage(page, server.origin, extensionId);
  await typeProblemDraft(page);
  const quickLog = await openQuickLog(page);
  // A window of its own: nothing of it is inside the ticketing page.
  expect(quickLog).not.toBe(page);
  expect(page.frames()).toHaveLength(1);
  expect(await page.locator('klartext-sidebar iframe').count()).toBe(0);
  // The focus left the "Quick log" button: the page cannot read what was clicked.
  expect(await attack(page, 'focusedControl')).not.toBe('quick-log');
  await quickLog.getByRole('radio', { name: 'bad', exact: true }).check();
  await quickLog.getByRole('button', { name: 'Save', exact: true }).click();
  await quickLog.waitForEvent('close');
  // Control: the entry is in the journal.
  const journal = await openJournalPage(context, extensionId);
  await expect(journal.locator('#kj-sec-entries').getByText('Mood: bad')).toBeVisible();
});

test("markup in the customer's message and the draft stays text", async ({
  page,
  server,
  extensionId,
}) => {
  await openHostilePage(page, server.origin, extensionId);
  const reply = page.locator('#reply');
  await reply.click();
  await reply.pressSequentially(`<img src=x onerror="window.__pwned='draft'"> ${PROBLEM_DRAFT}`);
  await expect(sidebar(page).finding('condescension')).toHaveCount(1);
  // The customer's message (with its markup as text) reached the empathy check.
  await expect(sidebar(page).finding('unacknowledged-emotion')).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as HostileWindow).__pwned)).toBeUndefined();
  const images = await page.evaluate(() =>
    ['klartext-sidebar', 'klartext-marks']
      .map((name) => document.querySelector(name)?.shadowRoot?.querySelectorAll('img').length ?? 0)
      .reduce((a, b) => a + b, 0),
  );
  expect(images).toBe(0);
});
