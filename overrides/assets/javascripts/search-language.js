/*
 * How the site's search reads words: the project's lunr language extension.
 *
 * One file, three places, so that a word is read the same way everywhere:
 * - in Material's search worker, installed by hooks/search_per_language.py as
 *   assets/javascripts/lunr/min/lunr.bs.min.js and lunr.en-stem.min.js (the names the worker loads
 *   for the `lang` of each language's search index): it registers lunr.bs and lunr["en-stem"];
 * - on Bosnian pages (overrides/main.html), where search-highlight.js uses it to mark on the page
 *   the words the search matched;
 * - in the unit tests (node), as a CommonJS module.
 *
 * What a word goes through, when the index is built and when a query is typed:
 *   trimmer     punctuation at the edges goes (Unicode-aware: lunr's own trimmer eats č ć đ š ž);
 *   normaliser  lower case, Cyrillic to Latin (друштвени -> društveni), accents folded
 *               (č ć -> c, š -> s, ž -> z, đ -> d; in Bosnian also dj -> d, so d, dj and đ meet);
 *   stop words  Bosnian function words (i, u, na, je, se, ...) or lunr's English list;
 *   stemmer     a light Bosnian suffix stripper written for this project, or lunr's English one.
 * A query word is looked for as the beginning of indexed words, by its stem; the index keeps the
 * folded word, and the stem too where it is spelt differently (korisnici -> korisnik), so a word
 * typed halfway still finds its completions and an inflected form finds the others.
 *
 * Material's worker adds `*` to every query word, and lunr skips its search pipeline for words
 * with a wildcard: a query would then never be folded or stemmed. The extension therefore runs
 * each query word through the index's own search pipeline itself, and gives Material the match
 * data under the words as typed, so that "missing word" notes, highlighting and suggestions work.
 *
 * Building the index: each distinct word of the pages goes through these rules once (lunr would
 * run them on every occurrence), with the same index as the outcome. The offline copy's index is
 * built ahead, in Node, by this file inside Material's own worker code
 * (scripts/prebuild_search_index.js); the browser then loads it instead of building it.
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.ProjectSearch = api;
  }
  if (root && root.lunr) {
    api.registerWithLunr(root.lunr);
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /* --- Scripts and letters ------------------------------------------------------------- */

  // Serbian and Macedonian Cyrillic as used in Bosnia and Herzegovina, plus the letters a reader
  // with a Russian or Ukrainian layout might type.
  var CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
    "ѓ": "đ", "ќ": "ć", "ѕ": "dz", "й": "j", "ё": "jo", "э": "e", "ю": "ju", "я": "ja",
    "ы": "y", "щ": "šč", "ъ": "", "ь": "", "є": "je", "і": "i", "ї": "ji", "ґ": "g"
  };
  var LATIN_TO_CYRILLIC = [
    ["dž", "џ"], ["lj", "љ"], ["nj", "њ"],
    ["a", "а"], ["b", "б"], ["c", "ц"], ["č", "ч"], ["ć", "ћ"], ["d", "д"], ["đ", "ђ"],
    ["e", "е"], ["f", "ф"], ["g", "г"], ["h", "х"], ["i", "и"], ["j", "ј"], ["k", "к"],
    ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["r", "р"], ["s", "с"],
    ["š", "ш"], ["t", "т"], ["u", "у"], ["v", "в"], ["z", "з"], ["ž", "ж"]
  ];
  var CYRILLIC = /[\u0400-\u04ff]/;
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  var WORDS = /[^\p{L}\p{N}]+/u;

  function toLatin(text) {
    var lower = text.toLowerCase();
    if (!CYRILLIC.test(lower)) return lower;
    var out = "";
    for (var i = 0; i < lower.length; i++) {
      var letter = lower.charAt(i);
      out += Object.prototype.hasOwnProperty.call(CYRILLIC_TO_LATIN, letter) ? CYRILLIC_TO_LATIN[letter] : letter;
    }
    return out;
  }

  function toCyrillic(text) {
    var lower = text.toLowerCase();
    var out = "";
    for (var i = 0; i < lower.length;) {
      var pair = null;
      for (var p = 0; p < LATIN_TO_CYRILLIC.length && !pair; p++) {
        if (lower.startsWith(LATIN_TO_CYRILLIC[p][0], i)) pair = LATIN_TO_CYRILLIC[p];
      }
      out += pair ? pair[1] : lower.charAt(i);
      i += pair ? pair[0].length : 1;
    }
    return out;
  }

  /** Lower case, Latin script, no accents (đ becomes d). */
  function foldAccents(text) {
    return toLatin(text)
      .replace(/đ/g, "d")
      .replace(/ß/g, "ss")
      .replace(/æ/g, "ae")
      .replace(/[øœ]/g, "o")
      .replace(/ł/g, "l")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
  }

  /** As foldAccents, and `dj` (how many people type đ) becomes d as well. */
  function foldBosnian(text) {
    return foldAccents(text).replace(/dj/g, "d");
  }

  function trim(text) {
    return String(text).replace(EDGES, "");
  }

  /* --- Bosnian stop words (folded) ----------------------------------------------------- */

  // Function words that carry no topic. "bih" is left out on purpose: it is also BiH.
  var BOSNIAN_STOP_WORDS = new Set((
    // conjunctions and particles
    "i a ali ili te pa ni niti nego vec da li ne jer dok ako kad kada kako sto sta gdje " +
    "cak bas zar evo eto samo jos tek vrlo tako takoder sada tada onda ovdje tamo kao npr " +
    // prepositions
    "u na za od do iz s sa o po pri uz bez kod kroz prema nakon prije poslije izmedu medu pod " +
    "nad pred oko protiv radi umjesto osim tokom zbog k ka van " +
    // pronouns
    "ja ti on ona ono mi vi oni one me mene meni mnom tebe tebi se sebe sebi nas nama vas vama " +
    "njih njima ih ga mu joj nju njega njemu njoj im njen njena njeno njegov njegova njegovo " +
    "njihov njihova njihovo moj moja moje tvoj tvoja svoj svoja svoje svoju svog svoga svojih " +
    "svojim svojoj svom nasa nase nasi vasa vase vasi " +
    "koji koja koje koju kojeg kojega kojem kojemu kojim kojima kojih kojoj ko koga kome cemu " +
    "cega cim taj ta to tog toga tom tome toj tu tih tim tima ovaj ova ovo ovog ovoga ovom ovoj " +
    "ovu ovi ove ovih ovim onaj onog onom onoj onu onih onim sav sva sve svi svu svega svemu " +
    "svim svih svima neki neka neko nekog nekom nekih nekim " +
    // forms of biti and htjeti
    "sam si je smo ste su jesam jesi jeste jesmo jesu nisam nisi nije nismo niste nisu bio bila " +
    "bilo bili bile biti bude budu budemo bi bismo biste cu ces ce cemo cete hoce nece"
  ).split(" "));

  /* --- Bosnian stemmer ------------------------------------------------------------------ */

  // Inflectional endings of nouns, adjectives and verbs, on folded text. The longest ending that
  // leaves a stem of three letters with a vowel (or a syllabic r) is removed. Endings such as
  // -ila/-ala (past forms) are left out: they would cut profil-a and pravil-a down to prof, prav.
  var ENDINGS = [
    "ivanjima", "ovanjima", "avanjima",
    "ivanjem", "ovanjem", "avanjem", "iranjem",
    "ivanje", "ivanja", "ivanju", "ovanje", "ovanja", "ovanju", "avanje", "avanja", "avanju",
    "iranje", "iranja", "iranju", "anjima", "enjima", "ljenih", "ljenim", "ljenog", "ljenom",
    "anjem", "enjem", "ovati", "evati", "ivati", "avati", "irati", "ovima", "evima", "ujemo",
    "ujete", "ljena", "ljeno", "ljeni", "ljene", "ljenu",
    "anje", "anja", "anju", "enje", "enja", "enju", "ujem", "ovao", "ivao", "avao", "ljen",
    "iti", "ati", "eti", "uti", "uje", "uju", "amo", "ate", "aju", "emo", "ete", "imo", "ite",
    "ama", "ima", "oga", "ome", "omu", "ega", "emu", "ovi", "ova", "ove", "evi", "eva", "eve",
    "ih", "im", "og", "om", "oj", "em", "eg", "ao", "io",
    "a", "e", "i", "o", "u"
  ];
  // Endings replaced rather than removed: javnošću -> javnost.
  var REPLACED_ENDINGS = [["oscu", "ost"]];

  // Sound changes at the end of a stem, so that the forms of one word meet. Only the first rule
  // that applies is used, so the order matters (lac before ac). Each rule keeps all forms of a
  // word together: korisnik, korisnika, korisnici, korisnicima -> korisnik.
  var STEM_RULES = [
    [/([ae])tak$/, "$1c", 0],     // podatak, podataka, podaci -> podac; početak, počeci -> pocec
    [/([ae])tk$/, "$1c", 0],      // podatka, podatke; početka
    [/lac$/, "oc", 0],            // rukovodilac, rukovodioca -> rukovodioc
    [/zac$/, "sk", 0],            // obrazac, obrasca, obrasci -> obrask
    [/([^aeiou])ak$/, "$1k", 6],  // sastanak, sastanka -> sastank; kratak, kratka -> kratk
    [/ic$/, "ik", 0],             // korisnici -> korisnik; stranica, stranici -> stranik
    [/([^aeiou])c$/, "$1k", 0],   // sastanci -> sastank; snimci -> snimk (k becomes c before i)
    [/([bpmvf])lj$/, "$1", 0],    // objavljuje, objavljen, objaviti -> objav
    [/anin$/, "n", 0],            // građanin, građani, građana -> gradn
    [/can$/, "cn", 5],            // ličan, lična -> licn; tačan, tačna -> tacn
    [/([^aeiou])an$/, "$1n", 6]   // slobodan, slobodna -> slobodn; pristupačan -> pristupacn
  ];


  function hasStem(stem) {
    return stem.length >= 3 && (/[aeiou]/.test(stem) || /[^aeiou]r[^aeiou]/.test(stem));
  }

  function stripEnding(word) {
    for (var r = 0; r < REPLACED_ENDINGS.length; r++) {
      var replaced = REPLACED_ENDINGS[r];
      if (word.endsWith(replaced[0]) && hasStem(word.slice(0, -replaced[0].length))) {
        return word.slice(0, -replaced[0].length) + replaced[1];
      }
    }
    for (var e = 0; e < ENDINGS.length; e++) {
      var ending = ENDINGS[e];
      if (word.length > ending.length && word.endsWith(ending) && hasStem(word.slice(0, -ending.length))) {
        return word.slice(0, -ending.length);
      }
    }
    return word;
  }

  function adjustStem(stem) {
    for (var r = 0; r < STEM_RULES.length; r++) {
      var rule = STEM_RULES[r];
      if (stem.length >= rule[2] && rule[0].test(stem)) {
        var changed = stem.replace(rule[0], rule[1]);
        return hasStem(changed) ? changed : stem;
      }
    }
    return stem;
  }

  /** Stem of a folded Bosnian word: korisnicima -> korisnik, društvenih -> drustven. */
  function stemBosnian(word) {
    if (word.length < 4 || /\d/.test(word)) return word;
    return adjustStem(stripEnding(word));
  }

  /* --- Languages ------------------------------------------------------------------------ */

  var bosnian = {
    code: "bs",
    fold: foldBosnian,
    isStopWord: function (word) { return BOSNIAN_STOP_WORDS.has(word); },
    stem: stemBosnian,
    // shown above the results when a typing mistake was forgiven (%s: the query as corrected)
    notes: { instead: "Prikazani su rezultati za „%s“.", also: "Prikazani su i rezultati za „%s“." }
  };

  // English needs lunr (its stop words and Porter stemmer); filled in by registerWithLunr.
  var english = {
    code: "en-stem", fold: foldAccents, isStopWord: null, stem: null,
    notes: { instead: "Showing results for “%s”.", also: "Also showing results for “%s”." }
  };

  var LANGUAGES = { bs: bosnian, "en-stem": english };
  // The language of a page (its `lang`) and the lunr language of its index.
  var PAGE_LANGUAGES = { bs: "bs", en: "en-stem" };

  /** Folded word, or "" if nothing is left once punctuation is trimmed. */
  function normalise(word, code) {
    return LANGUAGES[code].fold(trim(word));
  }

  /**
   * What the search looks for, for each word of a query: the stem of the folded word, which the
   * index matches as a prefix. Stop words are dropped unless the query has nothing else.
   */
  function queryPatterns(query, code) {
    var language = LANGUAGES[code];
    var words = String(query).split(/\s+/).map(function (word) { return normalise(word, code); })
      .filter(Boolean);
    var content = words.filter(function (word) { return !language.isStopWord(word); });
    if (!content.length) return words;
    return content.map(function (word) { return language.stem(word); });
  }

  /** The index terms a word of the text is stored under: folded word, and stem if spelt otherwise. */
  function indexTerms(word, code) {
    var language = LANGUAGES[code];
    var folded = normalise(word, code);
    if (!folded || language.isStopWord(folded)) return []; // stop words are not indexed
    var stem = language.stem(folded);
    return folded.startsWith(stem) ? [folded] : [folded, stem];
  }

  /**
   * Distinct words of `text` (lower case, as written) that the search matched for `query`: the
   * ones to mark on the page. Longest first, so that a highlighter tries mediji before medij.
   */
  function matchingWords(text, query, code) {
    var patterns = queryPatterns(query, code);
    var found = new Set();
    String(text).split(WORDS).forEach(function (word) {
      if (!word) return;
      var hit = indexTerms(word, code).some(function (term) {
        return patterns.some(function (pattern) { return term.startsWith(pattern); });
      });
      if (hit) found.add(word.toLowerCase());
    });
    return Array.from(found).sort(function (a, b) { return b.length - a.length || (a < b ? -1 : 1); });
  }

  /* --- lunr integration ----------------------------------------------------------------- */

  function registerWithLunr(lunr) {
    if (lunr.bs && lunr.bs.projectSearch) return;
    var englishStopWords = lunr.stopWordFilter;
    english.isStopWord = function (word) { return !englishStopWords(word); };
    english.stem = function (word) { return lunr.stemmer(new lunr.Token(word)).toString(); };
    // Material asks lunr.stopWordFilter whether a query word that matched nothing is a stop word
    // (then it is not listed as missing): with a Bosnian index it must know the Bosnian ones.
    function bosnianQueryStopWords(token) {
      if (!bosnian.isStopWord(normalise(String(token), "bs"))) return token;
    }
    lunr.Pipeline.registerFunction(bosnianQueryStopWords, "stopWordFilter-bs-query");
    bosnian.materialStopWords = bosnianQueryStopWords;
    Object.keys(LANGUAGES).forEach(function (code) {
      lunr[code] = languagePlugin(lunr, LANGUAGES[code]);
    });
  }

  /** fn with its answers kept: a text repeats its words, and folding and stemming are pure. */
  function remembered(fn) {
    var answers = new Map();
    return function (word) {
      var answer = answers.get(word);
      if (answer === undefined) {
        answer = fn(word);
        answers.set(word, answer);
      }
      return answer;
    };
  }

  function languagePlugin(lunr, language) {
    var originals = null; // folded word -> {written form: count}, for search suggestions
    var fold = remembered(language.fold);
    var stem = remembered(function (word) { return language.stem(word); });

    function trimmer(token) {
      var text = trim(token.toString());
      if (text) return token.update(function () { return text; });
    }
    function normaliser(token) {
      var written = token.toString();
      var folded = fold(written);
      if (!folded) return;
      if (originals && !token.metadata.query) {
        var forms = originals.get(folded) || originals.set(folded, new Map()).get(folded);
        forms.set(written, (forms.get(written) || 0) + 1);
      }
      return token.update(function () { return folded; });
    }
    function stopWordFilter(token) {
      if (!language.isStopWord(token.toString())) return token;
    }
    // Queries look for words that begin with their stem, so the index needs a stem of its own
    // only where it is not the beginning of the word (korisnici -> korisnik, stranica -> stranik).
    function stemmer(token) {
      var word = token.toString();
      var stemmed = stem(word);
      if (token.metadata.query || word.startsWith(stemmed)) {
        return token.metadata.query ? token.update(function () { return stemmed; }) : token;
      }
      return [token, token.clone(function () { return stemmed; })];
    }
    [[trimmer, "trimmer"], [normaliser, "normaliser"], [stopWordFilter, "stopWordFilter"], [stemmer, "stemmer"]]
      .forEach(function (entry) { lunr.Pipeline.registerFunction(entry[0], entry[1] + "-" + language.code); });

    var functions = [trimmer, normaliser, stopWordFilter, stemmer];

    /**
     * The index terms of a word as the text has it (before trimming), the same as the four
     * functions above give, worked out once per distinct word: [], [folded] or [folded, stem].
     */
    var termsOf = remembered(function (text) {
      var written = trim(text);
      var folded = written && fold(written);
      if (!folded || language.isStopWord(folded)) return { written: written, folded: "", terms: [] };
      var stemmed = stem(folded);
      return { written: written, folded: folded, terms: folded.startsWith(stemmed) ? [folded] : [folded, stemmed] };
    });

    /**
     * lunr's Builder.add with the same outcome, faster: lunr runs every function of the pipeline
     * on every word of every page, creating objects as it goes; here each distinct word goes
     * through the rules once (termsOf) and its terms are entered as lunr enters them, in the same
     * order. Used only while the pipeline is exactly this extension's four functions.
     */
    function quickAdd(doc, attributes) {
      var docRef = doc[this._ref];
      var fields = Object.keys(this._fields);
      var whitelist = this.metadataWhitelist;
      this._documents[docRef] = attributes || {};
      this.documentCount += 1;
      for (var f = 0; f < fields.length; f++) {
        var fieldName = fields[f];
        var extractor = this._fields[fieldName].extractor;
        var tokens = this.tokenizer(extractor ? extractor(doc) : doc[fieldName], { fields: [fieldName] });
        var fieldRef = fieldName + lunr.FieldRef.joiner + docRef;
        var fieldTerms = Object.create(null);
        var length = 0;
        this.fieldTermFrequencies[fieldRef] = fieldTerms;
        for (var t = 0; t < tokens.length; t++) {
          var token = tokens[t];
          var entry = termsOf(token.toString());
          if (entry.folded && originals) {
            var forms = originals.get(entry.folded) || originals.set(entry.folded, new Map()).get(entry.folded);
            forms.set(entry.written, (forms.get(entry.written) || 0) + 1);
          }
          for (var e = 0; e < entry.terms.length; e++) {
            var term = entry.terms[e];
            length += 1;
            fieldTerms[term] = (fieldTerms[term] || 0) + 1;
            var posting = this.invertedIndex[term];
            if (posting === undefined) {
              posting = Object.create(null);
              posting._index = this.termIndex;
              this.termIndex += 1;
              for (var k = 0; k < fields.length; k++) posting[fields[k]] = Object.create(null);
              this.invertedIndex[term] = posting;
            }
            var occurrences = posting[fieldName][docRef] || (posting[fieldName][docRef] = Object.create(null));
            for (var w = 0; w < whitelist.length; w++) {
              (occurrences[whitelist[w]] || (occurrences[whitelist[w]] = [])).push(token.metadata[whitelist[w]]);
            }
          }
        }
        this.fieldLengths[fieldRef] = length;
      }
    }

    function isOwnPipeline(pipeline) {
      return pipeline._stack.length === functions.length &&
        functions.every(function (fn, i) { return pipeline._stack[i] === fn; });
    }

    // options: {synonyms: [[phrase, ...], ...]}; Material gives none, and the search worker
    // (workers/search-start.js) leaves the index's settings, synonyms included, in self.__searchConfig
    function plugin(builder, options) {
      builder = this;
      var settings = options || scope.__searchConfig || {};
      var synonyms = settings.synonyms || [];
      var prebuilt = takePrebuilt(language.code);
      var docs = []; // with a prebuilt index: the pages, read when the index is loaded
      var refs = [];
      originals = new Map();
      builder.pipeline.reset();
      builder.pipeline.add.apply(builder.pipeline, functions);
      builder.searchPipeline.reset();
      builder.searchPipeline.add.apply(builder.searchPipeline, functions);
      if (language.materialStopWords) lunr.stopWordFilter = language.materialStopWords;
      var add = builder.add;
      function addOne(doc, attributes) {
        return (isOwnPipeline(builder.pipeline) ? quickAdd : add).call(builder, doc, attributes);
      }
      builder.add = function (doc, attributes) {
        refs.push(doc[builder._ref]);
        if (prebuilt) docs.push([doc, attributes]);
        else addOne(doc, attributes);
      };
      var build = builder.build;
      builder.build = function () {
        var index, spell, prepare;
        if (prebuilt && sameList(prebuilt.refs, refs)) {
          index = lunr.Index.load(prebuilt.index);
          spell = function (term) {
            return Object.prototype.hasOwnProperty.call(prebuilt.spelling, term) ? prebuilt.spelling[term] : undefined;
          };
          prepare = highlightTables(builder, docs);
        } else {
          docs.forEach(function (entry) { addOne(entry[0], entry[1]); }); // prebuilt for other pages
          index = build.apply(this, arguments);
          var forms = originals;
          var added = refs;
          spell = spelling(forms);
          // What the offline copy's build saves beside the index (scripts/prebuild_search_index.js).
          index.prebuilt = function () {
            return { language: language.code, refs: added, spelling: spellings(forms), index: index.toJSON() };
          };
        }
        originals = null;
        docs = [];
        api.lastIndex = searchable(lunr, index, language, spell, prepare, synonyms);
        return api.lastIndex;
      };
    }
    plugin.trimmer = trimmer;
    plugin.normaliser = normaliser;
    plugin.stopWordFilter = stopWordFilter;
    plugin.stemmer = stemmer;
    plugin.projectSearch = true;
    return plugin;
  }

  /* --- An index built ahead (the offline copy) ------------------------------------------------ */

  var scope = typeof self !== "undefined" ? self : typeof globalThis !== "undefined" ? globalThis : {};

  /**
   * The index built ahead for this lunr language, if the search worker was given one: the offline
   * copy's search_index.prebuilt.js sets self.__searchPrebuilt (see workers/search-start.js), built
   * by scripts/prebuild_search_index.js with this same file and Material's own worker code.
   */
  function takePrebuilt(code) {
    var prebuilt = scope.__searchPrebuilt;
    if (!prebuilt || prebuilt.language !== code) return null;
    scope.__searchPrebuilt = null;
    return prebuilt;
  }

  function sameList(a, b) {
    return a.length === b.length && a.every(function (value, i) { return value === b[i]; });
  }

  /** The most frequent written form of every folded word, as `spelling` picks it. */
  function spellings(originals) {
    var pick = spelling(originals);
    var out = {};
    originals.forEach(function (forms, folded) { out[folded] = pick(folded); });
    return out;
  }

  /**
   * Material marks found words in a result from tables of where each word of a page is, which its
   * tokenizer fills while the index is built. A loaded index skips that: the tables are filled for
   * the pages a query finds, the first time one is found, by the same extractors and tokenizer.
   */
  function highlightTables(builder, docs) {
    var pending = new Map(docs.map(function (entry) { return [entry[0][builder._ref], entry[0]]; }));
    var fields = Object.keys(builder._fields);
    var tokenizer = builder.tokenizer;
    return function (results) {
      results.forEach(function (result) {
        var doc = pending.get(result.ref);
        if (!doc) return;
        pending.delete(result.ref);
        fields.forEach(function (name) {
          var extractor = builder._fields[name].extractor;
          var value = extractor ? extractor(doc) : doc[name];
          if (value !== undefined) tokenizer(value, { fields: [name] });
        });
      });
    };
  }

  /* --- Queries ---------------------------------------------------------------------------------- */

  /**
   * Make `index.query` normalise every query word, wildcard or not, look for the synonyms of the
   * query's words too, try again with typing mistakes forgiven when the query finds fewer than
   * three pages, and relabel the results.
   */
  function searchable(lunr, index, language, spell, prepare, synonymGroups) {
    var query = index.query;
    var synonyms = null; // worked out at the first query: the separator is Material's by then
    index.query = function (fn) {
      var self = this;
      synonyms = synonyms || synonymTable(lunr, index, synonymGroups || []);
      var main = false;
      function run(corrections) {
        var found = { plan: [], extras: [], words: [] };
        found.results = query.call(self, function (q) {
          fn.call(q, q);
          // Material's own query: every field; its suggestions ask the titles only
          main = q.clauses.length > 0 && q.clauses.every(function (clause) { return clause.fields.length === q.allFields.length; });
          found.words = q.clauses.map(function (clause) { return String(clause.term).replace(/\*/g, ""); });
          found.plan = normaliseClauses(lunr, index, language, q);
          (corrections || []).forEach(function (correction) {
            var entry = found.plan[correction.entry];
            entry.term = correction.prefix;
            entry.clause.term = (entry.leading ? "*" : "") + correction.prefix + "*";
          });
          if (main) found.extras = addSynonyms(lunr, q, found.plan, synonyms);
        });
        if (prepare) prepare(found.results);
        relabel(lunr, index, found.plan, found.extras, found.results, spell);
        return found;
      }

      var exact = run();
      var results = exact.results;
      if (main) api.note = null;
      if (main && pagesOf(results) < 3) {
        var corrections = correct(lunr, index, exact.plan, spell);
        if (corrections.length) {
          var again = run(corrections);
          var known = new Set(results.map(function (result) { return result.ref; }));
          var more = again.results.filter(function (result) { return !known.has(result.ref); });
          if (more.length) {
            keepBelow(results, more);
            results = results.concat(more);
            api.note = correctionNote(language, exact.words, corrections, results.length > more.length);
          }
        }
      }
      // A page with every word of the query comes before one with only some of them, however often
      // those appear: lunr adds up the words' scores, so a page repeating two of three words could
      // otherwise come first. Within each group, lunr's order stays (the sort is stable).
      return results.sort(function (a, b) {
        return (a.corrected ? 1 : 0) - (b.corrected ? 1 : 0) || b.matchedWords - a.matchedWords;
      });
    };
    return index;
  }

  function pagesOf(results) {
    return new Set(results.map(function (result) { return String(result.ref).split("#")[0]; })).size;
  }

  /* --- Synonyms ------------------------------------------------------------------------------- */

  /**
   * The groups of includes/search-synonyms.yml as the search reads them: each phrase as the
   * patterns a query would give for it (folded, stop words out, stemmed).
   */
  function synonymTable(lunr, index, groups) {
    var separator = lunr.tokenizer.separator || /[\s\-]+/;
    return groups.map(function (group) {
      return group.map(function (phrase) {
        var words = String(phrase).split(separator).filter(Boolean);
        var patterns = words.map(function (word) {
          return index.pipeline.run([new lunr.Token(word.toLowerCase(), { query: true })]).map(String)[0] || "";
        }).filter(Boolean);
        return { text: phrase, patterns: patterns };
      }).filter(function (phrase) { return phrase.patterns.length; });
    }).filter(function (group) { return group.length > 1; });
  }

  /**
   * Wherever the query's words (after stop words) say one phrase of a group, the other phrases of
   * the group are looked for too, each word as the beginning of an indexed word (a word of one or
   * two letters, like "x" or "up", as a whole word: its phrase is known, not still being typed).
   * Returns the added entries; each stands for the typed words of the phrase it replaces.
   */
  function addSynonyms(lunr, q, plan, synonyms) {
    var extras = [];
    var alternative = 0;
    var patterns = plan.map(function (entry) { return entry.term; });
    synonyms.forEach(function (group) {
      group.forEach(function (said) {
        var length = said.patterns.length;
        for (var start = 0; start + length <= patterns.length; start++) {
          if (!said.patterns.every(function (pattern, i) { return patterns[start + i] === pattern; })) continue;
          var covers = [];
          for (var i = start; i < start + length; i++) {
            covers.push(i);
            var entry = plan[i];
            if (entry.term.length <= 2 && entry.trailing) {
              entry.trailing = false;
              entry.clause.term = entry.clause.term.replace(/\*$/, "");
            }
          }
          group.forEach(function (other) {
            if (other === said) return;
            alternative += 1;
            other.patterns.forEach(function (pattern) {
              var clause = { term: pattern + (pattern.length > 2 ? "*" : ""), usePipeline: false };
              q.clause(clause);
              extras.push({ clause: clause, typed: plan[start].typed, covers: covers, alternative: alternative });
            });
          });
        }
      });
    });
    return extras;
  }

  /* --- Typing mistakes ------------------------------------------------------------------------ */

  /**
   * For each query word of five letters or more, what to look for instead if it is a typing
   * mistake: the page word closest to it, if it is one wrong, missing, extra or swapped letter away
   * (two for a word of eight letters or more), looked for by its stem; or, for a word that begins no
   * indexed word at all (one still being typed, say), the beginnings of indexed words that close to
   * its stem. Words are compared folded. A word some page has (a page may quote a mistake) is
   * corrected too, if a different page word is that close: the query found few pages.
   * Returns [{entry: index in plan, typed, prefix: what to look for, word: the word to show}].
   */
  function correct(lunr, index, plan, spell) {
    var corrections = [];
    plan.forEach(function (entry, i) {
      if (entry.folded.length < 5 || /\d/.test(entry.folded)) return;
      var allowed = entry.folded.length >= 8 ? 2 : 1;
      var word = nearestWord(index.tokenSet, entry.folded, allowed, spell);
      if (word) {
        var pattern = index.pipeline.run([new lunr.Token(word.term, { query: true })]).map(String)[0];
        if (pattern && pattern !== entry.term) {
          corrections.push({ entry: i, typed: entry.typed, prefix: pattern, word: word.written });
        }
        return;
      }
      if (index.tokenSet.intersect(lunr.TokenSet.fromClause(entry.clause)).toArray().length) return;
      var near = nearestBeginnings(index.tokenSet, entry.term, allowed);
      if (near.length) {
        corrections.push({ entry: i, typed: entry.typed, prefix: near[0].prefix, word: wordBelow(near, spell) });
      }
    });
    return corrections;
  }

  /** The page word (a whole word, as written) nearest to `folded`, other than itself, if within `allowed`. */
  function nearestWord(root, folded, allowed, spell) {
    var best = null;
    walkWithin(root, folded, allowed, function (term, node, row) {
      var distance = row[folded.length];
      if (!node.final || term === folded || distance > allowed) return;
      var written = spell(term);
      if (!written) return; // a stem, not a word of the pages
      if (!best || distance < best.distance || (distance === best.distance && term.length < best.term.length)) {
        best = { term: term, written: written.toLowerCase(), distance: distance };
      }
    });
    return best;
  }

  /** A page word beginning with one of the corrected beginnings, the shortest (to show). */
  function wordBelow(near, spell) {
    var best = null;
    var visits = 0;
    near.forEach(function (item) {
      (function walk(node, term) {
        if (visits++ > 2000) return; // a short beginning: enough to show one word
        var written = node.final && spell(term);
        if (written && (!best || written.length < best.length)) best = written.toLowerCase();
        Object.keys(node.edges).sort().forEach(function (letter) { walk(node.edges[letter], term + letter); });
      })(item.node, item.prefix);
    });
    return best || near[0].prefix;
  }

  /**
   * Walk the paths of lunr's token set (the index's words, letter by letter) carrying the table of
   * edit distances from `pattern` row by row, and call visit(path, node, row) at each node; row[i]
   * is the distance between the path and the first i letters of the pattern. A path is left when
   * no entry of its row is within `allowed`: the walk stays near the pattern.
   */
  function walkWithin(root, pattern, allowed, visit) {
    var m = pattern.length;
    var first = [];
    for (var i = 0; i <= m; i++) first.push(i);
    (function walk(node, path, row, above, last) {
      visit(path, node, row);
      if (Math.min.apply(null, row) > allowed) return;
      Object.keys(node.edges).sort().forEach(function (letter) {
        var next = [row[0] + 1];
        for (var i = 1; i <= m; i++) {
          var value = Math.min(next[i - 1] + 1, row[i] + 1, row[i - 1] + (pattern[i - 1] === letter ? 0 : 1));
          if (above && i > 1 && letter === pattern[i - 2] && last === pattern[i - 1]) value = Math.min(value, above[i - 2] + 1);
          next.push(value);
        }
        walk(node.edges[letter], path + letter, next, row, letter);
      });
    })(root, "", first, null, null);
  }

  /** Optimal string alignment distance: substitutions, insertions, deletions, adjacent swaps. */
  function editDistance(a, b) {
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0].push(j); continue; }
        var value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
        rows[i].push(value);
      }
    }
    return rows[a.length][b.length];
  }

  /**
   * The shortest beginnings of indexed words (paths in lunr's token set) at the smallest distance
   * from `pattern` other than none, if at most `allowed`: [{prefix, node}]. A walk down the token set that carries
   * the distance table row by row and stops where no row entry is within reach.
   */
  function nearestBeginnings(root, pattern, allowed) {
    var m = pattern.length;
    var best = allowed + 1;
    var found = [];
    walkWithin(root, pattern, allowed, function (prefix, node, row) {
      if (prefix && row[m] >= 1 && row[m] <= Math.min(best, allowed)) { // not the word as typed
        if (row[m] < best) { best = row[m]; found = []; }
        found.push({ prefix: prefix, node: node });
      }
    });
    found.sort(function (a, b) { return a.prefix.length - b.prefix.length || (a.prefix < b.prefix ? -1 : 1); });
    return found.filter(function (item, i) {
      return !found.slice(0, i).some(function (shorter) { return item.prefix.startsWith(shorter.prefix); });
    });
  }

  /**
   * Results found only with a typing mistake forgiven come after every result of the query as typed,
   * also once Material has boosted titles and pages with all words (up to five times): their
   * scores are lowered below a fifth of the lowest exact one.
   */
  function keepBelow(exact, more) {
    more.forEach(function (result) { result.corrected = true; });
    if (!exact.length) return;
    var lowest = Math.min.apply(null, exact.map(function (result) { return result.score; }));
    var highest = Math.max.apply(null, more.map(function (result) { return result.score; }));
    var factor = highest > 0 ? Math.min(1, lowest / (highest * 5.01)) : 1;
    more.forEach(function (result) { result.score *= factor; });
  }

  function correctionNote(language, words, corrections, alongExact) {
    var shown = words.slice();
    corrections.forEach(function (correction) {
      var at = shown.indexOf(correction.typed);
      // in the reader's script: a word typed in Cyrillic is shown in Cyrillic
      if (at >= 0) shown[at] = CYRILLIC.test(correction.typed) ? toCyrillic(correction.word) : correction.word;
    });
    return language.notes[alongExact ? "also" : "instead"].replace("%s", shown.join(" "));
  }

  function normaliseClauses(lunr, index, language, q) {
    var entries = q.clauses.map(function (clause) {
      var term = String(clause.term);
      var typed = term.replace(/\*/g, "");
      var out = index.pipeline.run([new lunr.Token(typed, { query: true })]).map(String);
      return {
        clause: clause,
        typed: typed,
        leading: term.charAt(0) === "*",
        // a stem is always looked for as the beginning of a word (fuzzy words excepted)
        trailing: !("editDistance" in clause) || (term.length > 1 && term.charAt(term.length - 1) === "*"),
        term: out.length ? out[0] : "",
        folded: normalise(typed, language.code)
      };
    });
    var kept = entries.filter(function (entry) { return entry.term; });
    if (!kept.length) {
      // Only stop words (or a word being typed, like "na" on the way to "naslov"): search them.
      kept = entries.filter(function (entry) { return entry.folded; });
      kept.forEach(function (entry) { entry.term = entry.folded; });
    }
    q.clauses = kept.map(function (entry) {
      entry.clause.term = (entry.leading ? "*" : "") + entry.term + (entry.trailing ? "*" : "");
      entry.clause.usePipeline = false;
      return entry.clause;
    });
    return kept;
  }

  /**
   * Material reads which query words a result matched from the keys of its match data, and the
   * positions to highlight from the values. The keys are index terms (drustven, medij): put the
   * positions under the words as typed instead, once each (a synonym's under the first word of the
   * phrase it stands for), and add, last, a real word that completes the last word typed (the
   * search suggestion). Each result also counts how many of the query's words it matched
   * (`matchedWords`): a synonym counts for the words of its phrase if all its words are there.
   */
  function relabel(lunr, index, plan, extras, results, spell) {
    var entries = plan.concat(extras);
    var owners = new Map();
    entries.forEach(function (entry, i) {
      index.tokenSet.intersect(lunr.TokenSet.fromClause(entry.clause)).toArray().forEach(function (term) {
        (owners.get(term) || owners.set(term, []).get(term)).push(i);
      });
    });
    var last = plan.length - 1;
    results.forEach(function (result) {
      var metadata = result.matchData.metadata;
      var relabelled = Object.create(null);
      var lastTerms = [];
      var matched = new Set();
      Object.keys(metadata).forEach(function (term) {
        var owner = owners.get(term) || [];
        if (!owner.length) {
          relabelled[term] = metadata[term];
          return;
        }
        owner.forEach(function (i) { matched.add(i); });
        merge(relabelled, entries[owner[0]].typed, metadata[term]);
        owner.slice(1).forEach(function (i) {
          relabelled[entries[i].typed] = relabelled[entries[i].typed] || {};
        });
        if (owner.indexOf(last) !== -1) lastTerms.push(term);
      });
      result.matchedWords = countMatched(plan, extras, matched, relabelled);
      var completion = plan.length ? complete(plan[last].typed, lastTerms, metadata, spell) : null;
      if (completion && !(completion in relabelled)) relabelled[completion] = {};
      result.matchData.metadata = relabelled;
    });
  }

  /** The typed words a result matched, itself or through a synonym whose every word it has. */
  function countMatched(plan, extras, matched, relabelled) {
    var words = new Set();
    plan.forEach(function (entry, i) { if (matched.has(i)) words.add(i); });
    var alternatives = new Map();
    extras.forEach(function (extra, i) {
      var all = alternatives.get(extra.alternative) || alternatives.set(extra.alternative, { covers: extra.covers, hit: true }).get(extra.alternative);
      all.hit = all.hit && matched.has(plan.length + i);
    });
    alternatives.forEach(function (alternative) {
      if (!alternative.hit) return;
      alternative.covers.forEach(function (i) {
        words.add(i);
        relabelled[plan[i].typed] = relabelled[plan[i].typed] || {}; // Material: no word is "missing"
      });
    });
    return words.size;
  }

  function merge(target, key, fields) {
    var entry = target[key] || (target[key] = {});
    Object.keys(fields).forEach(function (field) {
      var into = entry[field] || (entry[field] = {});
      Object.keys(fields[field]).forEach(function (name) {
        var values = into[name] || (into[name] = []);
        fields[field][name].forEach(function (value) {
          if (values.indexOf(value) === -1) values.push(value);
        });
      });
    });
  }

  /** The most frequent written form of a folded word, or undefined if it is not a whole word. */
  function spelling(originals) {
    return function (term) {
      var forms = originals && originals.get(term);
      if (!forms) return undefined;
      var best = null;
      forms.forEach(function (count, form) {
        if (!best || count > best[1]) best = [form, count];
      });
      return best[0];
    };
  }

  /** A whole word, spelt the way the reader types (with or without č ć đ, or in Cyrillic). */
  function complete(typed, terms, metadata, spell) {
    var first = null;
    terms.forEach(function (term) {
      var word = spell(term);
      var where = metadata[term].title && metadata[term].title.position;
      var position = where && where.length ? Math.min.apply(null, where) : Infinity;
      if (word && (!first || position < first[1])) first = [word, position];
    });
    if (!first) return null;
    var word = first[0];
    var variants = [word, foldAccents(word), foldAccents(word.replace(/đ/g, "dj")), toCyrillic(word)];
    for (var v = 0; v < variants.length; v++) {
      if (variants[v].startsWith(typed) && variants[v] !== typed) return variants[v];
    }
    return null;
  }

  var api = {
    toLatin: toLatin,
    toCyrillic: toCyrillic,
    foldAccents: foldAccents,
    foldBosnian: foldBosnian,
    trim: trim,
    normalise: normalise,
    stemBosnian: stemBosnian,
    isBosnianStopWord: function (word) { return BOSNIAN_STOP_WORDS.has(word); },
    queryPatterns: queryPatterns,
    indexTerms: indexTerms,
    matchingWords: matchingWords,
    pageLanguages: PAGE_LANGUAGES,
    registerWithLunr: registerWithLunr,
    editDistance: editDistance,
    lastIndex: null, // the index this file built or loaded last (read by scripts/prebuild_search_index.js)
    note: null, // what the last query's results should say, if a typing mistake was forgiven
    /** The note for the last query's results, once (workers/search-start.js sends it to the page). */
    takeNote: function () {
      var note = api.note;
      api.note = null;
      return note;
    }
  };
  return api;
});
