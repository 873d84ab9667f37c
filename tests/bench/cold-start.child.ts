// One cold start, in a process of its own (see cold-start.ts): the first compile of the rule
// set, then the first and second check of a 3,000-character draft. Prints one JSON line.
import { check, compileRules } from '../../rules/index';
import { benchDrafts } from './drafts';

const sample = benchDrafts(1).find((d) => d.lang === 'en' && d.bucket === 3000)!;
const input = { draft: sample.draft, customer: sample.customer };

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
