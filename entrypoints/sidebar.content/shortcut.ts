// Alt+Shift+K toggles the sidebar. The manifest command (relayed by the background) is the
// main path; a capture-phase keydown listener in the page is the fallback, for browsers and
// headless runs where the command does not arrive. When both arrive for one key press, the
// gate lets only the first through.

export type ToggleSource = 'command' | 'keydown';

export function isToggleShortcut(event: KeyboardEvent): boolean {
  return (
    event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK'
  );
}

/** A press seen by both paths arrives twice within this many milliseconds. */
const SAME_PRESS_MS = 400;

export function createToggleGate(now: () => number = () => performance.now()) {
  let last: { source: ToggleSource; at: number } | undefined;
  /** Whether a toggle from `source` should act (false for the echo of the same press). */
  return (source: ToggleSource): boolean => {
    const at = now();
    const echo = last !== undefined && last.source !== source && at - last.at < SAME_PRESS_MS;
    if (!echo) last = { source, at };
    return !echo;
  };
}
