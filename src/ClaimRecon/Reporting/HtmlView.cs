using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Internal;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// HTML views of single values (a claim, a range, a merge, a finding), the ones a notebook shows when a cell's
    /// result is a ClaimRecon value. Each view is a self-styled <c>div class="claimrecon"</c> fragment with an inline
    /// SVG range chart where there are ranges to draw.
    /// </summary>
    /// <remarks>
    /// <para>Every piece of user text (identifiers, wordings, quotes, notes, source names) is HTML-encoded, and only
    /// <c>http</c>/<c>https</c> evidence links become links. The styles are scoped to <c>.claimrecon</c> and follow the
    /// reader's light or dark colour scheme, as in <see cref="ReconciliationReport.ToHtml"/>.</para>
    /// <para>In .NET Interactive (Polyglot Notebooks) these views appear by themselves: the types carry a formatter
    /// attribute the host recognises by name, with these views as text/html and <c>ToString()</c> as text/plain. In plain
    /// Jupyter, a file-based app or a web page, call these methods and show or save the string.</para>
    /// <para>Thread-safe: the methods are pure.</para>
    /// </remarks>
    public static partial class HtmlView
    {
        /// <summary>Returns a claim as HTML: its figure, range, stance, attribution, times, evidence and note, and its range on a number line.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>An HTML fragment.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
        public static string Of(Claim claim)
        {
            Preconditions.NotNull(claim);
            var html = Open("cr-claim");
            html.Append("<h3>").Append(Html.Encode(claim.Id)).Append("</h3><table>");
            Field(html, "quantity", claim.Quantity.ToString());
            Field(html, "figure", claim.Figure is null ? "denies " + claim.FigureWording : claim.Figure.Wording is null ? claim.Figure.ToString() : "\u201C" + claim.Figure.Wording + "\u201D (" + claim.Figure + ")");
            html.Append("<tr><th>range</th><td><code>").Append(Html.Encode(claim.Range.ToString())).Append("</code> <span class=\"cr-muted\">under ")
                .Append(Html.Encode(claim.Policy.Name)).Append("</span></td></tr>");
            Field(html, "stance", claim.Stance.ToString().ToLowerInvariant());
            Field(html, "attribution", claim.Attribution.ToString());
            if (claim.StatedAt is { } stated)
            {
                Field(html, "stated", stated.ToString());
            }

            if (claim.Describes is { } describes)
            {
                Field(html, "describes", describes.ToString());
            }

            if (claim.Evidence.Count > 0)
            {
                html.Append("<tr><th>evidence</th><td>");
                foreach (var evidence in claim.Evidence)
                {
                    html.Append("<div>");
                    if (evidence.Quote is not null)
                    {
                        html.Append('\u201C').Append(Html.Encode(evidence.Quote)).Append("\u201D ");
                    }

                    Link(html, evidence.Url);
                    html.Append("</div>");
                }

                html.Append("</td></tr>");
            }

            if (claim.Note is not null)
            {
                Field(html, "note", claim.Note);
            }

            html.Append("</table>");
            RangeChart.Ranges(html, claim.Id, new[] { Row(claim, null, inFinding: false, Array.Empty<Claim>()) }, null, string.Empty);
            return Close(html);
        }

        /// <summary>Returns a range as HTML: its text form and a number line with closed, open and unbounded ends drawn distinctly.</summary>
        /// <param name="range">The range.</param>
        /// <returns>An HTML fragment.</returns>
        public static string Of(NumericRange range)
        {
            var html = Open("cr-range");
            var text = range.ToString();
            html.Append("<p><code>").Append(Html.Encode(text)).Append("</code></p>");
            RangeChart.Ranges(html, text, new[] { new RangeChart.Row("range", text, "range", text, range, hedged: false, inFinding: false, denial: false) }, null, string.Empty);
            return Close(html);
        }

        /// <summary>
        /// Returns the merge of one quantity in one period as HTML: strategy, status and consensus, a chart with one row
        /// per claim (outliers in the finding colour) over the consensus band, and the explanation.
        /// </summary>
        /// <param name="result">The merge result.</param>
        /// <returns>An HTML fragment.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public static string Of(MergeResult result)
        {
            Preconditions.NotNull(result);
            var html = Open("cr-merge");
            html.Append("<h3>").Append(Html.Encode(result.Quantity.Key + " \u00B7 " + (result.Period?.ToString() ?? "undated"))).Append("</h3>");
            Period(html, result);
            return Close(html);
        }

        /// <summary>Returns every period's merge of one quantity as HTML, with the timeline chart of a cumulative quantity.</summary>
        /// <param name="merge">The merges of the quantity.</param>
        /// <returns>An HTML fragment.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="merge"/> is null.</exception>
        public static string Of(QuantityMerge merge)
        {
            Preconditions.NotNull(merge);
            var html = Open("cr-quantity");
            Quantity(html, merge);
            return Close(html);
        }

        /// <summary>
        /// Returns a finding as HTML: kind, severity, explanation and rule, the claims involved in a table, and their
        /// ranges on a number line when they are about the finding's quantity.
        /// </summary>
        /// <param name="finding">The finding.</param>
        /// <returns>An HTML fragment.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
        public static string Of(Finding finding)
        {
            Preconditions.NotNull(finding);
            var html = Open("cr-finding-view " + FindingsView.Class(finding));
            html.Append("<p>");
            FindingsView.Line(html, finding, linkToQuantity: false);
            html.Append("</p><table><tr><th>claim</th><th>attribution</th><th>figure</th><th>range</th><th>stance</th></tr>");
            foreach (var claim in finding.Claims)
            {
                html.Append("<tr><td>").Append(Html.Encode(claim.Id)).Append("</td><td>").Append(Html.Encode(claim.Attribution.ToString()))
                    .Append("</td><td>").Append(Html.Encode(claim.FigureWording)).Append("</td><td><code>").Append(Html.Encode(claim.Range.ToString()))
                    .Append("</code></td><td>").Append(Html.Encode(claim.Stance.ToString().ToLowerInvariant())).Append("</td></tr>");
            }

            html.Append("</table>");
            if (finding.Derivation is { } derivation)
            {
                html.Append("<p class=\"cr-muted\">Derivation: ").Append(Html.Encode(derivation.ToString())).Append("</p>");
            }

            var rows = finding.Claims.Where(c => c.Quantity == finding.Quantity)
                .Select(c => Row(c, null, inFinding: InConflict(finding, c), finding.Claims))
                .ToList();
            if (finding.Derivation is { } derived && derived.Relation.Target == finding.Quantity)
            {
                var range = derived.Result.Range;
                rows.Add(new RangeChart.Row("derived", derived.Relation.Name ?? derived.Relation.ToString(), derived.Id, "derived " + derived.Result + " from " + derived.Relation, range, hedged: false, inFinding: false, denial: false, derived: true));
            }

            if (rows.Count > 0)
            {
                RangeChart.Ranges(html, finding.Id + " " + finding.Kind, rows, null, string.Empty, ChartRows.Marks(new[] { finding }));
            }

            return Close(html);
        }

        /// <summary>Returns a contradiction report as HTML: a summary, every finding, then every quantity's merges with charts.</summary>
        /// <param name="report">The report.</param>
        /// <returns>An HTML fragment.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
        public static string Of(ContradictionReport report)
        {
            Preconditions.NotNull(report);
            var html = Open("cr-contradictions");
            html.Append("<p class=\"cr-muted\">").Append(report.Findings.Count).Append(report.Findings.Count == 1 ? " finding" : " findings").Append(" in ")
                .Append(report.Claims.Count).Append(" claims from ").Append(report.OriginCount).Append(" independent origins on ").Append(report.Merges.Count).Append(" quantities.</p>");
            html.Append("<h2>Findings</h2>");
            FindingsView.List(html, report.Findings, linked: false);

            foreach (var skipped in report.Unchecked)
            {
                html.Append("<p class=\"cr-muted\">Not checked: ").Append(Html.Encode(skipped.ToString())).Append("</p>");
            }

            foreach (var omitted in report.OmittedPairs)
            {
                html.Append("<p class=\"cr-muted\">Pairwise detail limited: ").Append(Html.Encode(omitted.ToString())).Append("</p>");
            }

            foreach (var merge in report.Merges)
            {
                html.Append("<section class=\"cr-quantity\">");
                Quantity(html, merge);
                html.Append("</section>");
            }

            return Close(html);
        }

        /// <summary>The view of a value of any type above, or null for any other value (the notebook formatters' entry point).</summary>
        internal static string? TryRender(object? value) => value switch
        {
            Claim claim => Of(claim),
            ClaimSet set => Of(set),
            NumericRange range => Of(range),
            MergeResult result => Of(result),
            QuantityMerge merge => Of(merge),
            Finding finding => Of(finding),
            ContradictionReport report => Of(report),
            ReconciliationReport report => report.ToHtmlFragment(),
            _ => null,
        };

        private static StringBuilder Open(string kind) =>
            new StringBuilder().Append("<div class=\"claimrecon ").Append(kind).Append("\"><style>").Append(Html.Style).Append("</style>");

        private static string Close(StringBuilder html) => html.Append("</div>").ToString();

        private static void Field(StringBuilder html, string name, string value) =>
            html.Append("<tr><th>").Append(name).Append("</th><td>").Append(Html.Encode(value)).Append("</td></tr>");

        private static void Link(StringBuilder html, Uri? url)
        {
            if (url is null)
            {
                return;
            }

            var text = Html.Encode(url.OriginalString);
            if (url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                html.Append("<a href=\"").Append(Html.Encode(url.AbsoluteUri)).Append("\" rel=\"noopener noreferrer\">").Append(text).Append("</a>");
            }
            else
            {
                html.Append(text);
            }
        }

        private static void Quantity(StringBuilder html, QuantityMerge merge)
        {
            var key = merge.Quantity.Key.ToString();
            html.Append("<h2>").Append(Html.Encode(key)).Append("</h2><p class=\"cr-muted\">");
            if (merge.Quantity.Description is not null)
            {
                html.Append(Html.Encode(merge.Quantity.Description)).Append(" \u00B7 ");
            }

            html.Append("unit ").Append(Html.Encode(merge.Quantity.Unit.Symbol)).Append(" \u00B7 ").Append(Html.Encode(merge.Quantity.Kind.ToString().ToLowerInvariant())).Append("</p>");
            foreach (var period in merge.Periods)
            {
                html.Append("<h3>").Append(Html.Encode(period.Period?.ToString() ?? "undated")).Append("</h3>");
                Period(html, period);
            }

            if (merge.Timeline is { Points.Count: > 1 } timeline)
            {
                html.Append("<h3>Timeline</h3>");
                RangeChart.Timeline(html, key + " over time", timeline, merge.Quantity.Unit.Symbol);
            }
        }

        private static void Period(StringBuilder html, MergeResult result)
        {
            html.Append("<p class=\"cr-muted\">").Append(Html.Encode(result.Strategy.ToString())).Append(" \u00B7 ").Append(Html.Encode(result.Status.ToString().ToLowerInvariant()))
                .Append(" \u00B7 consensus <code>").Append(Html.Encode(result.Consensus.ToString())).Append("</code></p>");
            var names = new Dictionary<Claim, string>();
            foreach (var witness in result.Witnesses.Concat(result.Outliers.Select(o => o.Witness)))
            {
                foreach (var claim in witness.Claims)
                {
                    names[claim] = witness.OriginName;
                }
            }

            foreach (var denial in result.Denials)
            {
                names[denial.Claim] = denial.OriginName;
            }

            var left = new HashSet<Claim>(result.Outliers.SelectMany(o => o.Witness.Claims));
            var claims = ReportWriters.ClaimsOf(result).ToArray();
            var rows = claims
                .Select(c => Row(c, names.TryGetValue(c, out var name) ? name : null, left.Contains(c), claims))
                .ToArray();
            NumericRange? band = result.Status == MergeStatus.Consensus ? result.Consensus : null;
            RangeChart.Ranges(html, result.Quantity.Key + " " + (result.Period?.ToString() ?? "undated"), rows, band, result.Quantity.Unit.Symbol);
            html.Append("<p>").Append(Html.Encode(result.Explanation)).Append("</p>");
        }

        /// <summary>
        /// Whether to draw a claim of a finding in the finding colour: every claim of a contradiction, except that in a
        /// denial only the denials and the figures they deny are, not the denier's own figures.
        /// </summary>
        private static bool InConflict(Finding finding, Claim claim)
        {
            if (!finding.IsContradiction)
            {
                return false;
            }

            if (finding.Kind != FindingKind.Denial || claim.Stance == Stance.Denies)
            {
                return true;
            }

            return finding.Claims.Any(d => d.Stance == Stance.Denies && d.Attribution.Origin != claim.Attribution.Origin && d.Range.Overlaps(claim.Range));
        }

        /// <summary>A chart row: the origin on the first line; the figure as worded (and the reporter when it is not the origin) on the second.</summary>
        private static RangeChart.Row Row(Claim claim, string? originName, bool inFinding, IEnumerable<Claim> others)
        {
            var denial = claim.Stance == Stance.Denies;
            var origin = originName ?? claim.Attribution.Origin;
            var via = string.Equals(claim.Attribution.Origin, claim.Attribution.Reporter, StringComparison.Ordinal) ? string.Empty : " (via " + claim.Attribution.Reporter + ")";
            var wording = claim.FigureWording;
            return new RangeChart.Row(
                origin,
                (claim.Stance == Stance.Denies ? "denies " : string.Empty) + wording + via,
                claim.Id,
                origin + via + ": " + wording + " = " + (denial ? ChartRows.RuledOutText(claim, others) : ReportOrder.Range(claim.Range)) + " (" + claim.Stance.ToString().ToLowerInvariant() + ", " + claim.Id + ")",
                claim.Range,
                ReportWriters.IsHedged(claim),
                inFinding,
                denial,
                denial ? ChartRows.RuledOut(claim, others) : null);
        }
    }
}
