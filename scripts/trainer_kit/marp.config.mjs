// Marp CLI settings for the trainer's kit; scripts/build_kit.py passes this file to every conversion.
export default {
  options: {
    // Emoji stay characters and math is off: otherwise Marp turns them into images and fonts from a CDN.
    emoji: { shortcode: false, unicode: false },
    math: false,
    // Line breaks inside a paragraph are spaces, as on the site (sources are wrapped at 100 characters).
    markdown: { breaks: false },
  },
  // Markdown only: like pages, slides may not carry scripts, styles or embedded players.
  html: false,
  bespoke: { progress: true },
}
