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

/** Stops every untrusted event of GUARDED_EVENTS before it reaches anything inside `root`. */
export function guardUntrustedEvents(root: EventTarget, signal: AbortSignal): void {
  const refuse = (event: Event) => {
    if (isUserEvent(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
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
  return key.length === 1 || key === 'Backspace' || key === 'Delete' || key === 'Enter';
}
