using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// Each claim's figure in the words of its evidence, with its source, so a reader can check the reading: the quote
    /// with the figure's wording marked, as claims read from articles carry their sentence as evidence.
    /// </summary>
    internal static class EvidenceList
    {
        public static void Append(StringBuilder html, ReconciliationReport report, IEnumerable<Claim> claims)
        {
            var quoted = claims.Where(c => c.Evidence.Any(e => e.Quote is not null)).ToList();
            if (quoted.Count == 0)
            {
                return;
            }

            html.Append("<details class=\"cr-evidence\"><summary>Each figure in its sentence</summary><ul>");
            foreach (var claim in quoted)
            {
                html.Append("<li><b>").Append(Html.Encode(report.Set.GetOrigin(claim).Name)).Append("</b> <span class=\"cr-muted\">(");
                Through(html, report, claim);
                html.Append(Html.Encode(claim.Stance.ToString().ToLowerInvariant())).Append(", ").Append(Html.Encode(claim.Id)).Append(")</span>: ");
                foreach (var evidence in claim.Evidence.Where(e => e.Quote is not null))
                {
                    var quote = evidence.Quote!;
                    var wording = claim.Figure?.Wording;
                    var at = wording is null ? -1 : quote.IndexOf(wording, StringComparison.Ordinal);
                    html.Append('\u201C');
                    if (at < 0)
                    {
                        html.Append(Html.Encode(quote));
                    }
                    else
                    {
                        html.Append(Html.Encode(quote.Substring(0, at))).Append("<mark>").Append(Html.Encode(wording!)).Append("</mark>")
                            .Append(Html.Encode(quote.Substring(at + wording!.Length)));
                    }

                    html.Append("\u201D ");
                }

                html.Append("</li>");
            }

            html.Append("</ul></details>");
        }

        /// <summary>The cited sources between the reporter and the origin ("through Security Media Cell, "), so a reader sees who spoke for the origin.</summary>
        private static void Through(StringBuilder html, ReconciliationReport report, Claim claim)
        {
            var steps = claim.Attribution.Steps;
            for (var i = 0; i < steps.Count - 1; i++)
            {
                html.Append(i == 0 ? "through " : " \u2192 ").Append(Html.Encode(report.Set.TryGetSource(steps[i].SourceId, out var source) ? source.Name : steps[i].SourceId));
            }

            if (steps.Count > 1)
            {
                html.Append(", ");
            }
        }
    }
}
