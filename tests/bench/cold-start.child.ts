// One cold start, in a process of its own (see cold-start.ts): the first compile of the rule
// set, then the first and second check of a 3,000-character draft. Prints one JSON line.
// The draft comes as a small JSON file from the parent, so this process does nothing a freshly
// injected content script would not (loading and checking the whole corpus here left garbage
// that the collector then cleared inside the timed checks).
import { readFileSync } from 'node:fs';
import { check, compileRules } from '../../rules/index';

const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  draft: string;
  customer: string;
};

let t = performance.now();
compileRules();
const compileMs = performance.now() - t;
t = performance.now();
check(input);
const firstCheckMs = performance.now() - t;
t = performance.now();
check(input);
const secondCheckMs = performance.now() - t;

console.log(JSON.stringify({ compileMs, firstCheckMs, secondCheckMs }));
