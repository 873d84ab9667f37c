// Klartext in a real Request Tracker 5 (Debian's request-tracker5 with SQLite on 127.0.0.1:8088;
// .ci/run starts it through tests/support/request-tracker.sh, and the suite fails if it is not
// there). Each test creates its ticket through RT's REST interface, logs in through RT's login
// form and works on RT's own update page: CKEditor 4 in an iframe, the Update Type select,
// RT's quote of the message the agent replies to. The RT adapter is found by RT's page
// structure alone (no test hook on the page). The shared fixtures fail every test on any
// uncaught page error and on any request that tries to leave the machine.
import { expect, test } from './fixtures';
import { markedWords } from './editors/editor-hook';
import {
  RT_ORIGIN,
  assertRequestTrackerRunning,
  chooseUpdateType,
  createTicket,
  editorBody,
  editorData,
  editorReady,
  historyMessages,
  logIn,
  updatePage,
} from './request-tracker';
import { sidebar } from './sidebar';

const CALM_CUSTOMER =
  'Hello, my router drops the connection now and then. Could you have a look when you find the time?';
const FRUSTRATED_CUSTOMER =
  'As already stated, this is the third time I am writing to you! The router still drops the connection every hour ' +
  'and I am losing money because I work from home. I need this fixed urgently.';

const GREETING = 'Hello Anna,';
/** Condescension ("obviously"), jargon ("ETA", fixable) and a vague time ("asap"). */
const BODY = 'obviously the router works. The ETA is Friday, we will call you asap';
const FOLLOW_UP = 'at 10:00.';
/** The second paragraph once "asap" became a time and the fix spelled out "ETA". */
const FIXED_BODY = `obviously the router works. The expected arrival time is Friday, we will call you ${FOLLOW_UP}`;
/** Answers the facts, not the customer's anger. */
const UNACKNOWLEDGING_DRAFT =
  'Hello Ms Novak, please restart the router and send us the log file from the status page. I will check it on Monday by 12:00 and call you.';
/** Problems the sidebar would flag in a reply; written where no reply check must happen. */
const COMMENT_TEXT = 'As already stated, this is not our department.';
/** What the panel says while the agent writes something that is not a reply. */
const NO_REPLY = 'Click into the reply box to have your reply checked.';
/** Longer than the moment in which an editor merges edits into one undo step. */
const READING_PAUSE_MS = 1_200;

// Logging in, RT's pages and CKEditor on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

// Each test, so that every one of them fails (none is left unrun) when RT is not there.
test.beforeEach(async () => {
  await assertRequestTrackerRunning();
});

test('a reply in RT: findings and marks as the agent types, a fix through CKEditor that one Ctrl+Z undoes, the fixed reply in the ticket history', async ({
  context,
  page,
}) => {
  const ticket = await createTicket({
    subject: 'Router drops the connection',
    requestor: 'anna.novak@example.com',
    text: CALM_CUSTOMER,
  });
  await logIn(context, page);
  await page.goto(updatePage(ticket, 'Respond'));
  await editorReady(page);
  const kt = sidebar(page);

  await editorBody(page).click();
  await page.keyboard.insertText(GREETING);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(BODY);
  await expect(kt.panel).toBeVisible();
  await expect(kt.finding('condescension')).toHaveCount(1);
  await expect(kt.finding('jargon')).toHaveCount(1);
  await expect(kt.finding('vague-time')).toHaveCount(1);
  // The marks sit over the flagged words in CKEditor's iframe.
  await expect
    .poll(() => markedWords(page))
    .toEqual(expect.arrayContaining(['obviously', 'ETA', 'asap']));

  // The agent deletes "asap" and names a time: that hint goes, the others stay.
  for (let i = 0; i < 'asap'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(FOLLOW_UP);
  await expect(kt.finding('vague-time')).toHaveCount(0);
  await expect(kt.finding('condescension')).toHaveCount(1);
  await expect.poll(() => markedWords(page)).not.toContain('asap');
  const beforeFix = await editorData(page);
  expect(beforeFix).toContain('The ETA is Friday, we will call you at 10:00.');

  // One click spells out "ETA": CKEditor's own data has it, and the mark is gone.
  await page.waitForTimeout(READING_PAUSE_MS);
  await kt.finding('jargon').locator('[data-klartext-action="apply-suggestion"]').click();
  await expect.poll(() => editorData(page)).toContain(FIXED_BODY);
  await expect(kt.finding('jargon')).toHaveCount(0);
  await expect.poll(() => markedWords(page)).not.toContain('ETA');

  // One Ctrl+Z takes back exactly the fix, nothing the agent typed.
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorData(page)).toBe(beforeFix);
  await expect(kt.finding('jargon')).toHaveCount(1);

  // Fixed again and sent: the ticket's history (loaded after RT's display page) has the reply.
  await kt.finding('jargon').locator('[data-klartext-action="apply-suggestion"]').click();
  await expect.poll(() => editorData(page)).toContain(FIXED_BODY);
  await page.locator('input[name="SubmitTicket"]').click();
  await page.waitForURL(/\/Ticket\/Display\.html/);
  const reply = historyMessages(page).last();
  await expect(reply.locator('.description')).toContainText('Correspondence added');
  await expect(reply.locator('.messagebody')).toContainText(GREETING);
  await expect(reply.locator('.messagebody')).toContainText(FIXED_BODY);
});

test("a reply to the customer's message in RT is checked against it: the empathy hint for a draft that ignores the frustration", async ({
  context,
  page,
}) => {
  const ticket = await createTicket({
    subject: 'Router still broken',
    requestor: 'anna.novak@example.com',
    text: FRUSTRATED_CUSTOMER,
  });
  await logIn(context, page);
  const kt = sidebar(page);

  // Without the customer's message the same draft gets no empathy hint.
  await page.goto(updatePage(ticket, 'Respond'));
  await editorReady(page);
  await editorBody(page).click();
  await page.keyboard.insertText(UNACKNOWLEDGING_DRAFT);
  await expect(kt.checklist('empathy')).toHaveAttribute('data-state', 'ok');
  await expect(kt.finding('unacknowledged-emotion')).toHaveCount(0);

  // The agent opens the ticket and answers the customer's message with RT's "Reply" on it:
  // RT loads the history after the page and quotes the message in the reply.
  await page.goto(`${RT_ORIGIN}/Ticket/Display.html?id=${ticket}`);
  await historyMessages(page).first().locator('a.reply-link').click();
  await page.waitForURL(/QuoteTransaction=\d+/);
  await editorReady(page);
  await editorBody(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText(UNACKNOWLEDGING_DRAFT);
  await page.keyboard.press('Enter');
  await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);
  await expect(kt.checklist('empathy')).toHaveAttribute('data-state', 'hints');
  expect(await editorData(page)).toContain('I need this fixed urgently.');
  // The quote is the customer's, not the agent's: its "As already stated" is not flagged.
  expect(await editorData(page)).toContain('As already stated');
  await expect(kt.finding('condescension')).toHaveCount(0);
});

test('comments in RT are not checked as replies: the comment page, and the Update Type switched to comments', async ({
  context,
  page,
}) => {
  const ticket = await createTicket({
    subject: 'Router drops the connection',
    requestor: 'anna.novak@example.com',
    text: CALM_CUSTOMER,
  });
  await logIn(context, page);
  const kt = sidebar(page);

  // RT's comment page: the agent writes an internal comment, nothing is checked.
  await page.goto(updatePage(ticket, 'Comment'));
  await editorReady(page);
  await expect(page.locator('#UpdateType')).toHaveValue('private');
  await editorBody(page).click();
  await page.keyboard.insertText(COMMENT_TEXT);
  await expect.poll(() => editorData(page)).toContain(COMMENT_TEXT);
  await expect(kt.finding()).toHaveCount(0);
  await expect(kt.panel).toHaveCount(0);

  // Switched to "Reply to requestors", the same text is a reply and is checked at once.
  await chooseUpdateType(page, 'Reply to requestors');
  await expect(kt.panel).toBeVisible();
  await expect(kt.finding('condescension')).toHaveCount(1);
  await expect(kt.finding('deflection')).toHaveCount(1);

  // And back to a comment: the reply's findings go, and the panel says it waits for a reply.
  await chooseUpdateType(page, 'Comments (Not sent to requestors)');
  await expect(kt.finding()).toHaveCount(0);
  await expect(kt.panel).toContainText(NO_REPLY);
  // The agent writes on in the comment: still nothing checked.
  await editorBody(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' Escalating to the network team, obviously.');
  await expect.poll(() => editorData(page)).toContain('network team');
  await expect(kt.finding()).toHaveCount(0);
  await expect(kt.panel).toContainText(NO_REPLY);
});
