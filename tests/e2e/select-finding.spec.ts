// (c) Clicking a finding selects exactly the flagged words in the reply box, so the agent
// sees where the problem is. The expected span comes from the rule engine itself.
import { check } from '../../rules';
import { expect, test } from './fixtures';
import { selectedReplyText, sidebar } from './sidebar';

/** The words the engine flags for `ruleId` in `draft`. */
function flaggedSpan(draft: string, ruleId: string): string {
  const finding = check({ draft }).findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`the engine reports no ${ruleId} finding for: ${draft}`);
  return draft.slice(finding.start, finding.end);
}

test('textarea: clicking a finding selects its words in the reply', async ({ page, demoUrl }) => {
  const draft =
    'Hello Mr Whitaker,\n\nthe router is on its way, as already stated. Sorry for the wait.';
  const span = flaggedSpan(draft, 'condescension');
  expect(span.toLowerCase()).toContain('already stated');

  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await page.locator('#reply').fill(draft);
  const kt = sidebar(page);
  await kt.selectControl('condescension').click();

  await expect.poll(() => selectedReplyText(page)).toBe(span);
});

test('contenteditable: clicking a finding selects its words in the reply', async ({
  page,
  demoUrl,
}) => {
  const draft = 'Guten Tag Frau Krüger, Ihr Router ist unterwegs, wie bereits gesagt.';
  const span = flaggedSpan(draft, 'condescension');
  expect(span.toLowerCase()).toContain('bereits gesagt');

  await page.goto(demoUrl({ lang: 'de', editor: 'rich' }));
  await page.locator('#reply').fill(draft);
  const kt = sidebar(page);
  await kt.selectControl('condescension').click();

  await expect.poll(() => selectedReplyText(page)).toBe(span);
});
