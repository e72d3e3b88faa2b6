// The offline copy's index built ahead gives the same answers as the index the browser builds.
// Run by tests/search/test_search_prebuilt.py, which builds the offline copy and passes:
//   SEARCH_SITE     the built offline copy
//   SEARCH_QUERIES  JSON: [[language, query], ...] (scripts/search_queries.yml)
// Material's own search worker from that copy runs three times per language, as a page would run it:
// building the index with lunr's own Builder.add, with the extension's quicker one (what browsers do
// online), and loading search_index.prebuilt.js (what they do from disk). Every query's full answer
// (results, highlighted text, suggestions) must be the same.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const ROOT = path.resolve(__dirname, "..", "..");
const { materialWorker } = require(path.join(ROOT, "scripts", "prebuild_search_index.js"));
const SITE = process.env.SEARCH_SITE;
const QUERIES = JSON.parse(process.env.SEARCH_QUERIES || "[]");
const FOLDERS = { bs: "", en: "en" };
const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;

async function startWorker(language, how) {
  const folder = path.join(SITE, FOLDERS[language], "search");
  const index = JSON.parse(fs.readFileSync(path.join(folder, "search_index.json"), "utf8"));
  const worker = materialWorker(SITE);
  const { context } = worker;
  context.__searchConfig = index.config; // as workers/search-start.js leaves it: the synonyms apply too
  if (how === "prebuilt") {
    vm.runInContext(fs.readFileSync(path.join(folder, "search_index.prebuilt.js"), "utf8"), context);
    assert.ok(context.__searchPrebuilt, "search_index.prebuilt.js sets __searchPrebuilt");
  }
  if (how === "lunr") {
    // lunr's own Builder.add instead of the extension's quicker one
    const importScripts = context.importScripts;
    context.importScripts = (...files) => {
      importScripts(...files);
      const code = index.config.lang[0];
      const plugin = context.lunr[code];
      if (plugin && !plugin.withLunrAdd) {
        const wrapped = function () {
          plugin.call(this);
          const quick = this.add;
          this.add = function (doc, attributes) {
            const pipeline = this.pipeline;
            this.pipeline = { run: pipeline.run.bind(pipeline), _stack: [] }; // not the extension's own
            try { return quick.call(this, doc, attributes); } finally { this.pipeline = pipeline; }
          };
        };
        Object.assign(wrapped, plugin, { withLunrAdd: true });
        context.lunr[code] = wrapped;
      }
    };
  }
  const ask = async (message) => {
    for (const listener of worker.listeners) await listener({ data: message });
    return worker.answers.pop();
  };
  // lunr's Builder.add runs the pipeline once per field of every page; the others never
  let pipelineRuns = 0;
  const run = context.lunr.Pipeline.prototype.run;
  context.lunr.Pipeline.prototype.run = function () { pipelineRuns += 1; return run.apply(this, arguments); };
  const ready = await ask({ type: SETUP, data: { config: index.config, docs: index.docs, options: { suggest: true } } });
  assert.equal(ready.type, READY);
  if (how === "lunr") assert.ok(pipelineRuns >= index.docs.length, `${how}: ${pipelineRuns} pipeline runs`);
  else assert.equal(pipelineRuns, 0, `${how}: the pipeline ran`);
  if (how === "prebuilt") assert.equal(context.__searchPrebuilt, null, "the extension took the index built ahead");
  // as plain data: each worker runs in a context of its own, with its own Object and Array
  return async (query) => JSON.parse(JSON.stringify(await ask({ type: QUERY, data: query })));
}

test("the index built ahead answers every evaluation query as the browser-built one", { skip: !SITE }, async () => {
  for (const language of Object.keys(FOLDERS)) {
    const queries = QUERIES.filter(([lang]) => lang === language).map(([, query]) => query);
    assert.ok(queries.length > 0, `no ${language} queries`);
    const lunrAdd = await startWorker(language, "lunr");
    const quick = await startWorker(language, "quick");
    const prebuilt = await startWorker(language, "prebuilt");
    for (const query of queries) {
      const expected = await lunrAdd(query);
      assert.equal(expected.type, RESULT);
      assert.deepEqual(await quick(query), expected, `${language} "${query}": quick build`);
      assert.deepEqual(await prebuilt(query), expected, `${language} "${query}": built ahead`);
    }
  }
});
