// Only the agent's own input acts. The sidebar and the marks live in open shadow roots (the
// test-tool contract), so the page's scripts can reach every button there and call `.click()`,
// dispatch a key press or a change event. Such events are never `isTrusted`: the browser sets
// that flag only for input that came from the user. A capture listener on the shadow root runs
// before any listener on the controls inside it and stops the untrusted ones there, and cancels
// their default action (a synthetic click would otherwise still toggle or submit).

/** Events a control in Klartext's UI reacts to. */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'reset',
] as const;

/** Whether an event came from the user (keyboard, pointer, text input), not from a script. */
export function isUserEvent(event: Event): boolean {
  return event.isTrusted;
}

/** Below this combined opacity a control counts as hidden from the agent. */
const MIN_OPACITY = 0.9;

/**
 * Whether the agent can see `element` as Klartext drew it: the page can wrap Klartext's element
 * in a transparent container of its own, or style the open shadow root, and lay it over a decoy
 * button so that a real click lands on "Off everywhere". Checks the element and every ancestor
 * up through shadow roots: combined opacity, visibility, filters, blending, clipping, masks.
 */
export function looksIntact(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  let opacity = 1;
  for (let node: Element | null = element; node;) {
    const style = view.getComputedStyle(node);
    opacity *= Number.parseFloat(style.opacity || '1');
    if (
      style.visibility === 'hidden' ||
      (style.filter && style.filter !== 'none') ||
      (style.mixBlendMode && style.mixBlendMode !== 'normal') ||
      (style.clipPath && style.clipPath !== 'none') ||
      (style.maskImage && style.maskImage !== 'none')
    ) {
      return false;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
    if (node?.nodeType !== Node.ELEMENT_NODE) node = null;
  }
  return opacity >= MIN_OPACITY;
}

/** A key press and the click it activates come within this many milliseconds. */
const KEY_TO_CLICK_MS = 1_000;

/**
 * Stops every untrusted event of GUARDED_EVENTS before it reaches anything inside `root`, a
 * real click on a control the page made (nearly) invisible (a click the agent did not mean),
 * and a keyboard click (Enter or Space, `detail` 0) whose key press did not start on that very
 * control: the page can move the focus onto one of Klartext's buttons while the agent presses
 * Enter in the reply box, and the browser would then click it with the agent's own key.
 */
export function guardUntrustedEvents(root: EventTarget, signal: AbortSignal): void {
  let keyDown: { target: EventTarget | null; at: number } | undefined;
  const refuse = (event: Event) => {
    if (!isUserEvent(event)) {
      event.stopImmediatePropagation();
      event.preventDefault();
      return;
    }
    if (event.type === 'keydown') keyDown = { target: event.target, at: performance.now() };
    if (event.type !== 'click') return;
    const hidden = event.target instanceof Element && !looksIntact(event.target);
    const byKeyboard = (event as MouseEvent).detail === 0;
    const ownKey =
      keyDown !== undefined &&
      keyDown.target === event.target &&
      performance.now() - keyDown.at < KEY_TO_CLICK_MS;
    if (hidden || (byKeyboard && !ownKey)) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  };
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(type, refuse, { capture: true, signal });
  }
}

/** Input types only a person can cause: a paste or a drop (no script can paste for the page). */
const PERSON_ONLY_INPUT = new Set([
  'insertFromPaste',
  'insertFromDrop',
  'insertFromPasteAsQuotation',
]);

/**
 * Whether the agent is writing: a real key press that edits (a character, Backspace, Delete,
 * Enter) or a real paste or drop. Not an `input` event alone: `document.execCommand` from the
 * page's script produces trusted-looking input events without any key.
 */
export function isAgentTyping(event: KeyboardEvent | InputEvent): boolean {
  if (!isUserEvent(event)) return false;
  if (event.type === 'beforeinput') return PERSON_ONLY_INPUT.has((event as InputEvent).inputType);
  if (event.type !== 'keydown') return false;
  const key = (event as KeyboardEvent).key;
  if ((event as KeyboardEvent).ctrlKey || (event as KeyboardEvent).metaKey) return false;
  // 'Process': a key that goes to an input method (Japanese, Chinese, some dictation tools).
  return (
    key.length === 1 ||
    key === 'Backspace' ||
    key === 'Delete' ||
    key === 'Enter' ||
    key === 'Process'
  );
}
