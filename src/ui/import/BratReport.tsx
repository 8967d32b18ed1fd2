import type { BratImportReport } from "../../model/format/bratImport";

/** The kinds of what the files hold that no annotation took, most first, as "49 × Discuss span". */
export function describeUnused(unused: BratImportReport["unused"]): string[] {
  return Object.entries(unused)
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([kind, n]) => `${n.toLocaleString("en")} × ${kind}`);
}

/**
 * What reading brat files gave: how much, what the files hold that was not used, the files not imported
 * and why (by file and line), and things done that the user should know of.
 */
export function BratReport({ report }: { report: BratImportReport }) {
  const unused = describeUnused(report.unused);
  return (
    <section className="brat-report" aria-label="What the brat files hold">
      <p>
        Read {report.files.toLocaleString("en")} file{report.files === 1 ? "" : "s"}:{" "}
        {report.articles.toLocaleString("en")} article{report.articles === 1 ? "" : "s"} with{" "}
        {report.annotations.toLocaleString("en")} annotation{report.annotations === 1 ? "" : "s"}.
      </p>
      <h3>Not used</h3>
      {unused.length ? (
        <ul aria-label="Not used">
          {unused.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing: every line of the files was used.</p>
      )}
      {report.problems.length ? <ReportList title="Not imported" lines={report.problems} /> : null}
      {report.notices.length ? <ReportList title="Notes" lines={report.notices} /> : null}
    </section>
  );
}

function ReportList({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <>
      <h3>
        {title} ({lines.length.toLocaleString("en")})
      </h3>
      {/* A long list scrolls in its own box, which takes the focus so that the keys scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <ul className="brat-report-lines" aria-label={title} tabIndex={0}>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown, and a line may repeat.
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}
