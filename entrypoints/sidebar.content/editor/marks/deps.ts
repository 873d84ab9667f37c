// What the marks need from the content script: the sidebar's state, the reply box, the cards'
// words and the sidebar's actions. In a file of its own so the parts of the marks can name it
// without importing the module that starts them.
import type { FindingActions } from '@/components/packs/FindingActions';
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { SidebarState } from '@/utils/sidebar/model';
import type { Store } from '@/utils/store';
import type { ReplyBox } from '../reply-box';
import type { UiText } from '../../ui-text';

export interface MarksDeps {
  store: Store<SidebarState>;
  /** The cards' words in the UI language. */
  uiText: UiText;
  /** The reply box being checked. */
  current(): ReplyBox | undefined;
  /** Applies a suggestion the way the sidebar's button does. */
  apply(finding: FindingView, suggestion: string): void;
  /** Ignore once, switch the rule off, allow the words: the sidebar card's actions. */
  findingActions?: FindingActions;
  requestFrame(callback: () => void): void;
  signal: AbortSignal;
}
