// The side panel's protocol (utils/side-panel/protocol.ts): both ends take only well-formed
// messages; the view the content script sends survives the trip whole; what the page shows in
// each mode (inPageMode); choosing the side panel mode asks the browser to open it each time;
// the background accepts 'open-side-panel' from a content script and opens it for that tab.
import { describe, expect, it, vi } from 'vitest';
import { handleRequest, type RouterDeps } from '../../../../entrypoints/background/router';
import { parseRequest } from '../../../../utils/messages';
import { defaultPlacement, inPageMode, parsePlacement } from '../../../../utils/sidebar/placement';
import { createPlacementModel } from '../../../../utils/sidebar/placement-model';
import {
  isSidePanelAnnouncement,
  parseFromSidePanel,
  parseToSidePanel,
  type PanelView,
} from '../../../../utils/side-panel/protocol';

const VIEW: PanelView = {
  status: 'checked',
  failure: undefined,
  lang: 'de',
  host: 'support.example',
  mode: 'sidepanel',
  categories: [
    { category: 'tone', count: 1 },
    { category: 'empathy', count: 0 },
  ],
  findings: [
    {
      key: 'condescension:0:18',
      ruleId: 'condescension',
      category: 'tone',
      severity: 'warning',
      message: 'Das kann klingen, als hätte der Kunde es wissen müssen.',
      reason: '',
      quote: 'Wie bereits gesagt',
      suggestions: ['I'],
      start: 0,
      end: 18,
      fixStart: 0,
      fixEnd: 20,
      fixText: 'Wie bereits gesagt, i',
    },
  ],
  findingsTotal: 1,
  safeFixes: 1,
  partial: undefined,
};

describe('parseToSidePanel', () => {
  it('keeps a well-formed view whole, through structured cloning', () => {
    const sent = structuredClone({ kind: 'view', view: VIEW });
    expect(parseToSidePanel(sent)).toEqual({ kind: 'view', view: VIEW });
    const partial = { ...VIEW, partial: { limit: 100_000 }, findings: [] };
    expect(parseToSidePanel({ kind: 'view', view: partial })?.view.partial).toEqual({
      limit: 100_000,
    });
  });

  it('refuses anything malformed, anywhere in the view', () => {
    const finding = VIEW.findings[0]!;
    const broken: unknown[] = [
      null,
      'view',
      { kind: 'other', view: VIEW },
      { kind: 'view' },
      { kind: 'view', view: { ...VIEW, status: 'shouting' } },
      { kind: 'view', view: { ...VIEW, lang: 'fr' } },
      { kind: 'view', view: { ...VIEW, mode: 'fullscreen' } },
      { kind: 'view', view: { ...VIEW, findingsTotal: -1 } },
      { kind: 'view', view: { ...VIEW, categories: [{ category: 'mood', count: 1 }] } },
      { kind: 'view', view: { ...VIEW, findings: [{ ...finding, severity: 'fatal' }] } },
      { kind: 'view', view: { ...VIEW, findings: [{ ...finding, suggestions: [1] }] } },
      { kind: 'view', view: { ...VIEW, findings: [{ ...finding, start: 1.5 }] } },
      { kind: 'view', view: { ...VIEW, findings: [{ ...finding, message: 'x'.repeat(20_000) }] } },
      { kind: 'view', view: { ...VIEW, findings: 'all of them' } },
      { kind: 'view', view: { ...VIEW, partial: { limit: 'all' } } },
    ];
    for (const message of broken) expect(parseToSidePanel(message)).toBeUndefined();
  });
});

describe('parseFromSidePanel', () => {
  it('takes each kind the side panel sends', () => {
    const good = [
      { kind: 'select-finding', key: 'a:0:1' },
      { kind: 'apply-suggestion', key: 'a:0:1', suggestion: 'by Friday' },
      { kind: 'fix-all-safe' },
      { kind: 'finding-action', action: 'ignore-once', key: 'a:0:1' },
      { kind: 'finding-action', action: 'allow-words', key: 'a:0:1' },
      { kind: 'set-mode', mode: 'docked' },
      { kind: 'set-side', side: 'left' },
      { kind: 'off', scope: 'everywhere' },
    ];
    for (const message of good) expect(parseFromSidePanel(message)).toEqual(message);
  });

  it('drops extra fields and refuses malformed or unknown messages', () => {
    expect(parseFromSidePanel({ kind: 'fix-all-safe', text: 'anything' })).toEqual({
      kind: 'fix-all-safe',
    });
    const broken: unknown[] = [
      undefined,
      { kind: 'apply-suggestion', key: 'a:0:1' },
      { kind: 'apply-suggestion', key: 7, suggestion: 'x' },
      { kind: 'finding-action', action: 'delete-draft', key: 'a:0:1' },
      { kind: 'set-mode', mode: 'hidden' },
      { kind: 'set-side', side: 'top' },
      { kind: 'off', scope: 'forever' },
      { kind: 'insert-text', text: 'Hello' },
    ];
    for (const message of broken) expect(parseFromSidePanel(message)).toBeUndefined();
  });

  it('knows the content script’s announcement', () => {
    expect(isSidePanelAnnouncement({ kind: 'side-panel-listening' })).toBe(true);
    expect(isSidePanelAnnouncement({ kind: 'view' })).toBe(false);
  });
});

describe('the side panel mode', () => {
  it('is a placement a site can keep', () => {
    const placement = { mode: 'sidepanel', side: 'right', width: 320 };
    expect(parsePlacement(placement)).toEqual(placement);
  });

  it('leaves the page only the marks while a side panel shows the tab, else the badge', () => {
    expect(inPageMode('sidepanel', true)).toBe('none');
    expect(inPageMode('sidepanel', false)).toBe('badge');
    expect(inPageMode('docked', true)).toBe('docked');
    expect(inPageMode('badge', false)).toBe('badge');
  });

  it('asks the browser to open the side panel each time the agent chooses it', () => {
    const openSidePanel = vi.fn();
    const model = createPlacementModel({
      initial: defaultPlacement(1280),
      host: 'a.example',
      client: { request: vi.fn(async () => ({ ok: true })) } as never,
      windowWidth: () => 1280,
      openSidePanel,
    });
    model.setMode('sidepanel');
    model.setMode('sidepanel');
    model.setMode('badge');
    expect(openSidePanel).toHaveBeenCalledTimes(2);
  });

  it('the background opens the side panel for the asking tab, from a content script too', async () => {
    expect(parseRequest({ kind: 'open-side-panel' })).toEqual({ kind: 'open-side-panel' });
    const openSidePanel = vi.fn(async () => undefined);
    const deps = { openSidePanel } as unknown as RouterDeps;
    const from = { tabId: 4, url: 'https://a.example/ticket/1', extensionPage: false };
    expect(await handleRequest({ kind: 'open-side-panel' }, deps, from)).toEqual({ ok: true });
    expect(openSidePanel).toHaveBeenCalledWith(from);
    // Called at once, before anything is awaited: the agent's gesture lasts only that long.
    openSidePanel.mockClear();
    void handleRequest({ kind: 'open-side-panel' }, deps, from);
    expect(openSidePanel).toHaveBeenCalledTimes(1);
  });
});
