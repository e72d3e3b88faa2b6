// Unit tests of overrides/assets/javascripts/search-language.js in node's test runner
// (run by tests/search/test_search_language.py, so `make test` runs them).
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const lunr = require(path.join(ROOT, "node_modules", "lunr"));
const search = require(path.join(ROOT, "overrides", "assets", "javascripts", "search-language.js"));
search.registerWithLunr(lunr);

const stemOf = (word) => search.stemBosnian(search.foldBosnian(word));

// Every form of a word, in Latin and in Cyrillic, and the stem they must all share.
const WORD_FORMS = [
  // nouns
  ["korisnik", "korisnik korisnika korisniku korisnikom korisnici korisnicima korisnike корисници корисницима"],
  ["institucij", "institucija institucije instituciji instituciju institucijom institucijama институција институцијама"],
  ["medij", "medij medija mediju medijem mediji medijima medije медији медија медијима"],
  ["stranik", "stranica stranice stranici stranicu stranicom stranicama страница страници"],
  ["podac", "podatak podatka podatku podataka podaci podacima podatke подаци података"],
  ["pocec", "početak početka početku počeci počecima почетак почеци"],
  ["gradn", "građanin građanina građani građana građanima građane грађани грађана"],
  ["obrask", "obrazac obrasca obrascu obrasci obrazaca образац обрасца"],
  ["rukovodioc", "rukovodilac rukovodioca rukovodiocu rukovodioci руководилац руководиоца"],
  ["profil", "profil profila profilu profilom profili profilima профил профила"],
  ["pravil", "pravilo pravila pravilu pravilima правила правилима"],
  ["javnost", "javnost javnosti javnošću јавност јавности"],
  ["platform", "platforma platforme platformi platformu platformom platformama платформа платформама"],
  ["sastank", "sastanak sastanka sastanku sastanci sastancima састанак састанци"],
  ["snimk", "snimak snimka snimku snimci snimcima снимак снимци"],
  // adjectives
  ["drustven", "društveni društvenog društvenom društvenoj društvena društvene društvenih društvenim društvenima друштвени друштвених"],
  ["licn", "lični ličnog ličnom lična lične ličnih ličnim ličan лични личних"],
  ["slobodn", "slobodan slobodna slobodno slobodni slobodnog slobodnih слободан слободна"],
  ["pristupacn", "pristupačan pristupačna pristupačno pristupačni pristupačnih приступачан приступачна"],
  ["medijsk", "medijski medijska medijsko medijskih medijskom медијски медијских"],
  ["jednostavn", "jednostavan jednostavna jednostavnog jednostavnih једноставан једноставног"],
  // verbs and verbal nouns
  ["objav", "objava objave objavi objavu objavom objavama objaviti objavljuje objavljujemo objavljen objavljena objavljivanje објава објавити објављује"],
  ["korist", "koristiti koristi koristimo koristite koriste korištenje користити користи кориштење"],
  ["pis", "pisati piše pišemo pišu pisao писати пишу"],
  ["komunik", "komunicirati komuniciranje комуницирати"],
  ["uprav", "uprava upravi upravu upravljanje upravljati управа управљање"],
];

test("every form of a word shares one stem, in Latin and in Cyrillic", () => {
  for (const [stem, forms] of WORD_FORMS) {
    for (const form of forms.split(" ")) {
      assert.equal(stemOf(form), stem, `${form} should stem to ${stem}`);
    }
  }
});

test("different words keep different stems", () => {
  const apart = [
    ["medij", "medijski"], ["profil", "prof"], ["pravila", "prava"], ["video", "vidi"],
    ["društvo", "društveni"], ["javnost", "javni"], ["institucija", "instrukcija"],
  ];
  for (const [a, b] of apart) assert.notEqual(stemOf(a), stemOf(b), `${a} and ${b} must not meet`);
});

test("short words, numbers and words with digits are left alone", () => {
  for (const word of ["eu", "bih", "rad", "2016", "covid19", "x"]) assert.equal(stemOf(word), search.foldBosnian(word));
});

test("folding: lower case, no accents, Cyrillic to Latin; d, dj and đ meet", () => {
  const table = [
    ["Društveni", "drustveni"], ["ČĆŠŽĐ", "ccszd"], ["međunarodni", "medunarodni"],
    ["medjunarodni", "medunarodni"], ["medunarodni", "medunarodni"], ["Džamija", "dzamija"],
    ["ДРУШТВЕНИ", "drustveni"], ["међународни", "medunarodni"], ["Џамија", "dzamija"],
    ["љубав", "ljubav"], ["Њемачка", "njemacka"], ["ћирилица", "cirilica"], ["чување", "cuvanje"],
    ["Šarić", "saric"], ["Ђурђевак", "durdevak"], ["café", "cafe"],
  ];
  for (const [input, expected] of table) assert.equal(search.foldBosnian(input), expected, input);
  assert.equal(search.foldAccents("adjust"), "adjust", "English keeps its dj");
  assert.equal(search.toLatin("Друштвени медији"), "društveni mediji");
  assert.equal(search.toCyrillic("društveni mediji, džamija, ljubav, njemačka"), "друштвени медији, џамија, љубав, њемачка");
});

test("punctuation is trimmed with Unicode in mind (lunr's trimmer would eat č ć š ž)", () => {
  assert.equal(search.trim("„Šarić“,"), "Šarić");
  assert.equal(search.trim("(ćirilica)."), "ćirilica");
  assert.equal(search.trim("—"), "");
});

test("Bosnian stop words drop out of a query unless nothing else is left", () => {
  for (const word of ["i", "u", "na", "je", "se", "da", "od", "za", "koji", "što", "će"]) {
    assert.ok(search.isBosnianStopWord(search.foldBosnian(word)), `${word} is a stop word`);
  }
  for (const word of ["bih", "zašto", "mediji", "pravo"]) {
    assert.ok(!search.isBosnianStopWord(search.foldBosnian(word)), `${word} is not a stop word`);
  }
  assert.deepEqual(search.queryPatterns("pravo na pristup i informacije", "bs"), ["prav", "pristup", "informacij"]);
  assert.deepEqual(search.queryPatterns("ličnih podataka", "bs"), ["licn", "podac"]);
  assert.deepEqual(search.queryPatterns("на", "bs"), ["na"]);
});

test("the words to mark on a page are those the search matched, longest first", () => {
  const text = "Društveni mediji, društvenih medija; Medijski plan. Društvo i zajednica.";
  // medija finds medij* (so also medijski, as the search does), not društvo or plan
  assert.deepEqual(search.matchingWords(text, "друштвени медија", "bs"),
    ["društvenih", "društveni", "medijski", "medija", "mediji"]);
  assert.deepEqual(search.matchingWords(text, "i", "bs"), []);
});

/* --- the lunr extension, queried the way Material's worker does -------------------------------- */

const DOCS = [
  { location: "home/", title: "Društveni mediji u javnoj upravi", text: "Priručnik za institucije i njihove profile." },
  { location: "data/", title: "Lični podaci na društvenim mrežama", text: "Korisnici društvenih medija imaju pravo na zaštitu ličnih podataka. Institucija objavljuje samo ono što smije." },
  { location: "intl/", title: "Međunarodna saradnja", text: "Cesto postavljana pitanja o saradnji s institucijama." },
  { location: "script/", title: "Ћирилица", text: "Текст о друштвеним медијима на ћирилици." },
];

function bosnianIndex(docs = DOCS) {
  return lunr(function () {
    this.metadataWhitelist = ["position"];
    this.use(lunr.bs);
    this.ref("location");
    this.field("title", { boost: 1000 });
    this.field("text");
    docs.forEach((doc) => this.add(doc));
  });
}

// Material sends every query word with a trailing wildcard.
const materialSearch = (index, query) => index.search(query.split(/\s+/).map((w) => `${w}*`).join(" "));
const refs = (results) => results.map((r) => r.ref).sort();

test("a query finds text folded, inflected or in the other script, in title and body", () => {
  const index = bosnianIndex();
  const cases = [
    ["drustvenim mrezama", ["data/", "home/", "script/"]],
    ["друштвени", ["data/", "home/", "script/"]],
    ["ћирилица", ["script/"]],
    ["cirilica", ["script/"]],
    ["medjunarodna", ["intl/"]],
    ["medunarodna", ["intl/"]],
    ["često", ["intl/"]],
    ["korisnik", ["data/"]],
    ["podatak", ["data/"]],
    ["objaviti", ["data/"]],
    ["institucijama", ["data/", "home/", "intl/"]],
  ];
  for (const [query, expected] of cases) assert.deepEqual(refs(materialSearch(index, query)), expected, query);
});

test("the search pipeline runs on wildcard, exact, required and fuzzy query words alike", () => {
  const index = bosnianIndex();
  assert.deepEqual(refs(index.search("licnih")), ["data/"]);
  assert.deepEqual(refs(index.search("+licnih* +medija*")), ["data/"]);
  assert.deepEqual(refs(index.search("licnih* -podataka*")), []);
  assert.deepEqual(refs(index.search("medunarodne~1")), ["intl/"]);
});

test("stop words neither drown a query nor match alone", () => {
  const index = bosnianIndex();
  const withStopWords = materialSearch(index, "pravo na zaštitu");
  assert.deepEqual(refs(withStopWords), ["data/"]);
  for (const word of ["i", "na", "je", "se", "za", "sto"]) {
    assert.equal(index.invertedIndex[word], undefined, `${word} is in the index`);
  }
  assert.deepEqual(refs(materialSearch(index, "i")), ["data/", "home/", "intl/"],
    "alone, a stop word is a word being typed: i* finds institucije");
  assert.equal(lunr.stopWordFilter("na"), undefined, "Material must not list a Bosnian stop word as missing");
  assert.equal(lunr.stopWordFilter("podaci"), "podaci");
});

test("a page with every word of the query comes first, however often another repeats some", () => {
  const docs = [
    { location: "repeats/", title: "Društveni mediji", text: "Društveni mediji, društveni mediji i opet društveni mediji." },
    { location: "all/", title: "Praćenje", text: "Praćenje društvenih medija u instituciji." },
  ];
  const results = materialSearch(bosnianIndex(docs), "pracenje drustvenih medija");
  assert.deepEqual(results.map((r) => r.ref), ["all/", "repeats/"]);
  assert.deepEqual(results.map((r) => r.matchedWords), [3, 2]);
});

test("match data is keyed by the words as typed, with each position once", () => {
  const [result] = materialSearch(bosnianIndex(), "друштвени ličnih");
  const metadata = result.matchData.metadata;
  assert.equal(result.ref, "data/");
  assert.deepEqual(Object.keys(metadata).slice(0, 2), ["друштвени", "ličnih"]);
  for (const key of ["друштвени", "ličnih"]) {
    for (const field of Object.keys(metadata[key])) {
      const positions = metadata[key][field].position.map(String);
      assert.equal(new Set(positions).size, positions.length, `${key}/${field} positions repeat`);
    }
  }
  assert.equal(metadata["друштвени"].title.position.length, 1, "društvenim in the title");
  assert.equal(metadata["друштвени"].text.position.length, 1, "društvenih in the text");
});

test("suggestions complete the last word with a real word, in the reader's spelling", () => {
  const index = bosnianIndex();
  const suggest = (typed) => {
    const [best] = index.query((q) => q.term(typed, {
      fields: ["title"], presence: lunr.Query.presence.REQUIRED, wildcard: lunr.Query.wildcard.TRAILING,
    }));
    const keys = Object.keys(best.matchData.metadata);
    return keys[keys.length - 1];
  };
  assert.equal(suggest("druš"), "društveni");
  assert.equal(suggest("drus"), "drustveni");
  assert.equal(suggest("дру"), "друштвени");
  assert.equal(suggest("medj"), "medjunarodna");
});

test("English keeps English stemming, with the same query handling", () => {
  const index = lunr(function () {
    this.metadataWhitelist = ["position"];
    this.use(lunr["en-stem"]);
    this.ref("location");
    this.field("title");
    this.field("text");
    this.add({ location: "policy/", title: "Social media policy", text: "The institution publishes its rules." });
    this.add({ location: "other/", title: "Community", text: "Moderators answer questions." });
  });
  assert.deepEqual(refs(materialSearch(index, "policies")), ["policy/"]);
  assert.deepEqual(refs(materialSearch(index, "publishing rule")), ["policy/"]);
  assert.deepEqual(refs(materialSearch(index, "communit")), ["other/"], "a word being typed still finds its completions");
  assert.deepEqual(refs(materialSearch(index, "the")), [], "English stop words are not indexed");
});

/* --- building the index quicker, or loading it built ahead --------------------------------------- */

function indexWith(code, docs, { lunrAdd = false } = {}) {
  return lunr(function () {
    this.metadataWhitelist = ["position"];
    this.use(lunr[code]);
    if (lunrAdd) this.add = lunr.Builder.prototype.add; // lunr's own, running the pipeline on every word
    this.ref("location");
    this.field("title", { boost: 1000 });
    this.field("text");
    docs.forEach((doc) => this.add(doc));
  });
}

const ENGLISH_DOCS = [
  { location: "policy/", title: "Social media policy", text: "The institution publishes its rules, and “policies” change." },
  { location: "other/", title: "Community", text: "Moderators answer questions; the community's rules apply." },
];
const QUERIES = {
  bs: ["drustvenim mrezama", "друштвени", "korisnik", "i", "medj", "institucijama objavljuje"],
  "en-stem": ["policies", "publishing rule", "communit", "the"],
};

test("the quicker way to add pages builds exactly lunr's index, suggestions included", () => {
  for (const [code, docs] of [["bs", DOCS], ["en-stem", ENGLISH_DOCS]]) {
    const quick = indexWith(code, docs);
    const slow = indexWith(code, docs, { lunrAdd: true });
    assert.deepEqual(quick.toJSON(), slow.toJSON(), code);
    for (const query of QUERIES[code]) assert.deepEqual(materialSearch(quick, query), materialSearch(slow, query), query);
  }
});

test("an index built ahead is loaded, not built, and answers the same", () => {
  for (const [code, docs] of [["bs", DOCS], ["en-stem", ENGLISH_DOCS]]) {
    const built = indexWith(code, docs);
    globalThis.__searchPrebuilt = JSON.parse(JSON.stringify(built.prebuilt()));
    const runs = [];
    const run = lunr.Pipeline.prototype.run;
    lunr.Pipeline.prototype.run = function () { runs.push(1); return run.apply(this, arguments); };
    let loaded;
    try {
      loaded = indexWith(code, docs);
    } finally {
      lunr.Pipeline.prototype.run = run;
    }
    assert.equal(globalThis.__searchPrebuilt, null, "the extension took it");
    assert.equal(runs.length, 0, "no page went through the pipeline");
    for (const query of QUERIES[code]) assert.deepEqual(materialSearch(loaded, query), materialSearch(built, query), query);
  }
});

test("an index built ahead from other pages is not used", () => {
  globalThis.__searchPrebuilt = JSON.parse(JSON.stringify(indexWith("bs", DOCS.slice(1)).prebuilt()));
  const index = indexWith("bs", DOCS);
  assert.deepEqual(refs(materialSearch(index, "druš")), ["data/", "home/", "script/"]);
  globalThis.__searchPrebuilt = null;
});

/* --- synonyms and typing mistakes ------------------------------------------------------------------ */

function searchIndex(code, docs, synonyms = []) {
  return lunr(function () {
    this.metadataWhitelist = ["position"];
    this.use(lunr[code], { synonyms });
    this.ref("location");
    this.field("title", { boost: 1000 });
    this.field("text");
    docs.forEach((doc) => this.add(doc));
  });
}

const HANDBOOK = [
  { location: "plan/", title: "Plan objave sadržaja", text: "Tabela u kojoj za svaki dan piše šta institucija objavljuje." },
  { location: "fake/", title: "Odgovor na dezinformacije", text: "Kako institucija odgovara kada se šire netačne tvrdnje." },
  { location: "security/", title: "Sigurnost zvaničnih profila", text: "Šta uraditi kada je profil preuzet (kompromitovan)." },
  { location: "x/", title: "Napuštanje mreže X", text: "Institucije su napustile X i prešle na druge platforme." },
  { location: "xml/", title: "Izvoz", text: "Podaci se izvoze u formatu XML." },
  { location: "glossary/", title: "Pojmovnik", text: "Objašnjenja riječi koje priručnik koristi." },
];
const BOSNIAN_SYNONYMS = [
  ["kalendar objava", "plan objave"],
  ["lažne vijesti", "dezinformacije"],
  ["hakovan", "preuzet profil"],
  ["Twitter", "X"],
];
const ENGLISH_HANDBOOK = [
  { location: "fake/", title: "Responding to disinformation", text: "What an institution does when false claims spread." },
  { location: "security/", title: "Account security checklist", text: "What to do when an account is compromised." },
  { location: "other/", title: "Glossary", text: "The words this handbook uses." },
];
const ENGLISH_SYNONYMS = [["fake news", "disinformation"], ["hacked", "compromised account"]];

test("synonyms: the reader's words find the page's, inflected, in either script", () => {
  const index = searchIndex("bs", HANDBOOK, BOSNIAN_SYNONYMS);
  for (const query of ["kalendar objava", "kalendara objava", "календар објава", "lažne vijesti", "laznih vijesti",
                       "лажне вијести", "hakovan", "hakovani profil"]) {
    const expected = { k: "plan/", l: "fake/", h: "security/" }[search.foldBosnian(query)[0]];
    assert.equal(materialSearch(index, query)[0].ref, expected, query);
  }
  // the page matched through a synonym has all the query's words, none of them "missing"
  const [first] = materialSearch(index, "kalendar objava");
  assert.equal(first.matchedWords, 2);
  assert.deepEqual(Object.keys(first.matchData.metadata).slice(0, 2).sort(), ["kalendar", "objava"]);
  // and the other way round
  assert.equal(materialSearch(index, "dezinformacije")[0].ref, "fake/");
  assert.deepEqual(refs(materialSearch(searchIndex("bs", HANDBOOK), "kalendar objava")), ["plan/"], "only 'objava' without synonyms");
});

test("synonyms: a word of one or two letters is a whole word, not a beginning", () => {
  const index = searchIndex("bs", HANDBOOK, BOSNIAN_SYNONYMS);
  assert.deepEqual(refs(materialSearch(index, "twitter")), ["x/"], "X, not XML");
  assert.deepEqual(refs(materialSearch(index, "tviter")), [], "only the group's own words");
});

test("synonyms in English, with English stemming", () => {
  const index = searchIndex("en-stem", ENGLISH_HANDBOOK, ENGLISH_SYNONYMS);
  assert.equal(materialSearch(index, "fake news")[0].ref, "fake/");
  assert.equal(materialSearch(index, "our account was hacked")[0].ref, "security/");
  assert.equal(materialSearch(index, "hacking")[0].ref, "security/", "hacking and hacked share a stem");
});

test("a typing mistake is forgiven when the query finds fewer than three pages, and the results say so", () => {
  const bosnian = searchIndex("bs", HANDBOOK);
  const cases = [
    ["dezinformacjie", "fake/", "Prikazani su rezultati za „dezinformacije“."], // swapped letters
    ["dezinfrmacije", "fake/", "Prikazani su rezultati za „dezinformacije“."], // missing letter
    ["pojmovnikk", "glossary/", "Prikazani su rezultati za „pojmovnik“."], // extra letter
    ["pojmivnik", "glossary/", "Prikazani su rezultati za „pojmovnik“."], // wrong letter
    ["дезинформацје", "fake/", "Prikazani su rezultati za „дезинформације“."], // Cyrillic, shown in Cyrillic
    // "objavljuju" finds one page as typed: it comes first, then the pages found for "institucije"
    ["institucjie objavljuju", "plan/", "Prikazani su i rezultati za „institucije objavljuju“."],
  ];
  for (const [query, page, note] of cases) {
    const results = materialSearch(bosnian, query);
    assert.equal(results[0] && results[0].ref, page, query);
    assert.equal(search.takeNote(), note, query);
  }
  const english = searchIndex("en-stem", ENGLISH_HANDBOOK);
  assert.equal(materialSearch(english, "disinfromation")[0].ref, "fake/");
  assert.equal(search.takeNote(), "Showing results for “disinformation”.");
});

test("how many mistakes: one in a word of five to seven letters, two from eight, none below five", () => {
  const index = searchIndex("bs", [
    { location: "p/", title: "Profil", text: "Zvanični profil." },
    { location: "s/", title: "Saradnja", text: "Saradnja s medijima." },
    { location: "t/", title: "Tabela", text: "Plan." },
  ]);
  const found = (query) => refs(materialSearch(index, query));
  assert.deepEqual(found("prifil"), ["p/"], "one wrong letter in six");
  assert.deepEqual(found("prfiil"), [], "two mistakes in six letters are too many");
  assert.deepEqual(found("sardanja"), ["s/"], "two swapped letters in eight: one mistake");
  assert.deepEqual(found("sradnja"), ["s/"], "a missing letter");
  assert.deepEqual(found("saradnjaaa"), ["s/"], "two extra letters in ten");
  assert.deepEqual(found("plna"), [], "four letters: no guessing");
});

test("exact matches always come first; then the pages found by forgiving a mistake", () => {
  const index = searchIndex("bs", HANDBOOK);
  const results = materialSearch(index, "pojmovnik dezinformacjie");
  assert.deepEqual(results.map((r) => r.ref), ["glossary/", "fake/"]);
  assert.ok(results[0].score > 5 * results[1].score, "below a fifth: Material's boosts cannot reorder them");
  assert.equal(search.takeNote(), "Prikazani su i rezultati za „pojmovnik dezinformacije“.");
  // a query that finds three pages as typed is not second-guessed
  materialSearch(index, "institucija");
  assert.equal(search.takeNote(), null);
});

test("edit distance counts a swap of neighbours as one mistake", () => {
  assert.equal(search.editDistance("dezinformacije", "dezinformacjie"), 1);
  assert.equal(search.editDistance("profil", "prifil"), 1);
  assert.equal(search.editDistance("profil", "prfiil"), 2);
  assert.equal(search.editDistance("", "abc"), 3);
});

test("a word still being typed, with a mistake, finds the words it begins", () => {
  const index = searchIndex("bs", HANDBOOK);
  assert.equal(materialSearch(index, "dezinfrmac")[0].ref, "fake/");
  assert.equal(search.takeNote(), "Prikazani su rezultati za „dezinformacije“.");
});
