// Loads a saved tool page (tests/fixtures/hosts/<tool>.html) into happy-dom's document the way
// a browser would show it: declarative shadow roots attached (happy-dom loads srcdoc iframes
// itself). Scripts do
// not run here, so `rerender()` does what the page's spa.js does in the browser: it replaces
// every `data-fixture-slot` with fresh elements built from the saved markup.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// happy-dom replaces the global URL, so the path is built without it.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/hosts/');

/** Turns `<template shadowrootmode="open">` into real open shadow roots, nested ones too. */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [
    ...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'),
  ]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export interface LoadedFixture {
  /** Replaces the composer slots with fresh elements, as the app's re-render would. */
  rerender(): void;
}

export function loadFixture(tool: string): LoadedFixture {
  // Stylesheets are left out: happy-dom loads none and complains about each.
  const html = readFileSync(join(FIXTURES, `${tool}.html`), 'utf8').replace(/<link [^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const slotMarkup = [...parsed.querySelectorAll('[data-fixture-slot]')].map(
    (slot) => slot.innerHTML,
  );
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  document.head.innerHTML = parsed.head.innerHTML;
  // The body's own attributes too (Request Tracker tells its pages by the body's id).
  const body = document.body;
  for (const { name } of [...body.attributes]) body.removeAttribute(name);
  for (const { name, value } of [...parsed.body.attributes]) body.setAttribute(name, value);
  document.body.innerHTML = parsed.body.innerHTML;
  attachDeclarativeShadowRoots(document.body);
  return {
    rerender() {
      document.querySelectorAll('[data-fixture-slot]').forEach((slot, index) => {
        const fresh = slot.cloneNode(false) as Element;
        fresh.innerHTML = slotMarkup[index] ?? '';
        slot.replaceWith(fresh);
        attachDeclarativeShadowRoots(fresh);
      });
    },
  };
}
