// Locators for the sidebar, written against the test-tool contract in README.md.
// Playwright's CSS locators pierce the sidebar's open shadow root.
import type { Locator, Page } from '@playwright/test';

export type Action =
  | 'collapse'
  | 'disable-site'
  | 'apply-suggestion'
  | 'select-finding'
  | 'off-menu'
  | 'off-tab'
  | 'off-site'
  | 'off-everywhere'
  | 'quick-log'
  | 'open-journal';

/** A finding's own controls: the local adjustments. */
export type FindingAction = 'ignore-once' | 'disable-rule' | 'allow-words';

export function sidebar(page: Page) {
  const host = page.locator('klartext-sidebar');
  const finding = (ruleId?: string): Locator =>
    page.locator(
      ruleId
        ? `klartext-sidebar [data-klartext-finding][data-rule-id="${ruleId}"]`
        : 'klartext-sidebar [data-klartext-finding]',
    );
  return {
    host,
    panel: page.locator('klartext-sidebar [data-klartext-panel]'),
    finding,
    checklist: (category: string): Locator =>
      page.locator(`klartext-sidebar [data-klartext-category="${category}"]`),
    action: (action: Action): Locator =>
      page.locator(`klartext-sidebar [data-klartext-action="${action}"]`),
    findingAction: (ruleId: string, action: FindingAction): Locator =>
      finding(ruleId).locator(`[data-klartext-action="${action}"]`),
    /** The control that selects a finding's text: the finding itself or a control inside it. */
    selectControl: (ruleId: string): Locator => {
      const scope = `klartext-sidebar [data-klartext-finding][data-rule-id="${ruleId}"]`;
      return page
        .locator(
          `${scope}[data-klartext-action="select-finding"], ${scope} [data-klartext-action="select-finding"]`,
        )
        .first();
    },
  };
}

/** The text currently selected in the reply box (textarea selection or DOM selection). */
export async function selectedReplyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const reply = document.getElementById('reply');
    if (reply instanceof HTMLTextAreaElement) {
      return reply.value.slice(reply.selectionStart, reply.selectionEnd);
    }
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !reply) return '';
    const range = selection.getRangeAt(0);
    return reply.contains(range.commonAncestorContainer) ? selection.toString() : '';
  });
}
