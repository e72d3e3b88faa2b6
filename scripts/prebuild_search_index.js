// Build each language's search index ahead, for the offline copy (run by hooks/search_per_language.py).
//
//   node scripts/prebuild_search_index.js <site folder>
//
// Read from disk, the search runs in the iframe shim on the page's own thread: building the index
// there holds the page up for seconds on a phone. So the offline build builds it here, in Node, with
// the very files the browser would use: the site's copy of Material's search worker and the
// project's language extension (assets/javascripts/lunr/min/lunr.<language>.min.js), given the same
// setup message the page sends. What the worker built is written beside each index as
// search/search_index.prebuilt.js; the worker loads it with the index (workers/search-start.js) and
// the extension uses it if it was built from exactly these pages, else builds as usual.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

function fail(message) {
  process.stderr.write(`scripts/prebuild_search_index.js: ${message}\n`);
  process.exit(1);
}

/** Material's search worker, run in a fresh context whose importScripts reads the site's files. */
function materialWorker(site) {
  const workers = path.join(site, "assets", "javascripts", "workers");
  const file = fs.existsSync(workers) && fs.readdirSync(workers).find((name) => /^search\.[0-9a-f]+\.min\.js$/.test(name));
  if (!file) fail(`no Material search worker in ${workers}`);
  const context = { console, setTimeout, clearTimeout, URL, TextEncoder, TextDecoder, structuredClone };
  context.self = context;
  const listeners = [];
  const answers = [];
  context.addEventListener = (type, listener) => { if (type === "message") listeners.push(listener); };
  context.postMessage = (message) => answers.push(message);
  context.importScripts = (...addresses) => {
    for (const address of addresses) {
      // Material asks for ../lunr/min/<file> relative to its worker
      const target = path.resolve(workers, address);
      if (!target.startsWith(path.resolve(site) + path.sep) || !fs.existsSync(target)) fail(`the worker asked for ${address}, not in the site`);
      vm.runInContext(fs.readFileSync(target, "utf8"), context, { filename: target });
    }
  };
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(workers, file), "utf8"), context, { filename: file });
  return { context, listeners, answers };
}

async function prebuild(site, indexFile) {
  const index = JSON.parse(fs.readFileSync(indexFile, "utf8"));
  const worker = materialWorker(site);
  // The message the page sends (Material's setupSearchWorker; suggestions are on in mkdocs.yml).
  const setup = { type: 0, data: { config: index.config, docs: index.docs, options: { suggest: true } } };
  for (const listener of worker.listeners) await listener({ data: setup });
  const ready = worker.answers.pop();
  const built = worker.context.ProjectSearch && worker.context.ProjectSearch.lastIndex;
  if (!ready || ready.type !== 1 || !built || !built.prebuilt) {
    fail(`${indexFile}: the worker did not build the index with the project's language extension`);
  }
  const data = JSON.stringify(built.prebuilt());
  const target = indexFile.replace(/\.json$/, ".prebuilt.js");
  // A string for JSON.parse: browsers read that faster than the same data as a script's object.
  fs.writeFileSync(target, `var __searchPrebuilt = JSON.parse(${JSON.stringify(data)});\n`);
  return [target, data.length];
}

async function main() {
  const site = process.argv[2];
  if (!site || !fs.existsSync(site)) fail("give the built site's folder");
  const indexes = [];
  (function walk(folder) {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "search_index.json" && path.basename(folder) === "search") indexes.push(full);
    }
  })(site);
  if (!indexes.length) fail(`no search/search_index.json in ${site}`);
  for (const indexFile of indexes) {
    const [target, size] = await prebuild(site, indexFile);
    process.stdout.write(`${path.relative(site, target)}: ${(size / 1024).toFixed(0)} KB\n`);
  }
}

if (require.main === module) {
  main().catch((error) => fail(error.stack || String(error)));
} else {
  module.exports = { materialWorker }; // for tests/search/prebuilt-index.test.js
}
