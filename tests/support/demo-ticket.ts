// What the demo ticket (tests/fixtures/demo/demo.js) shows, read from its source for the unit
// tests: the customer's newest message, the customer's and the agent's names per language.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE = readFileSync(
  fileURLToPath(new URL('../fixtures/demo/demo.js', import.meta.url)),
  'utf8',
);

export interface DemoTicket {
  /** The newest customer message, the one the page marks data-klartext-customer. */
  customer: string;
  requester: string;
  agent: string;
}

function unquote(literal: string): string {
  return literal.replace(/\\n/g, '\n').replace(/\\'/g, "'");
}

function ticket(lang: 'en' | 'de'): DemoTicket {
  const from = SOURCE.indexOf(`  ${lang}: {`);
  const part = SOURCE.slice(from);
  const field = (pattern: RegExp) => {
    const found = pattern.exec(part);
    if (!found) throw new Error(`demo.js: no ${pattern} in the ${lang} ticket`);
    return unquote(found[1]!);
  };
  return {
    customer: field(/latest: true,[\s\S]*?body: '((?:[^'\\]|\\.)*)'/),
    requester: field(/\n    requester: '((?:[^'\\]|\\.)*)'/),
    agent: field(/agent: '((?:[^'\\]|\\.)*)'/),
  };
}

export const DEMO_TICKETS = { en: ticket('en'), de: ticket('de') } as const;
