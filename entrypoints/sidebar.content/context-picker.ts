// On pages the generic fallback knows no thread of, the agent points at the customer's message
// with one click: a control in the sidebar arms a one-shot picker, the agent's next click on the
// page picks the message under it (its text becomes the context of the empathy checks), Esc
// cancels. Only the agent's own input counts: the page's scripts can neither arm the picker
// (the sidebar's controls take trusted events only, trusted-events.ts) nor pick with a made-up
// click or key. The page's DOM is left alone: while armed, the block under the pointer is
// outlined by an overlay drawn inside Klartext's own shadow root (the rectangle in `store`).
import { createStore, type Store } from '@/utils/store';
import { messageText } from './hosts/dom';
import { isUserEvent } from './trusted-events';

export interface Outline {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ContextPickerState {
  /** The fallback found no customer message and the agent has pointed at none. */
  missing: boolean;
  /** Armed: the next click on the page picks the message. */
  picking: boolean;
  /** The block under the pointer while armed (viewport coordinates). */
  outline: Outline | undefined;
}

export interface ContextPicker {
  readonly store: Store<ContextPickerState>;
  /** The text the agent pointed at, while the page shows the same address. */
  text(): string | undefined;
  /** Arms the picker; only for the agent's own click or key (`event`). */
  arm(event: Event): void;
  cancel(): void;
  /** Whether the empathy check has no context now (told after each check). */
  setMissing(missing: boolean): void;
}

export interface ContextPickerDeps {
  /** Klartext's own elements on the page (the sidebar's host): a click there is no pick. */
  isOwn(node: EventTarget): boolean;
  /** The agent picked a message: check again with it. */
  onPicked(): void;
  signal: AbortSignal;
  win?: Window;
}

/** A message has at least this much text; a click on a shorter part (a word) takes its block. */
const MIN_TEXT = 20;
const EDITORS = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/** The block the agent means by clicking `target`: it, or the nearest ancestor with enough text. */
export function messageBlockAt(target: Element): HTMLElement | undefined {
  let element: Element | null = target;
  const body = target.ownerDocument.body;
  while (
    element &&
    element !== body &&
    (element.textContent ?? '').replace(/\s+/g, ' ').trim().length < MIN_TEXT
  ) {
    element = element.parentElement;
  }
  if (!element || element === body) return undefined;
  // A click into the reply box or around it is no message.
  if (element.closest(EDITORS) || element.querySelector(EDITORS)) return undefined;
  return element as HTMLElement;
}

export function createContextPicker(deps: ContextPickerDeps): ContextPicker {
  const win = deps.win ?? window;
  const store = createStore<ContextPickerState>({
    missing: false,
    picking: false,
    outline: undefined,
  });
  let picked: { text: string; address: string } | undefined;
  let listening: AbortController | undefined;

  const address = () => win.location.href;

  const stop = () => {
    listening?.abort();
    listening = undefined;
    store.set({ picking: false, outline: undefined });
  };

  /** The page element under a real pointer event, unless it is Klartext's own. */
  const targetOf = (event: Event): Element | undefined => {
    const target = event.composedPath()[0];
    if (!target || deps.isOwn(target) || (target as Node).nodeType !== 1) return undefined;
    return target as Element;
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!isUserEvent(event)) return;
    const target = targetOf(event);
    const block = target && messageBlockAt(target);
    if (!block) return store.set({ outline: undefined });
    const { top, left, width, height } = block.getBoundingClientRect();
    const now = store.get().outline;
    if (now?.top !== top || now.left !== left || now.width !== width || now.height !== height) {
      store.set({ outline: { top, left, width, height } });
    }
  };

  /** Presses and releases of the picking click do not reach the page (no link, no button). */
  const swallow = (event: Event) => {
    if (!isUserEvent(event) || !targetOf(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onClick = (event: MouseEvent) => {
    // A script's click picks nothing, and does not end the picking either.
    if (!isUserEvent(event)) return;
    const target = event.composedPath()[0];
    // A click in the sidebar (its own cancel control included) is not a pick.
    if (!target || deps.isOwn(target)) return;
    const element = targetOf(event);
    const block = element && messageBlockAt(element);
    if (!block) {
      // The agent went back to the reply box (or clicked nothing readable): picking ends.
      stop();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const text = messageText(block);
    stop();
    if (!text) return;
    picked = { text, address: address() };
    store.set({ missing: false });
    deps.onPicked();
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (!isUserEvent(event) || event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
  };

  deps.signal.addEventListener('abort', stop, { once: true });

  return {
    store,
    text: () => (picked && picked.address === address() ? picked.text : undefined),
    arm(event) {
      if (!isUserEvent(event) || deps.signal.aborted || listening) return;
      listening = new AbortController();
      const options = { capture: true, signal: AbortSignal.any([listening.signal, deps.signal]) };
      win.addEventListener('pointermove', onPointerMove, { ...options, passive: true });
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
        win.addEventListener(type, swallow, options);
      }
      win.addEventListener('click', onClick, options);
      win.addEventListener('keydown', onKeydown, options);
      store.set({ picking: true });
    },
    cancel: stop,
    setMissing(missing) {
      store.set({ missing });
    },
  };
}
