// What the marks of one reply box are at a moment, shared by the parts that paint them
// (index.tsx), lay them out (layout.ts), show a card (card.tsx) and follow the agent's caret,
// pointer and keys (input.ts). One plain object, so each part reads what the others changed.
import type { SidebarState } from '@/utils/sidebar/model';
import type { ReplyBox } from '../reply-box';
import type { Box } from './geometry';
import type { MarkSpan } from './spans';

/** The check whose marks are on screen, to tell when a new one needs painting. */
export interface Painted {
  box: ReplyBox;
  draft: string;
  result: SidebarState['result'];
  uiLang: SidebarState['uiLang'];
}

/** The open card: which span's, and whether the pointer or the caret opened it. */
export interface Card {
  index: number;
  by: 'pointer' | 'caret';
}

/** Every finding's span, when only those on screen are marked (see MARKS_LIMIT). */
export interface Candidates {
  all: MarkSpan[];
  from: number;
  to: number;
}

export interface MarksState {
  painted: Painted | undefined;
  spans: MarkSpan[];
  /** Set when `spans` holds only the spans on screen; undefined when it holds them all. */
  candidates: Candidates | undefined;
  /** Live ranges of the spans (contenteditable boxes only). */
  ranges: Range[] | undefined;
  /** Painted as CSS Custom Highlights rather than in the overlay. */
  useHighlights: boolean;
  /** Each span's line boxes in the top viewport; undefined when it needs measuring again. */
  rects: Box[][] | undefined;
  card: Card | undefined;
  /** The finding whose card the agent closed with Escape, until the caret leaves it. */
  dismissed: string | undefined;
  /** The finding the caret was in when last looked at (its card shows when that changes). */
  caretKey: string | undefined;
}

export function emptyMarksState(): MarksState {
  return {
    painted: undefined,
    spans: [],
    candidates: undefined,
    ranges: undefined,
    useHighlights: false,
    rects: undefined,
    card: undefined,
    dismissed: undefined,
    caretKey: undefined,
  };
}
