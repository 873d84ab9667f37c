// The generic fallback's reading of a composer it has no adapter for: is it writing an internal
// note rather than a reply to the customer? Only what the agent can see says so (a
// placeholder, a label, the active tab or pressed button next to it), never a tool's selectors;
// Klartext checks notes only when the agent asked it to, so a note read as a reply costs a few
// hints, and a reply read as a note costs the check.

/** Words of a composer's visible mode that make it an internal note. */
const NOTE_MODE =
  /(^|[^\p{L}])(internal|intern|interne|internen|note|notes|notiz|notizen|kommentar|kommentare|private|privat|private note)($|[^\p{L}])/iu;
/** Longer texts are sentences around the composer, not a mode's label. */
const MAX_LABEL = 40;
/** Elements near a composer that say which mode it is in. */
const MODE_MARKERS =
  'label, legend, [role="tab"][aria-selected="true"], [aria-selected="true"], [aria-pressed="true"], [aria-current]:not([aria-current="false"]), .active, .selected, .is-active, .is-selected, [data-state="active"]';

const saysNote = (text: string | null | undefined) => {
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  return !!trimmed && trimmed.length <= MAX_LABEL && NOTE_MODE.test(trimmed);
};

/**
 * Whether the composer's visible mode says internal note: its placeholder, aria-label or title,
 * its labels, or, in the few blocks around it (up to one holding another editor), a label,
 * an active tab or pressed button, a checked radio button's label or a select's chosen option.
 */
export function inNoteMode(
  box: HTMLElement,
  editors: readonly HTMLElement[],
  frameOf: (doc: Document) => HTMLElement | undefined = () => undefined,
): boolean {
  const doc = box.ownerDocument;
  const frame = frameOf(doc) ?? (doc.defaultView?.frameElement as HTMLElement | null | undefined);
  const element = box === doc.body && frame ? frame : box;
  const own: (string | null | undefined)[] = [
    element.getAttribute('placeholder'),
    element.getAttribute('aria-label'),
    element.getAttribute('title'),
    element.getAttribute('data-placeholder'),
    box.getAttribute('aria-label'),
    box.getAttribute('placeholder'),
  ];
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/))
      own.push(element.ownerDocument.getElementById(id)?.textContent);
  }
  if (element.id) {
    for (const label of element.ownerDocument.querySelectorAll(
      `label[for="${CSS.escape(element.id)}"]`,
    )) {
      own.push(label.textContent);
    }
  }
  own.push(element.closest('label')?.textContent);
  if (own.some(saysNote)) return true;
  const others = editors
    .filter((other) => other !== box)
    .map((other) => (other === other.ownerDocument.body && frameOf(other.ownerDocument)) || other)
    .filter((other) => other !== element);
  let scope: HTMLElement | null = element.parentElement;
  for (let level = 0; scope && level < 4 && scope !== scope.ownerDocument.body; level++) {
    const holdsOther = others.some((other) => other !== scope && scope!.contains(other));
    if (holdsOther) break;
    for (const marker of scope.querySelectorAll<HTMLElement>(MODE_MARKERS)) {
      if (marker.contains(element)) continue;
      if (saysNote(marker.textContent) || saysNote(marker.getAttribute('aria-label'))) return true;
    }
    for (const radio of scope.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
      const label = radio.labels?.[0]?.textContent ?? radio.closest('label')?.textContent;
      if (saysNote(label)) return true;
    }
    for (const select of scope.querySelectorAll('select')) {
      if (saysNote(select.selectedOptions[0]?.textContent)) return true;
    }
    scope = scope.parentElement;
  }
  return false;
}
