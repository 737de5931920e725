using System;
using System.Collections.Generic;
using System.Threading;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Internal;
using ClaimRecon.Merging;
using ClaimRecon.Provenance;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// A reconciliation of a claim set, ready to show: per quantity the claims, the merged consensus, outliers and
    /// findings with explanations, as text, Markdown, a self-contained HTML page with range charts, JSON, W3C PROV-JSON or
    /// schema.org ClaimReview JSON-LD.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe; each rendering is computed on demand. The HTML has no external scripts, fonts or
    /// styles, encodes every piece of user text, and follows the reader's light or dark colour scheme.
    /// </remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<ReconciliationReport>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class ReconciliationReport
    {
        private ReconciliationReport(ClaimSet set, ContradictionReport contradictions, string title)
        {
            Set = set;
            Contradictions = contradictions;
            Title = title;
            Quantities = ReportOrder.Of(contradictions);
        }

        /// <summary>Gets the claims, sources and quantities reconciled.</summary>
        public ClaimSet Set { get; }

        /// <summary>Gets the findings, merges and derivations.</summary>
        public ContradictionReport Contradictions { get; }

        /// <summary>Gets the title shown at the top of the report.</summary>
        public string Title { get; }

        /// <summary>
        /// Gets the quantities in reading order: first those with findings, the most severe finding first (then by key),
        /// then the rest by key. The text, Markdown and HTML renderings list their quantity sections in this order.
        /// </summary>
        public IReadOnlyList<QuantityMerge> Quantities { get; }

        /// <summary>Reconciles a claim set: merges every quantity and finds what does not add up.</summary>
        /// <param name="set">The claims.</param>
        /// <param name="relations">Declared relations between quantities, checked by arithmetic; optional.</param>
        /// <param name="options">How much detail the findings give; null means <see cref="ContradictionOptions.Default"/> (each outlying witness once, against the consensus).</param>
        /// <returns>The report.</returns>
        public static ReconciliationReport Create(ClaimSet set, IEnumerable<DerivedRelation>? relations = null, ContradictionOptions? options = null) =>
            Create(set, relations, options, null, CancellationToken.None);

        /// <summary>Reconciles a claim set, telling <paramref name="progress"/> how far it has got and stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
        /// <param name="set">The claims.</param>
        /// <param name="relations">Declared relations between quantities, checked by arithmetic; optional.</param>
        /// <param name="options">How much detail the findings give; null means <see cref="ContradictionOptions.Default"/>.</param>
        /// <param name="progress">Told the quantities merged and the rules run, as by <see cref="ContradictionDetector.Detect(IEnumerable{Claim}, IProgress{DetectionProgress}?, CancellationToken)"/>; null for none.</param>
        /// <param name="cancellationToken">Checked between quantities while merging and between rules.</param>
        /// <returns>The report; the same as without progress.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public static ReconciliationReport Create(ClaimSet set, IEnumerable<DerivedRelation>? relations, ContradictionOptions? options, IProgress<DetectionProgress>? progress, CancellationToken cancellationToken = default)
        {
            Preconditions.NotNull(set);
            var report = ContradictionDetector.For(set, relations, options).Detect(set.Claims, progress, keepMerges: true, cancellationToken);
            return new ReconciliationReport(set, report, "ClaimRecon reconciliation");
        }

        /// <summary>Returns a copy with another title.</summary>
        /// <param name="title">The title.</param>
        /// <returns>The retitled report.</returns>
        public ReconciliationReport WithTitle(string title) => new(Set, Contradictions, Preconditions.NotBlank(title));

        /// <summary>Returns the report as plain text: per quantity the merge explanations, then every finding.</summary>
        /// <returns>The text.</returns>
        public string ToText() => ReportWriters.Text(this);

        /// <summary>Returns the report as Markdown: the same content as the HTML, without charts.</summary>
        /// <returns>The Markdown text.</returns>
        public string ToMarkdown() => ReportWriters.Markdown(this);

        /// <summary>Returns the report as one self-contained HTML document with inline SVG range charts.</summary>
        /// <returns>The HTML text.</returns>
        public string ToHtml() => ReportWriters.HtmlDocument(this);

        /// <summary>Returns the report as an HTML fragment (a <c>div</c> with its own styles), for embedding in a page or a notebook.</summary>
        /// <returns>The HTML fragment.</returns>
        public string ToHtmlFragment() => ReportWriters.HtmlFragment(this);

        /// <summary>Returns the report as JSON: quantities with their merges, findings, derivations and unchecked relations.</summary>
        /// <returns>The JSON text.</returns>
        public string ToJson() => ReportWriters.Json(this);

        /// <summary>Returns the provenance graph as W3C PROV-JSON.</summary>
        /// <returns>The PROV-JSON text.</returns>
        public string ToProvJson() => ProvenanceGraph.From(Contradictions, Set.Sources).ToProvJson();

        /// <summary>Returns one schema.org ClaimReview per finding that is a contradiction, as a JSON-LD array.</summary>
        /// <param name="options">Who publishes the review, where and when.</param>
        /// <returns>The JSON-LD text.</returns>
        public string ToClaimReview(ClaimReviewOptions options) => ClaimReviewWriter.Write(this, Preconditions.NotNull(options));

        /// <summary>Returns <see cref="ToText"/>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => ToText();
    }
}
