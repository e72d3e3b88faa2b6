// The offline copy in headless Firefox, opened from disk with the network cut off: the Firefox half of
// tests/offline/test_offline_bundle.py (which drives Chromium). Puppeteer talks to Firefox over
// WebDriver BiDi, so no geckodriver and no downloaded browser: FIREFOX_PATH, else /usr/bin/firefox-esr.
//
// Usage: node tests/offline/firefox_offline.mjs <unzipped folder>  (tests/offline/test_offline_firefox.py)
// Prints a JSON report (pages, blocked, console, failures) and exits 1 if anything went wrong.

import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

// The same sample, words and local schemes as the Chromium test.
const SAMPLE = ["index.html", "why/index.html", "strategy/choosing-platforms.html", "measuring/evaluation-sheet.html", "reference/glossary.html"];
const QUERIES = { bs: "dezinformacije", en: "disinformation" };
const LOCAL = /^(file|data|blob|about):/;

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node tests/offline/firefox_offline.mjs <unzipped offline copy>");
  process.exit(2);
}
const root = pathToFileURL(path.resolve(folder)).href;
const report = { browser: null, pages: [], blocked: [], console: [], failures: [] };

// page_url(..., directory_urls=False) of tests/helpers.py: Bosnian at the top, English under en/.
const address = (language, page) => `${root}/${language === "bs" ? "" : `${language}/`}${page}`;

function check(condition, message) {
  if (!condition) report.failures.push(message);
  return condition;
}

// Clicks a link (a selector or an element) that leads to another page and waits until it has loaded.
async function follow(page, link) {
  // The wait starts before the click (left to right), so that a quick page load is not missed.
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), typeof link === "string" ? page.click(link) : link.click()]);
}

async function open(page, language, relative) {
  const url = address(language, relative);
  await page.goto(url, { waitUntil: "load" });
  report.pages.push(url.slice(root.length + 1));
  const lang = await page.$eval("html", (html) => html.lang);
  check(lang === language, `${url}: html[lang] is "${lang}", expected "${language}"`);
}

async function pagesAndMenus(page, language) {
  for (const relative of SAMPLE) {
    await open(page, language, relative);
    const where = `${language}: ${relative}`;
    const links = await page.$$eval("nav.md-nav--primary a.md-nav__link", (found) => found.length);
    check(links >= 10, `${where}: the primary menu has ${links} links, expected at least 10`);
    const headings = await page.$$eval("article h1", (found) => found.length);
    check(headings === 1, `${where}: ${headings} article headings, expected 1`);
    const logo = await page.$eval(".md-header__button.md-logo img", (image) => image.complete && image.naturalWidth > 0);
    check(logo, `${where}: the logo did not load`);
  }
  // A page's table of contents takes the reader to its section.
  await open(page, language, "strategy/choosing-platforms.html");
  const entry = (await page.$$(".md-sidebar--secondary nav.md-nav--secondary a.md-nav__link"))[1];
  const anchor = await entry.evaluate((link) => link.getAttribute("href"));
  await entry.click();
  await page.waitForFunction((hash) => location.hash === hash, {}, anchor);
  // A menu entry opens another page from disk.
  const entries = await page.$$("nav.md-nav--primary a.md-nav__link[href$='.html']");
  await follow(page, entries.at(-1));
  check(page.url().startsWith("file://"), `${language}: a menu entry left the copy: ${page.url()}`);
  const headings = await page.$$eval("article h1", (found) => found.length);
  check(headings === 1, `${language}: the page a menu entry opened has ${headings} article headings`);
}

async function switchLanguage(page, language) {
  // The selector is a hover menu: hover first so that the link is visible and clickable.
  await page.hover(".md-header__option .md-select");
  await follow(page, `.md-select__link[hreflang="${language}"]`);
}

async function languageSwitch(page, relative) {
  await open(page, "bs", relative);
  for (const language of ["en", "bs"]) {
    await switchLanguage(page, language);
    const expected = address(language, relative);
    check(page.url() === expected, `language switch to ${language} from ${relative} opened ${page.url()}, expected ${expected}`);
  }
}

async function search(page, language) {
  await open(page, language, "why/index.html");
  // A reader moves the mouse before searching; the page may wait for that to load Material's script,
  // which shows the search box (hooks/theme_script_on_first_use.py).
  await page.mouse.move(640, 450);
  await page.waitForSelector(".md-search__input", { visible: true });
  await page.click(".md-search__input");
  await page.type(".md-search__input", QUERIES[language]);
  await page.waitForSelector(".md-search-result__item", { timeout: 10_000 });
  const results = await page.$$eval(".md-search-result__item > a", (links) => links.map((link) => link.getAttribute("href")));
  const inLanguage = results.filter((href) => href.includes("/en/") === (language === "en"));
  if (!check(inLanguage.length > 0, `search for "${QUERIES[language]}" found nothing in ${language}: ${results.join(" ")}`)) return;
  // The first result in the reader's language opens from disk.
  await follow(page, `.md-search-result__item > a[href="${inLanguage[0]}"]`);
  check(page.url().startsWith("file://"), `${language}: a search result left the copy: ${page.url()}`);
  const lang = await page.$eval("html", (html) => html.lang);
  check(lang === language, `${language}: the search result ${page.url()} is in "${lang}"`);
}

// Each scenario in a fresh tab, so that one that fails does not stop the others.
async function scenario(browser, name, steps) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 }); // wide: both sidebars show
  page.setDefaultTimeout(15_000);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (LOCAL.test(request.url())) return request.continue();
    report.blocked.push(request.url());
    return request.abort("internetdisconnected");
  });
  page.on("console", (message) => message.type() === "error" && report.console.push(`${name}: console: ${message.text()}`));
  page.on("pageerror", (error) => report.console.push(`${name}: pageerror: ${error.message}`));
  try {
    await steps(page);
  } catch (error) {
    report.failures.push(`${name}: ${error.message.split("\n")[0]} (at ${page.url()})`);
  } finally {
    await page.close();
  }
}

const started = Date.now();
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.FIREFOX_PATH || "/usr/bin/firefox-esr",
  headless: true,
  // Puppeteer's test profile lets every local file read every other; a reader's Firefox does not.
  extraPrefsFirefox: { "security.fileuri.strict_origin_policy": true },
});
try {
  report.browser = await browser.version();
  for (const language of ["bs", "en"]) {
    await scenario(browser, `pages and menus (${language})`, (page) => pagesAndMenus(page, language));
  }
  for (const relative of ["index.html", "legal/personal-data.html"]) {
    await scenario(browser, `language switch (${relative})`, (page) => languageSwitch(page, relative));
  }
  for (const language of ["bs", "en"]) {
    await scenario(browser, `search (${language})`, (page) => search(page, language));
  }
} finally {
  await browser.close();
}
report.seconds = Math.round((Date.now() - started) / 100) / 10;
console.log(JSON.stringify(report, null, 2));
process.exit(report.failures.length || report.blocked.length || report.console.length ? 1 : 0);
