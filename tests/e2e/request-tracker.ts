// The real Request Tracker for tests/e2e/request-tracker.spec.ts: RT 5 from Debian's packages on
// 127.0.0.1:8088, started by tests/support/request-tracker.sh (.ci/run does that). Tickets are
// made through RT's REST 1.0 interface, the agent is logged in by posting RT's login form, and
// the reply is read through CKEditor 4's API on RT's update page.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export const RT_ORIGIN = 'http://127.0.0.1:8088';
/** RT's initial superuser, as Debian's package creates it. */
const ROOT = { user: 'root', pass: 'password' };

const START_HINT =
  'Start it as root with `tests/support/request-tracker.sh start` (after ' +
  '`tests/support/request-tracker.sh install`); .ci/run does both.';

/** Fails with a clear message when RT is not there: CI starts it, so a missing RT is an error. */
export async function assertRequestTrackerRunning(): Promise<void> {
  let problem: string;
  try {
    const response = await fetch(`${RT_ORIGIN}/NoAuth/Login.html`);
    if (response.ok) return;
    problem = `answered ${response.status} ${response.statusText}`;
  } catch (error) {
    problem = `does not answer (${String((error as Error).cause ?? error)})`;
  }
  throw new Error(`Request Tracker at ${RT_ORIGIN} ${problem}. ${START_HINT}`);
}

/** A REST 1.0 call as root; returns the answer after RT's status line. */
async function rest(path: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(`${RT_ORIGIN}/REST/1.0/${path}`, {
    method: 'POST',
    body: new URLSearchParams({ ...ROOT, ...fields }),
  });
  const answer = await response.text();
  if (!/^RT\/\S+ 200 Ok/.test(answer)) throw new Error(`RT REST ${path} failed: ${answer}`);
  return answer;
}

export interface NewTicket {
  subject: string;
  /** The customer, the ticket's requestor. */
  requestor: string;
  /** The customer's message, the ticket's first one. */
  text: string;
}

/** Creates a ticket in RT's General queue; returns its id. */
export async function createTicket(ticket: NewTicket): Promise<number> {
  // REST 1.0's form format: continuation lines of a field start with a space.
  const content = [
    'id: ticket/new',
    'Queue: General',
    `Requestor: ${ticket.requestor}`,
    `Subject: ${ticket.subject}`,
    `Text: ${ticket.text.split('\n').join('\n ')}`,
  ].join('\n');
  const answer = await rest('ticket/new', { content });
  const id = /# Ticket (\d+) created/.exec(answer)?.[1];
  if (!id) throw new Error(`RT did not say which ticket it created: ${answer}`);
  return Number(id);
}

/**
 * Logs the agent in: RT's login form posted through the browser context's request API, whose
 * session cookie the pages then share. Submitted in the page, the form would have Chromium's
 * password manager check the password against Google's leak database, traffic of the browser's
 * own that the refusing proxy would rightly count as leaving the machine.
 */
export async function logIn(context: BrowserContext, page: Page): Promise<void> {
  const response = await context.request.post(`${RT_ORIGIN}/NoAuth/Login.html`, { form: ROOT });
  expect(response.ok(), `RT's login answered ${response.status()}`).toBe(true);
  await page.goto(`${RT_ORIGIN}/`);
  await expect(page.locator('#preferences .current-user')).toHaveText(ROOT.user);
}

export function updatePage(ticket: number, action: 'Respond' | 'Comment'): string {
  return `${RT_ORIGIN}/Ticket/Update.html?id=${ticket}&Action=${action}`;
}

interface CkEditor {
  status: string;
  getData(): string;
}

declare global {
  interface Window {
    CKEDITOR?: { instances: Record<string, CkEditor | undefined> };
  }
}

/** Waits until RT's CKEditor for the message (`UpdateContent`) is ready. */
export async function editorReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.CKEDITOR?.instances.UpdateContent?.status === 'ready');
  // RT turns the browser's spell checking on in its editor, and Chromium would then download a
  // dictionary from Google: the browser's traffic, not Klartext's, and the tests do not need it
  // (the fixture pages turn it off alike, tests/fixtures/editors/shared/hook.js).
  await editorBody(page).evaluate((body: HTMLElement) => {
    body.spellcheck = false;
  });
}

/** The reply as RT will send it: CKEditor's own data (HTML). */
export function editorData(page: Page): Promise<string> {
  return page.evaluate(() => window.CKEDITOR!.instances.UpdateContent!.getData());
}

/** The editable body in CKEditor's iframe. */
export function editorBody(page: Page): Locator {
  return page.frameLocator('iframe.cke_wysiwyg_frame').locator('body');
}

/** Picks an Update Type the way the agent does: RT's dropdown (bootstrap-select) over the select. */
export async function chooseUpdateType(
  page: Page,
  label: 'Reply to requestors' | 'Comments (Not sent to requestors)',
): Promise<void> {
  const option = page.locator('[role="listbox"] [role="option"]').filter({ hasText: label });
  // bootstrap-select's list may still be closing from the last choice when the button is
  // clicked, and the click closes it again: open it until the option shows, then choose it.
  await expect(async () => {
    // From the top of the page, as the agent sees the form: scrolled down, RT's page menu
    // sticks to the top and can cover the open list. Again on every try: CKEditor scrolls the
    // page to its caret when it takes the focus back, later on a busy machine.
    await page.evaluate(() => window.scrollTo(0, 0));
    if (!(await option.isVisible())) await page.locator('button[data-id="UpdateType"]').click();
    await option.click({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('#UpdateType')).toHaveValue(
    label === 'Reply to requestors' ? 'response' : 'private',
  );
}

/** The ticket's history on its display page, which RT loads after the page. */
export function historyMessages(page: Page) {
  return page.locator('#delayed_ticket_history .transaction.message');
}
