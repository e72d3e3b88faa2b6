/*
 * Mark on a Bosnian page the words the search matched, also when they were found through folding
 * (drustveni -> društveni), stemming (medija -> mediji) or Cyrillic (медији -> mediji).
 *
 * A search result links to its page with the query words in `?h=`, and Material marks on the page
 * the words that begin with those letters, so it would miss all three. This script runs before
 * Material's (overrides/main.html) and replaces `h` with the words of this page that the search
 * matched, as they are written here, read with search-language.js; Material then marks them.
 */
(function () {
  "use strict";
  var search = window.ProjectSearch;
  var language = search && search.pageLanguages[document.documentElement.lang];
  var content = document.querySelector("[data-md-component=content]");
  var url = new URL(location.href);
  var query = url.searchParams.get("h");
  if (!language || !content || !query) return;

  var text = [];
  var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (var node = walker.nextNode(); node; node = walker.nextNode()) text.push(node.nodeValue);
  var words = search.matchingWords(text.join(" "), query, language);
  if (!words.length) return;

  url.searchParams.set("h", words.join(" "));
  history.replaceState(history.state, "", url.toString());
})();
