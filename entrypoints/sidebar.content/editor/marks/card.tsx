// The card of one mark: opened by pointing at the mark or by moving the caret into it, placed
// at the mark's last line box, closed by Escape, by the pointer leaving mark and card for a
// moment, or by using one of its actions (which also keeps it from coming straight back).
import { MarkCard } from '@/components/MarkCard';
import type { FindingActions } from '@/components/packs/FindingActions';
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { Box } from './geometry';
import type { Overlay } from './overlay';
import type { MarksDeps } from './deps';
import type { Card, MarksState } from './state';

/** How long the pointer may be off a mark and its card before the card goes. */
const HIDE_AFTER_MS = 300;

export interface CardParts {
  state: MarksState;
  deps: MarksDeps;
  /** The overlay if there is one yet, and the overlay made on demand. */
  overlay(): Overlay | undefined;
  getOverlay(): Overlay;
  rects(): Box[][];
  /** Paints the marks again (an open card is shown active) and then the card. */
  render(): void;
}

export interface CardControl {
  /** Opens, moves or (undefined) closes the card; a change repaints. */
  set(next: Card | undefined): void;
  /** Closes a pointer's card after HIDE_AFTER_MS unless the pointer comes back. */
  hideSoon(): void;
  cancelHide(): void;
  /** Shows the card of `state.card`, or none. */
  render(): void;
}

export function createCard(parts: CardParts): CardControl {
  const { state, deps } = parts;
  let hideTimer = 0;

  function set(next: Card | undefined) {
    window.clearTimeout(hideTimer);
    if (next?.index === state.card?.index && next?.by === state.card?.by) return;
    state.card = next;
    parts.render();
  }

  function hideSoon() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (!deps.signal.aborted && state.card?.by === 'pointer') set(undefined);
    }, HIDE_AFTER_MS);
  }

  /** The card's adjustments close it first: its finding goes away (or stays, if the agent undoes). */
  function closingFirst(actions: FindingActions): FindingActions {
    const close = (act: (finding: FindingView) => void) => (finding: FindingView) => {
      state.dismissed = finding.key;
      set(undefined);
      act(finding);
    };
    return {
      onIgnoreOnce: close(actions.onIgnoreOnce),
      onDisableRule: close(actions.onDisableRule),
      onAllow: close(actions.onAllow),
    };
  }

  function render() {
    const { card, painted } = state;
    if (!card || !painted) {
      parts.overlay()?.showCard(null);
      return;
    }
    const span = state.spans[card.index];
    const boxes = parts.rects()[card.index] ?? [];
    if (!span || boxes.length === 0) {
      parts.overlay()?.showCard(null);
      return;
    }
    const t = deps.uiText.translator(painted.uiLang);
    if (!t) {
      // Its words are on their way; the card shows once they are here.
      void deps.uiText.ensure(painted.uiLang).then(render, () => undefined);
      parts.overlay()?.showCard(null);
      return;
    }
    const anchor = boxes[boxes.length - 1]!;
    parts.getOverlay().showCard(
      <MarkCard
        t={t}
        lang={painted.uiLang}
        finding={span.finding}
        byCaret={card.by === 'caret'}
        onApply={(finding, suggestion) => {
          set(undefined);
          deps.apply(finding, suggestion);
        }}
        actions={deps.findingActions && closingFirst(deps.findingActions)}
        onClose={() => {
          state.dismissed = span.finding.key;
          set(undefined);
        }}
        onPointerEnter={() => window.clearTimeout(hideTimer)}
        onPointerLeave={() => hideSoon()}
      />,
      anchor,
    );
  }

  return { set, hideSoon, cancelHide: () => window.clearTimeout(hideTimer), render };
}
