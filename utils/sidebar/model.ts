// The sidebar's state and what the user can do with it. The content script feeds it drafts
// and settings; the components only render its state. Dependencies come in, so the model
// runs in unit tests with a fake client and the real engine.
import type { CheckInput, CheckResult, Finding, Lang } from '@/rules';
import { resolveUiLang } from '../i18n';
import type { BackgroundClient, Done } from '../messages';
import type { Settings } from '../settings';
import { createStore, type Store } from '../store';

/**
 * Drafts longer than this are checked in part. Real replies stay far below it; past it (a
 * pasted log, a whole thread, 1 MB of anything) checking everything on every keystroke would
 * stall the page, and thousands of hints would help nobody.
 */
export const FULL_CHECK_LIMIT = 100_000;
/** How far the place being typed at may come to the edge of the checked part before it moves. */
const PART_MARGIN = FULL_CHECK_LIMIT / 10;
/** How far a cut looks for a line break (else a space) so that it does not split a sentence. */
const SNAP_RANGE = 2_000;

/** changeBetween compares this many characters at a time before it looks at single ones. */
const COMPARE_BLOCK = 1_024;

/** A part of the draft: draft.slice(start, end). */
export interface DraftPart {
  start: number;
  end: number;
}

/**
 * Where `next` differs from `previous`: the changed stretch in `previous` and where it ends in
 * `next` (where the caret is after typing or pasting). Undefined when they are equal.
 */
export function changeBetween(
  previous: string,
  next: string,
): { start: number; previousEnd: number; nextEnd: number } | undefined {
  if (previous === next) return undefined;
  const shorter = Math.min(previous.length, next.length);
  // Blocks first (string equality compares memory at once), then characters in the block that
  // differs: a keystroke in 1 MB costs a fraction of a millisecond, not a million steps.
  let start = 0;
  while (
    start + COMPARE_BLOCK <= shorter &&
    previous.slice(start, start + COMPARE_BLOCK) === next.slice(start, start + COMPARE_BLOCK)
  ) {
    start += COMPARE_BLOCK;
  }
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) start++;
  const room = shorter - start;
  /** Whether the COMPARE_BLOCK characters before the last `tail` ones are the same. */
  const sameBlockBefore = (tail: number) =>
    previous.slice(previous.length - tail - COMPARE_BLOCK, previous.length - tail) ===
    next.slice(next.length - tail - COMPARE_BLOCK, next.length - tail);
  let tail = 0;
  while (tail + COMPARE_BLOCK <= room && sameBlockBefore(tail)) tail += COMPARE_BLOCK;
  while (
    tail < room &&
    previous.charCodeAt(previous.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, previousEnd: previous.length - tail, nextEnd: next.length - tail };
}

/** `at` moved to just after a line break (else a space) at most SNAP_RANGE away, if any. */
function snap(draft: string, at: number, direction: 'forward' | 'back'): number {
  if (at <= 0 || at >= draft.length) return at;
  for (const mark of ['\n', ' ']) {
    if (direction === 'forward') {
      const found = draft.indexOf(mark, at - 1);
      if (found >= 0 && found < at + SNAP_RANGE) return found + 1;
    } else {
      const found = draft.lastIndexOf(mark, at - 1);
      if (found >= 0 && found >= at - SNAP_RANGE) return found + 1;
    }
  }
  return at;
}

/**
 * The part of a draft longer than FULL_CHECK_LIMIT to check: at most that many characters
 * around `around` (where the agent last typed), cut at line breaks (else spaces).
 */
export function partAround(draft: string, around: number): DraftPart {
  if (draft.length <= FULL_CHECK_LIMIT) return { start: 0, end: draft.length };
  const half = FULL_CHECK_LIMIT / 2;
  const end = Math.min(draft.length, Math.max(FULL_CHECK_LIMIT, around + half));
  const start = end - FULL_CHECK_LIMIT;
  // The start moves forward and the end back: the part never grows past the limit.
  const snappedStart = snap(draft, start, 'forward');
  const snappedEnd = snap(draft, end, 'back');
  return snappedEnd > snappedStart ? { start: snappedStart, end: snappedEnd } : { start, end };
}

/**
 * The part to check after the draft changed from `previous` (whose checked part was `part`) to
 * `next`. It stays where it was, moved by the edit, while the agent types well inside it, so
 * the hints do not shift with every key; it moves to the place of the edit otherwise.
 */
export function nextPart(
  previous: string,
  part: DraftPart | undefined,
  next: string,
): DraftPart | undefined {
  if (next.length <= FULL_CHECK_LIMIT) return undefined;
  const change = changeBetween(previous, next);
  if (!change) return part ?? partAround(next, next.length);
  if (part) {
    const end = part.end + (change.nextEnd - change.previousEnd);
    const inside = change.start >= part.start && change.previousEnd <= part.end;
    const awayFromEdges =
      (part.start === 0 || change.start - part.start >= PART_MARGIN) &&
      (end === next.length || end - change.nextEnd >= PART_MARGIN);
    if (inside && awayFromEdges && end - part.start <= FULL_CHECK_LIMIT) {
      return { start: part.start, end };
    }
  }
  return partAround(next, change.nextEnd);
}

/**
 * Checks `part` of `draft` with `check` and moves the findings' offsets into the whole draft.
 */
function checkPart(
  check: (input: CheckInput) => CheckResult | undefined,
  input: CheckInput & { draft: string },
  part: DraftPart,
): CheckResult | undefined {
  const result = check({ ...input, draft: input.draft.slice(part.start, part.end) });
  if (!result || part.start === 0) return result;
  return {
    ...result,
    findings: result.findings.map((finding) => ({
      ...finding,
      start: finding.start + part.start,
      end: finding.end + part.start,
    })),
  };
}

export interface SidebarState {
  collapsed: boolean;
  uiLang: Lang;
  /** Whether a reply box is being watched. */
  attached: boolean;
  /** The draft the findings belong to (their offsets point into it). */
  draft: string;
  result: CheckResult | undefined;
  /**
   * The part of the draft the result is about, when the draft was too long to check whole
   * (FULL_CHECK_LIMIT); undefined when the whole draft was checked.
   */
  checked?: DraftPart | undefined;
  /** Why a draft has no result: the check could not start (the engine did not load). */
  failure?: string | undefined;
}

export interface SidebarModelDeps {
  settings: Settings;
  /** browser.i18n.getUILanguage(), for uiLanguage 'auto'. */
  browserLanguage: string;
  /** The page's host name, the unit of "off on this site". */
  host: string;
  client: BackgroundClient;
  /** undefined: no answer yet (the engine is still loading); a later recheck() brings it. */
  check(input: CheckInput): CheckResult | undefined;
  /** Why check() has no answer, if it failed rather than is still on its way. */
  checkFailure?(): string | undefined;
}

export interface SidebarModel {
  readonly store: Store<SidebarState>;
  /**
   * Checks the draft unless it, the customer's message (and name, as the ticket shows it) and
   * the UI language are unchanged.
   */
  update(draft: string, customer: string | undefined, customerName?: string): void;
  /**
   * The findings `draft` would have with this reply's context (customer, names, language):
   * "Fix all safe ones" checks its own fixed text with it. undefined while the engine loads.
   */
  findingsFor(draft: string): readonly Finding[] | undefined;
  /** The watched reply box went away. */
  detach(): void;
  toggleCollapsed(): void;
  disableSite(): Promise<Done>;
  applySettings(settings: Settings): void;
  /** Checks the current draft again (the rules changed: a pack, an adjustment, an ignore). */
  recheck(): void;
}

export function createSidebarModel(deps: SidebarModelDeps): SidebarModel {
  const store = createStore<SidebarState>({
    collapsed: deps.settings.collapsed,
    uiLang: resolveUiLang(deps.settings.uiLanguage, deps.browserLanguage),
    attached: false,
    draft: '',
    result: undefined,
  });
  let customer: string | undefined;
  let customerName: string | undefined;
  let agentName = deps.settings.agentName;
  const inputFor = (draft: string, uiLang: Lang): CheckInput => ({
    draft,
    customer,
    uiLang,
    ...(customerName ? { customerName } : {}),
    ...(agentName ? { agentName } : {}),
  });

  const run = (draft: string, uiLang: Lang) => {
    // A huge draft is checked in part, around where the agent types (nextPart).
    const previous = store.get();
    const checked = nextPart(previous.draft, previous.checked, draft);
    // An empty draft has nothing to check yet; the panel shows how to start instead.
    const empty = draft.trim() === '';
    const input = inputFor(draft, uiLang);
    const result = empty
      ? undefined
      : checked
        ? checkPart(deps.check, input, checked)
        : deps.check(input);
    const failure = result || empty ? undefined : deps.checkFailure?.();
    store.set({ attached: true, draft, result, checked, uiLang, failure });
  };

  return {
    store,
    update(draft, nextCustomer, nextName) {
      const state = store.get();
      const same = nextCustomer === customer && nextName === customerName;
      if (state.attached && draft === state.draft && same) return;
      customer = nextCustomer;
      customerName = nextName;
      run(draft, state.uiLang);
    },
    findingsFor(draft) {
      return deps.check(inputFor(draft, store.get().uiLang))?.findings;
    },
    detach() {
      store.set({ attached: false, draft: '', result: undefined, checked: undefined });
    },
    toggleCollapsed() {
      const collapsed = !store.get().collapsed;
      store.set({ collapsed });
      void deps.client.request({ kind: 'set-collapsed', collapsed });
    },
    disableSite() {
      return deps.client.request({ kind: 'set-site-enabled', host: deps.host, enabled: false });
    },
    applySettings(settings) {
      // The collapsed state is this page's own once loaded: another tab toggling it must
      // not fold the panel under the agent's hands.
      const uiLang = resolveUiLang(settings.uiLanguage, deps.browserLanguage);
      const state = store.get();
      const nameChanged = settings.agentName !== agentName;
      agentName = settings.agentName;
      if (uiLang === state.uiLang && !nameChanged) return;
      if (state.attached) run(state.draft, uiLang);
      else store.set({ uiLang });
    },
    recheck() {
      const state = store.get();
      if (state.attached) run(state.draft, state.uiLang);
    },
  };
}
