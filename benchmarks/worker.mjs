// A warm benchmark worker for the npm peers (write-good, alex).
//
//   node worker.mjs TOOL NODE_MODULES [WARM_PATH | --once PATH]
//
// Same line protocol as worker.py: prints {"ready": true, "version": ...} once
// the tool is loaded and warmed up, then answers {"op": "batch" | "each" |
// "text" | "quit", "path": ...} requests, one JSON object per line. Only the
// checking is timed; files are read (and cached) before the clock starts.
// Peers see the draft only: they have no notion of a customer message.

import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {pathToFileURL} from 'node:url';

const [name, nodeModules, ...rest] = process.argv.slice(2);

function entry(pkg) {
  const dir = join(nodeModules, pkg);
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const exp = typeof meta.exports === 'string' ? meta.exports : null;
  return {file: join(dir, exp || meta.main || 'index.js'), version: meta.version};
}

async function loadTool(tool) {
  if (tool === 'write-good') {
    const {file, version} = entry('write-good');
    const writeGood = (await import(pathToFileURL(file).href)).default;
    return {version, check: (text) => writeGood(text)};
  }
  if (tool === 'alex') {
    // alex >= 10 is ESM: text(value, config?) -> VFile with .messages
    const {file, version} = entry('alex');
    const alex = await import(pathToFileURL(file).href);
    return {version, check: (text) => alex.text(text).messages};
  }
  throw new Error(`unknown tool ${tool}`);
}

const cache = new Map();
function load(path) {
  if (!cache.has(path)) {
    const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
    cache.set(path, rows.map((l) => JSON.parse(l).draft));
  }
  return cache.get(path);
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

function handle(tool, request) {
  if (request.op === 'batch') {
    if ((request.processes ?? 1) !== 1) {
      throw new TypeError('this tool has no multi-process mode');
    }
    const drafts = load(request.path);
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const results = drafts.map((d) => tool.check(d));
    const elapsed = seconds(start);
    const cpu = process.cpuUsage(cpuStart);
    const findings = results.reduce((n, r) => n + r.length, 0);
    return {
      seconds: elapsed,
      cpu_seconds: (cpu.user + cpu.system) / 1e6,
      items: results.length,
      findings,
      digest: null,
    };
  }
  if (request.op === 'each') {
    const times = load(request.path).map((d) => {
      const start = process.hrtime.bigint();
      tool.check(d);
      return seconds(start);
    });
    return {times};
  }
  if (request.op === 'text') {
    const text = readFileSync(request.path, 'utf8');
    const start = process.hrtime.bigint();
    tool.check(text);
    return {seconds: seconds(start)};
  }
  throw new Error(`unknown op ${request.op}`);
}

const reply = (message) => process.stdout.write(JSON.stringify(message) + '\n');

let tool;
try {
  tool = await loadTool(name);
} catch (err) {
  reply({error: `${err.name}: ${err.message}`, type: err.name});
  process.exit(1);
}

if (rest[0] === '--once') {
  load(rest[1]).forEach((d) => tool.check(d));
  process.exit(0);
}
if (rest[0]) {
  load(rest[0]).slice(0, 100).forEach((d) => tool.check(d));
}
reply({ready: true, version: tool.version});

for await (const line of createInterface({input: process.stdin})) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  if (request.op === 'quit') break;
  try {
    reply(handle(tool, request));
  } catch (err) {
    reply({error: `${err.name}: ${err.message}`, type: err.name});
  }
}
process.exit(0);
