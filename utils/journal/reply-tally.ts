// Turns the sidebar's stream of checks into "one reply done" events for the journal's opt-in
// counters and the break suggestion. A reply counts once, with the hints of its last check,
// when it ends: the reply box is emptied (ticketing tools clear it after sending), goes away,
// or the agent leaves the page. While it is written, the reply as it would be counted is
// reported as progress, so the background can count it when the page goes away without saying
// so (Firefox cuts off work done while a page unloads; utils/journal/reply-port.ts).
// Only a reply the agent typed into counts (`typed()`, called on
// their own key presses and pastes): a page's script that fills and empties the box, however
// often, counts nothing. Nothing of the text is kept or sent, only counts and whether
// the customer's message was tense.
import type { CheckInput, CheckResult, Lang } from '../../rules/engine/types';
import type { CategoryCounts } from './counters';

/** The fewest key presses or pastes that make a reply (a paste counts as one). */
const MIN_TYPED = 3;

/** The rule that notices a frustrated or pressed customer (rules/builtin/unacknowledged-emotion.ts). */
const EMOTION_RULE = 'unacknowledged-emotion';
/** A reply that acknowledges nothing: the emotion rule then fires exactly when the customer is tense. */
const NEUTRAL_DRAFT = 'OK.';

/**
 * Whether the customer's message shows frustration, urgency or loss, by the checker's own
 * judgement: the emotion rule run against a reply that acknowledges nothing.
 */
export function isTenseCustomer(
  check: (input: CheckInput) => CheckResult,
  customer: string | undefined,
  lang: Lang,
): boolean {
  if (!customer?.trim()) return false;
  return check({ draft: NEUTRAL_DRAFT, customer, lang }).findings.some(
    (finding) => finding.ruleId === EMOTION_RULE,
  );
}

export function hintsByCategory(result: CheckResult): CategoryCounts {
  const counts: CategoryCounts = {};
  for (const finding of result.findings) {
    counts[finding.category] = (counts[finding.category] ?? 0) + 1;
  }
  return counts;
}

/** A short, stable key for the ticket's address; only compared, so the address is not sent. */
export function ticketKey(address: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < address.length; i += 1) {
    hash ^= address.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export interface ReplyDone {
  hints: CategoryCounts;
  ticket: string;
  tense: boolean;
}

export interface ReplyTallyDeps {
  check(input: CheckInput): CheckResult;
  /** The page's address now (the ticket); hashed before it leaves the tally. */
  address(): string;
  /** A reply ended: count it. */
  send(reply: ReplyDone): void;
  /** The reply in progress changed: what `send` would get if it ended now. */
  progress?(reply: ReplyDone): void;
}

export interface ReplyTally {
  /** After every check: the draft, the customer's message and the result (none when empty). */
  observe(draft: string, customer: string | undefined, result: CheckResult | undefined): void;
  /** The reply box went away or the page is closing: a reply in progress is done. */
  end(): void;
  /** The agent pressed a key or pasted in the reply box (a trusted event). */
  typed(how: 'key' | 'paste'): void;
}

export function createReplyTally(deps: ReplyTallyDeps): ReplyTally {
  let pending: ReplyDone | null = null;
  /** The agent's key presses and pastes since the last reply ended. */
  let typed = 0;
  // The customer's message rarely changes while the agent types: judge it once, not per key.
  let judged: { customer: string | undefined; lang: Lang; tense: boolean } | null = null;
  const tense = (customer: string | undefined, lang: Lang): boolean => {
    if (judged === null || judged.customer !== customer || judged.lang !== lang) {
      judged = { customer, lang, tense: isTenseCustomer(deps.check, customer, lang) };
    }
    return judged.tense;
  };
  /** The last progress reported, so an unchanged reply is not reported again on every key. */
  let reported = '';
  const end = () => {
    typed = 0;
    reported = '';
    // An emptied box ends the reply, typed or not: the next one starts from nothing.
    if (!pending) return;
    const reply = pending;
    pending = null;
    deps.send(reply);
  };
  return {
    observe(draft, customer, result) {
      if (!draft.trim() || !result) {
        end();
        return;
      }
      // A reply is more than a key or two: a page that empties the box after every key the
      // agent presses must not turn each key into a counted reply.
      if (typed < MIN_TYPED) return;
      pending = {
        hints: hintsByCategory(result),
        ticket: ticketKey(deps.address()),
        tense: tense(customer, result.lang),
      };
      const now = JSON.stringify(pending);
      if (now !== reported) {
        reported = now;
        deps.progress?.(pending);
      }
    },
    end,
    typed(how) {
      // A pasted reply (a canned response) is a whole reply at once.
      typed = how === 'paste' ? Math.max(typed + 1, MIN_TYPED) : typed + 1;
    },
  };
}
