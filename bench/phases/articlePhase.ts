import { BENCH_CONFIG, REFERENCE_SIZE, runsAt } from "../config";
import type { BenchArticle } from "../fixture";
import type { Random } from "../random";
import type { Subject } from "../results";
import { measureAppEdits, measureTextAnnotatorTags } from "../scenarios/edits";
import { measureExport } from "../scenarios/export";
import { measureOpens, type OpenVariant, openOnce } from "../scenarios/open";
import { heapAfterOpening, measureScroll } from "../scenarios/scroll";
import type { BenchSession } from "../session";
import { type Brief, MetricsOf } from "./metricsOf";

/**
 * Everything measured of one article at one annotation set: openings (app and baselines, round-robin),
 * the app's edits and export, text-annotator's tags, scrolling and the heap. The database is seeded
 * first; the edits leave their net change of a few annotations for what follows.
 */
export async function measureArticle(
  session: BenchSession,
  bench: BenchArticle,
  count: number,
  context: { random: Random; log: (message: string) => void; brief: Brief },
) {
  const config = BENCH_CONFIG;
  const { random, log, brief } = context;
  const runs = runsAt(bench.key, count);
  const out = new MetricsOf(bench.key, count);
  const { urls } = session;
  const id = bench.article.id;
  const withTextAnnotator = count <= config.textAnnotatorUpTo;
  // Plain ProseMirror draws no highlights: scrolled and weighed once per article (at 10,000 on the 1 MB one).
  const prosemirrorOnce = bench.key !== "1mb" || count === REFERENCE_SIZE;
  const variants: OpenVariant[] = [
    { subject: "app", url: urls.app(id) },
    ...(withTextAnnotator ? [{ subject: "text-annotator" as const, url: urls.textAnnotator(id) }] : []),
    { subject: "prosemirror", url: urls.prosemirror(id) },
  ];
  const edit = {
    loop: { runs: 0, budgetMs: config.editBudgetMs, minRuns: config.minEdits },
    afterMs: config.afterEditMs,
  };

  const page = await session.newPage();
  const seeded = await session.seed(page, session.files.seedPath(bench.key, count));
  if (seeded !== count) throw new Error(`seeded ${seeded} annotations, expected ${count}`);

  const opens = await measureOpens(page, variants, {
    runs: runs.open,
    warmups: runs.openWarmups,
    quietMs: config.quietMs,
    annotations: count,
  });
  for (const [subject, f] of opens) {
    log(
      `open ${subject}: text ${brief(f.text)}; idle ${brief(f.interactive)}; longest task ${brief(f.longestTask)}`,
    );
    out.add("open-text", subject, "ms", f.text);
    if (f.highlight.length > 0) out.add("first-highlight", subject, "ms", f.highlight);
    out.add("open", subject, "ms", f.interactive);
    out.add("open-longest-task", subject, "ms", f.longestTask);
  }
  session.checkErrors();

  await openOnce(page, urls.app(id), { quietMs: config.quietMs, annotations: count });
  const edits = await measureAppEdits(page, random, { ...edit, runs });
  log(
    `app edits to drawn frame: tag ${brief(edits.tag.map((s) => s.drawnMs))}, retag ${brief(edits.retag.map((s) => s.drawnMs))}, delete ${brief(edits.delete.map((s) => s.drawnMs))}`,
  );
  out.edits("app", edits);
  const stored = count + edits.tag.length - edits.delete.length;
  const exported = await measureExport(page, runs.export, stored);
  log(`export: ${brief(exported)}`);
  out.add("export", "app", "ms", exported);
  session.checkErrors();

  if (withTextAnnotator) {
    await openOnce(page, urls.textAnnotator(id), { quietMs: config.quietMs });
    const tags = await measureTextAnnotatorTags(page, random, { ...edit, runs: runs.textAnnotatorTag });
    log(`text-annotator tags to drawn frame: ${brief(tags.map((s) => s.drawnMs))}`);
    out.edits("text-annotator", { tag: tags });
  } else {
    out.skipped("text-annotator", config.textAnnotatorUpTo);
  }
  await page.close();
  session.checkErrors();

  // Scrolling the 5 MB article through takes a minute a page: to keep the run short, text-annotator is
  // scrolled and weighed on the 1 MB one only.
  const weighed: Subject[] = [
    "app",
    ...(withTextAnnotator && bench.key === "1mb" ? (["text-annotator"] as const) : []),
    ...(prosemirrorOnce ? (["prosemirror"] as const) : []),
  ];
  for (const subject of weighed) {
    const url = variants.find((v) => v.subject === subject)?.url ?? "";
    const scroll = await measureScroll(() => session.newPage(), url, {
      runs: runs.scroll,
      quietMs: config.quietMs,
      // The edits above changed the count.
      annotations: stored,
      wheel: config.wheel,
      longFrameMs: config.longFrameMs,
    });
    const heapMb = await heapAfterOpening(() => session.newPage(), url, {
      quietMs: config.quietMs,
      annotations: stored,
    });
    log(
      `scroll ${subject}: longest frame ${brief(scroll.runs.map((r) => r.longestMs))}, over 100 ms ${scroll.runs.map((r) => r.over100).join(", ")}; heap ${heapMb.toFixed(1)} MB open, ${scroll.heapMb.toFixed(1)} MB scrolled`,
    );
    out.scroll(subject, scroll.runs);
    out.add("heap-open", subject, "MB", [heapMb]);
    out.add("heap-scrolled", subject, "MB", [scroll.heapMb]);
  }
  session.checkErrors();
  return out.metrics;
}
