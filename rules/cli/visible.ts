// Text from packs, drafts and file names ends up in a terminal. A raw ESC or CSI (0x9b) there
// can clear the screen, retitle the window or rewrite earlier lines, and bidi controls make a
// line read differently from what it says, so a CI log would no longer show what a pack does.
// Such characters are printed as escapes (\x1b, \u202e) instead: seen, never obeyed.

/** C0 controls (newline and tab too: a finding is one line), DEL, C1, bidi embeddings/isolates. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw of the above: it escapes C0 itself. */
const JSON_RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

/** `text` with every control character shown as an escape, for text output. */
export function visible(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/**
 * JSON text with the C1 and bidi controls JSON.stringify keeps raw written as \u escapes. They
 * can only be inside strings, so the JSON means exactly the same.
 */
export function visibleJson(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}
