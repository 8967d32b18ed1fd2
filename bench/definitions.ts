/**
 * What each figure of the benchmark measures, written into every results file (config.notes) so the
 * file explains itself.
 */
export const MEASUREMENT_NOTES = [
  "open: from navigation start (a blank page before) until the first highlight in the viewport is in the DOM and painted (every highlight in view is drawn by then), and further until no task over 50 ms has run for 300 ms; the figure is the end of the last such task",
  "first highlight: navigation start until the first highlight in view is in the DOM (for plain ProseMirror, its first paragraph)",
  "tag, retag, delete: from the input event's timestamp (key 1, a change of the sidebar's Tag select, the Delete key) until a MutationObserver sees the result in the article's DOM; each loop does up to 100 edits but stops after 10 s once it has 20 (the runs column says how many)",
  "scroll: the whole article scrolled by 800 px (one viewport) per frame from requestAnimationFrame, twice; a frame is long when it starts more than 25 ms (1.5 frames) after the previous one, i.e. its work overran 16.7 ms",
  "export: click on Export JSON until the app hands the finished file to the browser (1 MB article, 10,000 annotations); the file is read back and checked",
  "heap: JS heap used after two forced garbage collections, once the article is open; taken last (it attaches DevTools, which slows the page afterwards), after the edits' net change of a few annotations",
  "text-annotator: @recogito/text-annotator 4.1.1, default spans renderer, same text and layout; annotations are loaded with setAnnotations, each given its DOM Range (its offsets-only path, which finds each Range by walking the text, took about 35 s to open 10,000 in a trial run), and added with addAnnotation on key 1",
  "plain ProseMirror: the app's document schema and CSS, an EditorView with no plugins and no highlights, reading the same stored article",
];
