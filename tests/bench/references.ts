// The reference linters the issue names, behind one shape so the runner can interleave them
// with Klartext. All three are English-only; they run offline (harper.js loads its bundled
// WASM from node_modules).
import { text as alexText } from 'alex';
import { Dialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import writeGood from 'write-good';
import type { Lang } from '../../rules/index';

export interface Tool {
  name: string;
  /** Languages the tool was built for; other languages are run but labelled. */
  langs: readonly Lang[];
  /** Number of findings, so the report can show what the time bought. */
  run(text: string): number | Promise<number>;
}

const writeGoodTool: Tool = {
  name: 'write-good',
  langs: ['en'],
  run: (text) => writeGood(text).length,
};

// alex 11 is ESM with a synchronous API; text() is its plain-text entry (markdown() would
// also parse Markdown syntax, which support drafts do not use).
const alexTool: Tool = {
  name: 'alex',
  langs: ['en'],
  run: (text) => alexText(text).messages.length,
};

/** harper.js compiles its WASM module once (seconds); that setup is reported, not timed per check. */
async function harperTool(): Promise<{ tool: Tool; setupMs: number }> {
  const t0 = performance.now();
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  const setupMs = performance.now() - t0;
  return {
    tool: {
      name: 'harper.js',
      langs: ['en'],
      run: async (text) => (await linter.lint(text, { language: 'plaintext' })).length,
    },
    setupMs,
  };
}

export interface References {
  tools: Tool[];
  /** One-time setup per reference, ms (only harper.js has one worth naming). */
  setupMs: Record<string, number>;
  /** References that could not be loaded, with the reason: reported, never fatal. */
  unavailable: Record<string, string>;
}

export async function loadReferences(): Promise<References> {
  const refs: References = { tools: [writeGoodTool, alexTool], setupMs: {}, unavailable: {} };
  try {
    const harper = await harperTool();
    refs.tools.push(harper.tool);
    refs.setupMs[harper.tool.name] = harper.setupMs;
  } catch (error) {
    refs.unavailable['harper.js'] = error instanceof Error ? error.message : String(error);
  }
  return refs;
}
