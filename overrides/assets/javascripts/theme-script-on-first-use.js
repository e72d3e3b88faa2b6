/*
 * Load Material's script when the reader first uses the page (see hooks/theme_script_on_first_use.py,
 * which puts this file where Material's script tag was and names the files in its attributes), and
 * get the search ready before Material's script would (see "The search, ready sooner" below).
 */
(function (loader) {
  "use strict";
  var signs = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "wheel"];
  var fromSearchResult = /[?&]h=/.test(location.search); // words to highlight
  var searchInAddress = /[?&]q=/.test(location.search); // a link that opens the search with a query
  var toggle = document.getElementById("__search");
  var input = document.querySelector(".md-search__input");

  // Until Material's script runs, its keys work as they will with it: Enter presses a focused button
  // of the header (a <label>, such as the menu's), and f, s or / open the search with the cursor in
  // the box, so that what the reader types goes there while the script is on its way. The search
  // button, too, puts the cursor in the box.
  function typingIn(target) {
    return target.closest && target.closest("input:not([type=radio]), textarea, select, [contenteditable]");
  }
  function earlyKeys(event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Enter" && target instanceof HTMLLabelElement) {
      event.preventDefault();
      target.click();
    } else if (toggle && ["f", "s", "/"].indexOf(event.key) >= 0 && !typingIn(target)) {
      event.preventDefault();
      toggle.checked = true;
      input.focus(); // starts the search (below)
    }
  }
  window.addEventListener("keydown", earlyKeys, true);
  if (toggle && input) {
    toggle.addEventListener("change", function () { if (toggle.checked) input.focus(); });
  }

  // The colour scheme, as Material's script sets it when it starts: the reader's saved choice, else
  // the one their system prefers; the switch to the other scheme shows and works, and a choice made
  // now is saved where Material's script will find it.
  var schemes = [].slice.call(document.querySelectorAll("[data-md-component=palette] .md-option"));
  function useScheme(option) {
    var color = {};
    ["media", "scheme", "primary", "accent"].forEach(function (part) {
      color[part] = option.getAttribute("data-md-color-" + part);
      if (part !== "media") document.body.setAttribute("data-md-color-" + part, color[part]);
    });
    schemes.forEach(function (other) { other.nextElementSibling.hidden = other !== option; });
    return { index: schemes.indexOf(option), color: color };
  }
  var saved = window.__md_get && __md_get("__palette");
  var preferred = saved && schemes[saved.index] || schemes.filter(function (option) {
    return matchMedia(option.getAttribute("data-md-color-media")).matches;
  })[0] || schemes[0];
  if (preferred) {
    preferred.checked = true;
    useScheme(preferred);
    schemes.forEach(function (option) {
      option.addEventListener("change", function () { __md_set("__palette", useScheme(option)); });
    });
  }

  /* --- The search, ready sooner ------------------------------------------------------------
   * Material starts its search worker, hands it the index and has it build the index only once its
   * own script has arrived and run: on a phone, seconds after the reader opened the search. So the
   * page starts the worker itself (workers/search-start.js, which runs Material's worker code) and
   * tells it where the index is; Material's script, patched by hooks/lazy_search.py, takes this
   * worker (window.__searchWorker) and the index's settings (window.__searchIndex) from here.
   * - Online, once the page has loaded and the browser is idle, the worker fetches the index with
   *   low priority and builds it on its own thread, and Material's script is fetched into the cache:
   *   a reader who then opens the search only waits for Material's script to start. Not when the
   *   reader asks to save data or is on a 2G connection: then the index waits until the search opens.
   * - From disk nothing needs fetching, and the worker runs on the page's thread (the iframe shim):
   *   it starts when the search opens, with the index built ahead (hooks/search_per_language.py). */
  var configScript = document.getElementById("__config");
  var config = configScript ? JSON.parse(configScript.textContent) : {};
  var fromDisk = location.protocol === "file:";
  var connection = navigator.connection || {};
  var savingData = Boolean(connection.saveData) || /2g$/.test(connection.effectiveType || "");
  var worker = null;
  var searchStarted = false;

  function address(relative, base) { return new URL(relative, base || location.href).href; }
  function searchFile(name) { return address("search/" + name, address(config.base)); }
  function indexAddress() { return searchFile(fromDisk ? "search_index.js" : "search_index.json"); }
  // Written relative, like Material's own worker address: from disk, the iframe shim writes it into
  // its frame, whose script the page's Content-Security-Policy knows by its hash.
  function startAddress() { return config.search.replace(/[^/]*$/, "search-start.js"); }

  /** The page's search worker, for this loader and for Material: it starts with the first message
   * either sends (Material creates its worker as soon as it runs, long before it needs it). */
  var indexRead = null; // the worker's word on the index: a promise of its settings, or of nothing
  function searchWorker() {
    if (!worker) {
      var events = new EventTarget();
      var running = null;
      worker = {
        addEventListener: events.addEventListener.bind(events),
        removeEventListener: events.removeEventListener.bind(events),
        dispatchEvent: events.dispatchEvent.bind(events),
        terminate: function () { if (running) running.terminate(); },
        postMessage: function (message) {
          if (!running) {
            running = new Worker(startAddress());
            running.addEventListener("message", function (event) {
              events.dispatchEvent(new MessageEvent("message", { data: event.data }));
            });
            running.postMessage({ type: "start", worker: address(config.search) });
          }
          running.postMessage(message);
        }
      };
      worker.addEventListener("message", showNote);
      indexRead = new Promise(function (resolve) {
        worker.addEventListener("message", function answer(event) {
          var type = event.data && event.data.type;
          if (type !== "index-read" && type !== "index-failed") return;
          worker.removeEventListener("message", answer);
          resolve(type === "index-read" ? event.data.config : null);
        });
      });
    }
    return worker;
  }
  window.__searchWorker = searchWorker;

  /** The language scripts Material's worker code imports for this page's index (its
   * setupSearchLanguages); hooks/search_per_language.py names the index's language in __config. */
  function languageScripts() {
    var language = config.search_language;
    if (!language || language === "en") return [];
    return ["stemmer.support", language].map(function (name) {
      return address("../lunr/min/lunr." + name + ".min.js", address(config.search));
    });
  }

  /** "Showing results for ..." under Material's count of results, when the search forgave a typing
   * mistake (search-language.js writes it into the results); gone with the next results. */
  function showNote(event) {
    var message = event.data;
    var meta = document.querySelector(".md-search-result__meta");
    if (!message || message.type !== 3 || !meta) return; // 3: Material's results
    var note = meta.parentNode.querySelector(".md-search-result__note");
    if (!note && message.data.note) {
      note = document.createElement("p");
      note.className = "md-search-result__note";
      note.setAttribute("role", "status");
      meta.parentNode.insertBefore(note, meta.nextSibling);
    }
    if (note) {
      note.textContent = message.data.note || "";
      note.hidden = !message.data.note;
    }
  }

  /** Hand the worker the index's address: it reads the index and builds it (or loads it built). */
  function startSearch(background) {
    if (searchStarted || !config.search || !toggle) return;
    searchStarted = true;
    searchWorker().postMessage({
      type: "index",
      index: indexAddress(),
      prebuilt: fromDisk ? searchFile("search_index.prebuilt.js") : null,
      scripts: languageScripts(),
      priority: background ? "low" : "auto",
      options: { suggest: (config.features || []).indexOf("search.suggest") >= 0 }
    });
  }

  /** The index as Material's search asks for it: its settings without its pages, which the worker
   * has; if the worker could not read it, the whole index, read here as Material would. */
  var indexForMaterial = null;
  function readIndexHere() {
    if (!fromDisk) {
      return fetch(indexAddress(), { credentials: "same-origin" }).then(function (response) { return response.json(); });
    }
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = indexAddress();
      script.onload = function () { resolve(window.__index); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  window.__searchIndex = function () {
    if (!indexForMaterial) {
      searchWorker();
      startSearch();
      indexForMaterial = indexRead.then(function (settings) {
        return settings ? { config: settings, docs: [] } : readIndexHere();
      });
    }
    return indexForMaterial;
  };

  function searchInBackground() {
    if (searchStarted || !config.search || !toggle) return;
    startSearch(true);
    fetch(loader.dataset.themeScript, { credentials: "same-origin", priority: "low" })
      .then(function (response) { return response.blob(); })
      .catch(function () { /* fetched again when needed */ });
  }

  if (!fromDisk && !savingData) {
    window.addEventListener("load", function () { setTimeout(searchInBackground, 0); }, { once: true });
  }
  if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) startSearch(); });
  if (input) input.addEventListener("focus", function () { startSearch(); });

  function start() {
    signs.forEach(function (sign) { window.removeEventListener(sign, start, true); });
    var files = fromSearchResult ? loader.dataset.highlightScripts.split(" ").filter(Boolean) : [];
    files.push(loader.dataset.themeScript);
    files.forEach(function (file, index) {
      var script = document.createElement("script");
      script.src = file;
      script.async = false; // in this order: the highlighting rewrites `?h=` before Material reads it
      if (index === files.length - 1) script.onload = startMaterial;
      document.body.appendChild(script);
    });
  }

  function startMaterial() {
    window.removeEventListener("keydown", earlyKeys, true); // Material's own keys take over
    // Material sets up the rest of the page (contents, menus, header) on DOMContentLoaded, which the
    // page has usually had by now: its listener runs once, so a second event (when the script came
    // first) does nothing. Its search is set up as soon as its script runs. A reader who is already
    // searching gets the answers first (on a phone that work takes half a second or more): the rest
    // waits until results are shown and the reader has stopped typing for a moment, or the search
    // closes, and at most four seconds.
    var pause = null;
    function mountTheRest() {
      if (!mountTheRest.done) document.dispatchEvent(new Event("DOMContentLoaded"));
      mountTheRest.done = true;
    }
    function later() {
      clearTimeout(pause);
      pause = setTimeout(mountTheRest, 400);
    }
    if (!toggle || !toggle.checked || !worker) return mountTheRest();
    worker.addEventListener("message", function (event) {
      if (event.data && event.data.type === 3) later(); // 3: Material's results
    });
    input.addEventListener("input", function () { if (pause) later(); });
    toggle.addEventListener("change", mountTheRest, { once: true });
    setTimeout(mountTheRest, 4000);
  }

  if (fromSearchResult || searchInAddress) start();
  if (searchInAddress) startSearch();
  else signs.forEach(function (sign) { window.addEventListener(sign, start, { capture: true, passive: true }); });
})(document.currentScript);
