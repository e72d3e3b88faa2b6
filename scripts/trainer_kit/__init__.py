"""The trainer's kit for the one-day workshop: slide decks (HTML, PDF, PPTX) and one-page handouts
(HTML, PDF) made from the Markdown in slides/ and handouts/, and the questionnaire's PDFs made from
its page in docs/. scripts/build_kit.py (`make slides`) builds them; hooks/trainer_kit.py puts them
into the site; layout.py says which file comes from which source and where it goes."""
