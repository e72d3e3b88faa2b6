/*
 * The search worker the page starts (theme-script-on-first-use.js), before Material's script is there.
 *
 * Material runs its search in a Web Worker (from disk, in the hidden frame of the iframe-worker shim)
 * and sends it the whole index from the page once its own script has arrived and run. This file is
 * the worker the page starts instead: it loads Material's worker script into itself, so Material's
 * search runs here unchanged, and it reads the index on its own as soon as the page's loader says
 * where it is (online after the page has loaded, or when the search opens), while the page is still
 * busy with other things. Material's later "setup" message finds the index in place: it gets its
 * "ready" as soon as the index is, and the index is read once, here, not on the page.
 *
 * Messages from the loader: {type: "start", worker: <Material's worker script>} first, then
 * {type: "index", index: <search_index.json, or .js from disk>, prebuilt: <from disk: the index built
 * ahead, search_index.prebuilt.js>, scripts: <the language scripts Material's code will import>,
 * priority: <of the fetches>, options: {...}}. Every other message is
 * Material's, for Material's own code. To the page, besides Material's messages: {type: "index-read",
 * config} once the index is read (the loader gives Material its settings, without its pages), or
 * {type: "index-failed"}; then {type: "index-ready"} once it is built (or loaded). Material's results
 * carry a `note` when the search forgave a typing mistake (search-language.js writes it).
 *
 * The index's settings (config) are left in self.__searchConfig for the language extension, which
 * reads the search synonyms from them (hooks/search_per_language.py puts them there).
 *
 * It lives in the folder of Material's worker: Material's code finds its language scripts (../lunr/)
 * from the address of the first script of the frame, which from disk is this one.
 */
(function (scope) {
  "use strict";
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var post = scope.postMessage;
  var materialLoaded = null; // a promise, once the loader has said where Material's script is
  var materialRunning = false; // Material's script has run and listens to messages
  var heldBack = []; // Material's messages that came before its script
  var setUpBy = null; // "index" (this file) or "material"
  var ready = false;
  var materialAsked = false;
  var ownSetup = false; // this file's setup message is being handed to Material's code
  var readAt = 0;

  function send(message) {
    post.call(scope, message);
  }

  // Material's code answers with the global postMessage: hold its "ready" for the index read here
  // back until Material's page code asks for it (it would not be listening yet).
  scope.postMessage = function (message) {
    if (message && message.type === RESULT && scope.ProjectSearch) {
      // "Showing results for ...", when the search forgave a typing mistake (search-language.js)
      message.data.note = scope.ProjectSearch.takeNote();
    }
    if (message && message.type === READY && setUpBy === "index") {
      ready = true;
      // how long the index took to get ready once read (benchmarks/search_speed.py reports it)
      send({ type: "index-ready", ms: performance.now() - readAt });
      if (!materialAsked) return;
    }
    send(message);
  };

  function load(files) {
    // importScripts returns nothing in a worker and a promise in the iframe shim
    return Promise.resolve(scope.importScripts.apply(scope, files));
  }

  // A worker's importScripts fetches one file after another and waits for each; fetching them
  // first, all at once, into the browser's cache, saves a round trip per file. (From disk, in the
  // iframe shim, there is nothing to fetch.)
  var inFrame = typeof document !== "undefined";
  function warm(files, priority) {
    if (inFrame) return Promise.resolve();
    return Promise.all(files.map(function (file) {
      return fetch(file, { credentials: "same-origin", priority: priority }).then(function (response) {
        return response.blob();
      }).catch(function () { /* importScripts will say what is wrong */ });
    }));
  }

  function readIndex(address, prebuilt, priority) {
    if (/\.js$/.test(address)) {
      // from disk: var __index = ..., and the index built ahead: var __searchPrebuilt = ...
      return load(prebuilt ? [address, prebuilt] : [address]).then(function () { return scope.__index; });
    }
    return fetch(address, { credentials: "same-origin", priority: priority }).then(function (response) {
      return response.ok ? response.json() : Promise.reject(new Error(address + ": " + response.status));
    });
  }

  function handToMaterial(message) {
    scope.dispatchEvent(new MessageEvent("message", { data: message }));
  }

  function setUpFromIndex(message) {
    if (setUpBy) return;
    setUpBy = "index";
    var priority = message.priority || "auto";
    warm(message.scripts || [], priority); // the language scripts Material's code will import
    Promise.all([readIndex(message.index, message.prebuilt, priority), materialLoaded]).then(function (loaded) {
      var index = loaded[0];
      readAt = performance.now();
      // The page needs the index's settings (Material highlights with its word separator), not its
      // pages: Material's setup message will then carry no pages to copy.
      send({ type: "index-read", config: index.config });
      ownSetup = true;
      handToMaterial({ type: SETUP, data: { config: index.config, docs: index.docs, options: message.options } });
      ownSetup = false;
    }).catch(function () {
      setUpBy = null; // Material's setup message, with the index the page read, will do
      send({ type: "index-failed" });
    });
  }

  scope.addEventListener("message", function (event) {
    var message = event.data || {};
    if (message.type === "start" || message.type === "index") {
      event.stopImmediatePropagation();
      if (message.type === "start" && !materialLoaded) {
        // after this turn: an "index" message right behind this one starts its fetch first
        materialLoaded = warm([message.worker], "auto").then(function () { return load([message.worker]); }).then(function () {
          materialRunning = true;
          heldBack.splice(0).forEach(handToMaterial);
        });
      } else if (message.type === "index") {
        setUpFromIndex(message);
      }
      return;
    }
    if (!materialRunning) {
      event.stopImmediatePropagation();
      heldBack.push(message);
      return;
    }
    if (message.type === QUERY && scope.ProjectSearch) scope.ProjectSearch.note = null; // (an empty query asks no index)
    if (message.type === SETUP) {
      // The index's settings, for the project's language extension: its search synonyms
      scope.__searchConfig = message.data && message.data.config;
    }
    if (message.type === SETUP && !ownSetup) {
      if (setUpBy === "index") {
        event.stopImmediatePropagation(); // the index is in place, or on its way
        materialAsked = true;
        if (ready) send({ type: READY });
        return;
      }
      setUpBy = "material";
    }
  });
})(self);
