/*
 * Load Material's script when the reader first uses the page (see hooks/theme_script_on_first_use.py,
 * which puts this file where Material's script tag was and names the files in its attributes).
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
      input.focus();
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
    // Material starts on DOMContentLoaded, which the page has usually had by now. Its listener runs
    // once, so a second event (when the script came first) does nothing.
    document.dispatchEvent(new Event("DOMContentLoaded"));
  }

  if (fromSearchResult || searchInAddress) start();
  else signs.forEach(function (sign) { window.addEventListener(sign, start, { capture: true, passive: true }); });
})(document.currentScript);
