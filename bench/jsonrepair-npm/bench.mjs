// Times the npm jsonrepair on the inputs that JsonRepairBenchmark wrote to target/benchmarks/json-inputs,
// with the same warm-up and rounds, and prints the same table: a side-by-side comparison.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsonrepair } from 'jsonrepair';

const dir = new URL('../../target/benchmarks/json-inputs/', import.meta.url);
const valid = readFileSync(new URL('valid.json', dir), 'utf8');
const half = readFileSync(new URL('half.json', dir), 'utf8');
const small = readFileSync(new URL('small.jsonl', dir), 'utf8').split('\n').map((line) => JSON.parse(line));
const smallChars = small.reduce((sum, s) => sum + s.length, 0);

function repairOrNull(text) {
  try {
    return jsonrepair(text);
  } catch {
    return null;
  }
}

function time(work) {
  for (let i = 0; i < 3; i++) work();
  const rounds = [];
  for (let i = 0; i < 7; i++) {
    const start = process.hrtime.bigint();
    work();
    rounds.push(Number(process.hrtime.bigint() - start));
  }
  return rounds.sort((a, b) => a - b);
}

function row(name, chars, nanos) {
  const mb = chars / 1e6;
  const rate = (ns) => (mb / (ns / 1e9)).toFixed(0);
  return `| ${name} | ${mb.toFixed(1)} MB | ${rate(nanos[0])} | ${rate(nanos[Math.floor(nanos.length / 2)])} |\n`;
}

let table = '| input | size | best MB/s | median MB/s |\n|---|---|---|---|\n';
table += row('10 MB valid array of records', valid.length, time(() => repairOrNull(valid)));
table += row('the same cut at 50%', half.length, time(() => repairOrNull(half)));
table += row('100,000 documents of ~200 bytes, cut at random', smallChars, time(() => small.forEach(repairOrNull)));
console.log(`npm jsonrepair 3.14.1 on Node.js ${process.version}\n\n${table}`);
writeFileSync(new URL('../json-repair-npm.md', dir), `# npm jsonrepair 3.14.1, Node.js ${process.version}\n\n${table}`);
