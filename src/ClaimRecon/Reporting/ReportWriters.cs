using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using Newtonsoft.Json;

namespace ClaimRecon.Reporting
{
    /// <summary>The renderings of a <see cref="ReconciliationReport"/>: text, Markdown, HTML and JSON.</summary>
    internal static class ReportWriters
    {
        public static string Text(ReconciliationReport report)
        {
            var text = new StringBuilder();
            text.Append(report.Title).Append('\n').Append(Summary(report)).Append('\n');
            foreach (var merge in report.Quantities)
            {
                text.Append('\n').Append(merge.Quantity.Key).Append(" (").Append(merge.Quantity.Unit.Symbol).Append(", ").Append(merge.Quantity.Kind).Append(")\n");
                foreach (var period in merge.Periods)
                {
                    text.Append("  ").Append(period.Explanation).Append('\n');
                    var claims = ClaimsOf(period).ToArray();
                    foreach (var denial in claims.Where(c => c.Stance == Stance.Denies))
                    {
                        text.Append("    \u2715 ").Append(Who(report, denial)).Append(" denies ").Append(denial.FigureWording).Append(": ")
                            .Append(ChartRows.RuledOutText(denial, claims)).Append(" (").Append(denial.Id).Append(")\n");
                    }
                }
            }

            text.Append('\n').Append(report.Contradictions.Findings.Count == 0 ? "No findings." : "Findings:").Append('\n');
            foreach (var finding in report.Contradictions.Findings)
            {
                text.Append("  ").Append(finding.Id).Append(" [").Append(finding.Kind).Append(", severity ").Append(Severity(finding)).Append("] ").Append(finding.Explanation).Append('\n');
            }

            foreach (var skipped in report.Contradictions.Unchecked)
            {
                text.Append("  not checked: ").Append(skipped).Append('\n');
            }

            foreach (var omitted in report.Contradictions.OmittedPairs)
            {
                text.Append("  pairwise detail limited: ").Append(omitted).Append('\n');
            }

            return TerminalText.Escape(text.ToString(), keepLineBreaks: true);
        }

        public static string Markdown(ReconciliationReport report)
        {
            var md = new StringBuilder();
            md.Append("# ").Append(Md(report.Title)).Append("\n\n").Append(Md(Summary(report))).Append("\n\n## Findings\n\n");
            if (report.Contradictions.Findings.Count == 0)
            {
                md.Append("No findings.\n");
            }

            foreach (var finding in report.Contradictions.Findings)
            {
                MarkdownFinding(md, finding);
            }

            foreach (var skipped in report.Contradictions.Unchecked)
            {
                md.Append(ReportParts.MarkdownUnchecked(skipped));
            }

            foreach (var omitted in report.Contradictions.OmittedPairs)
            {
                md.Append("\n- Pairwise detail limited: ").Append(Md(omitted.ToString()));
            }

            foreach (var merge in report.Quantities)
            {
                MarkdownQuantity(md, report, merge);
            }

            return md.ToString();
        }

        /// <summary>One finding's numbered line in the Markdown report.</summary>
        internal static void MarkdownFinding(StringBuilder md, Finding finding)
        {
            md.Append("1. **").Append(finding.Kind).Append("** (severity ").Append(Severity(finding)).Append(", ").Append(ReportOrder.Count(finding.Origins.Count, "origin", "origins")).Append("; ")
                .Append(Md(finding.Quantity.ToString())).Append(finding.Period is null ? string.Empty : ", " + Md(finding.Period.ToString())).Append("): ")
                .Append(Md(finding.Explanation)).Append(" *Rule:* ").Append(Md(finding.Rule)).Append('\n');
        }

        /// <summary>One quantity's section of the Markdown report; <paramref name="report"/> names the sources.</summary>
        internal static void MarkdownQuantity(StringBuilder md, ReconciliationReport report, QuantityMerge merge)
        {
            md.Append("\n## ").Append(Md(merge.Quantity.Key.ToString())).Append("\n\n");
            if (merge.Quantity.Description is not null)
            {
                md.Append(Md(merge.Quantity.Description)).Append("\n\n");
            }

            md.Append("Unit: ").Append(Md(merge.Quantity.Unit.Symbol)).Append(" · kind: ").Append(merge.Quantity.Kind).Append("\n\n");
            foreach (var period in merge.Periods)
            {
                md.Append("### ").Append(Md(period.Period?.ToString() ?? "undated")).Append("\n\n").Append(Md(period.Explanation)).Append("\n\n");
                md.Append("| source | figure | range | stance | claim |\n|---|---|---|---|---|\n");
                var claims = ClaimsOf(period).ToArray();
                foreach (var claim in claims)
                {
                    var denial = claim.Stance == Stance.Denies;
                    md.Append("| ").Append(Md(Who(report, claim))).Append(" | ").Append(denial ? "\u2715 " : string.Empty).Append(Md(claim.FigureWording)).Append(" | ")
                        .Append(Md(denial ? ChartRows.RuledOutText(claim, claims) : ReportOrder.Range(claim.Range))).Append(" | ").Append(denial ? "**denies**" : claim.Stance.ToString()).Append(" | ").Append(Md(claim.Id)).Append(" |\n");
                }

                md.Append('\n');
            }
        }

        public static string HtmlDocument(ReconciliationReport report) =>
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>"
            + Html.Encode(report.Title) + "</title>\n<style>body{margin:0;background:#ffffff}@media (prefers-color-scheme: dark){body{background:#0d1117}}</style>\n</head>\n<body>\n"
            + HtmlFragment(report) + "\n</body>\n</html>\n";

        public static string HtmlFragment(ReconciliationReport report)
        {
            var contradictions = report.Contradictions;
            var html = new StringBuilder();
            html.Append("<div class=\"claimrecon\"><style>").Append(Html.Style).Append("</style>");
            html.Append("<h1>").Append(Html.Encode(report.Title)).Append("</h1>");
            html.Append("<p class=\"cr-muted\">").Append(Html.Encode(Summary(report))).Append("</p>");
            html.Append("<h2 id=\"findings\">Findings</h2>");
            FindingsView.List(html, contradictions.Findings, linked: true);

            if (contradictions.Unchecked.Count > 0 || contradictions.OmittedPairs.Count > 0)
            {
                html.Append("<ul class=\"cr-unchecked\">");
                foreach (var skipped in contradictions.Unchecked)
                {
                    html.Append("<li>Not checked: ").Append(Html.Encode(skipped.ToString())).Append("</li>");
                }

                foreach (var omitted in contradictions.OmittedPairs)
                {
                    html.Append("<li>Pairwise detail limited: ").Append(Html.Encode(omitted.ToString())).Append("</li>");
                }

                html.Append("</ul>");
            }

            var flagged = new HashSet<Claim>(contradictions.Findings.Where(f => f.IsContradiction).SelectMany(f => f.Claims));
            foreach (var merge in report.Quantities)
            {
                var key = merge.Quantity.Key.ToString();
                html.Append("<section class=\"cr-quantity\" id=\"").Append(Html.Encode(ReportOrder.Anchor(merge.Quantity.Key))).Append("\" data-quantity=\"").Append(Html.Encode(key)).Append("\"><h2>").Append(Html.Encode(key)).Append("</h2>");
                html.Append("<p class=\"cr-muted\">").Append(Html.Encode(merge.Quantity.Description ?? string.Empty)).Append(merge.Quantity.Description is null ? string.Empty : " · ")
                    .Append("unit ").Append(Html.Encode(merge.Quantity.Unit.Symbol)).Append(" · ").Append(Html.Encode(merge.Quantity.Kind.ToString().ToLowerInvariant())).Append("</p>");
                foreach (var period in merge.Periods)
                {
                    html.Append("<h3 id=\"").Append(Html.Encode(ReportOrder.Anchor(merge.Quantity.Key, period.Period))).Append("\">")
                        .Append(Html.Encode(period.Period?.ToString() ?? "undated")).Append("</h3>");
                    var supporters = new HashSet<Claim>(period.Supporters.SelectMany(w => w.Claims));
                    var claims = ClaimsOf(period).ToArray();
                    var findings = ChartRows.FindingsOf(contradictions, period);
                    var caution = ChartRows.Caution(findings);
                    var rows = claims.Select(c => new RangeChart.Row(
                        Origin(report, c),
                        (c.Stance == Stance.Denies ? "denies " : string.Empty) + (c.FigureWording) + (c.Attribution.Origin == c.Attribution.Reporter ? string.Empty : " (via " + Name(report, c.Attribution.Reporter) + ")"),
                        c.Id,
                        Who(report, c) + ": " + (c.FigureWording) + " = " + (c.Stance == Stance.Denies ? ChartRows.RuledOutText(c, claims) : ReportOrder.Range(c.Range)) + " (" + c.Stance.ToString().ToLowerInvariant() + ", " + c.Id + ")",
                        c.Range,
                        IsHedged(c),
                        flagged.Contains(c) && (!supporters.Contains(c) || c.Stance == Stance.Denies),
                        c.Stance == Stance.Denies,
                        c.Stance == Stance.Denies ? ChartRows.RuledOut(c, claims) : null,
                        caution: caution.Contains(c))).Concat(ChartRows.Derived(findings, period)).ToArray();
                    NumericRange? band = period.Status == MergeStatus.Consensus ? period.Consensus : null;
                    RangeChart.Ranges(html, key + " " + (period.Period?.ToString() ?? "undated"), rows, band, merge.Quantity.Unit.Symbol, ChartRows.Marks(findings));
                    html.Append("<p>").Append(Html.Encode(period.Explanation)).Append("</p>");
                }

                if (merge.Timeline is { Points.Count: > 1 } timeline)
                {
                    html.Append("<h3>Timeline</h3>");
                    RangeChart.Timeline(html, key + " over time", timeline, merge.Quantity.Unit.Symbol);
                }

                EvidenceList.Append(html, report, merge.Periods.SelectMany(ClaimsOf));
                html.Append("</section>");
            }

            html.Append("</div>");
            return html.ToString();
        }

        public static string Json(ReconciliationReport report)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented })
            {
                var c = report.Contradictions;
                json.WriteStartObject();
                json.WritePropertyName("title");
                json.WriteValue(report.Title);
                json.WritePropertyName("claimCount");
                json.WriteValue(c.Claims.Count);
                json.WritePropertyName("originCount");
                json.WriteValue(c.OriginCount);
                json.WritePropertyName("findings");
                json.WriteStartArray();
                foreach (var f in c.Findings)
                {
                    JsonFinding(json, f, f.Id);
                }

                json.WriteEndArray();
                json.WritePropertyName("quantities");
                json.WriteStartArray();
                foreach (var merge in c.Merges)
                {
                    JsonQuantity(json, merge);
                }

                json.WriteEndArray();
                json.WritePropertyName("derivations");
                json.WriteStartArray();
                foreach (var d in c.Derivations)
                {
                    JsonDerivation(json, d, d.Id);
                }

                json.WriteEndArray();
                Strings(json, "unchecked", c.Unchecked.Select(u => u.ToString()));
                if (c.OmittedPairs.Count > 0)
                {
                    Strings(json, "omittedPairs", c.OmittedPairs.Select(o => o.ToString()));
                }
                json.WriteEndObject();
            }

            return text.ToString();
        }

        /// <summary>Writes one derivation's object of the JSON report under the id given (a report written in parts numbers its derivations afresh).</summary>
        internal static void JsonDerivation(JsonWriter json, Derivation derivation, string id)
        {
            json.WriteStartObject();
            Property(json, "id", id);
            Property(json, "relation", derivation.Relation.ToString());
            Property(json, "period", derivation.Period?.ToString());
            Property(json, "result", derivation.Result.ToString());
            Property(json, "literalResult", derivation.LiteralResult.ToString());
            json.WriteEndObject();
        }

        /// <summary>Writes one finding's object of the JSON report under the id given (a report written in parts numbers its findings afresh).</summary>
        internal static void JsonFinding(JsonWriter json, Finding finding, string id) => JsonFinding(json, finding, id, finding.Derivation?.Id);

        /// <summary>Writes one finding's object of the JSON report under the id given, naming its derivation by <paramref name="derivationId"/>.</summary>
        internal static void JsonFinding(JsonWriter json, Finding finding, string id, string? derivationId)
        {
            json.WriteStartObject();
            Property(json, "id", id);
            Property(json, "kind", finding.Kind.ToString());
            json.WritePropertyName("isContradiction");
            json.WriteValue(finding.IsContradiction);
            json.WritePropertyName("severity");
            json.WriteValue(finding.Severity);
            Property(json, "quantity", finding.Quantity.ToString());
            Property(json, "period", finding.Period?.ToString());
            Strings(json, "claims", finding.Claims.Select(claim => claim.Id));
            Strings(json, "origins", finding.Origins);
            Property(json, "rule", finding.Rule);
            Property(json, "explanation", finding.Explanation);
            Number(json, "gap", finding.Gap);
            Number(json, "relativeGap", finding.RelativeGap);
            Number(json, "flipTolerance", finding.FlipTolerance);
            Property(json, "derivation", derivationId);
            json.WriteEndObject();
        }

        /// <summary>Writes one quantity's object of the JSON report: its key, unit, kind and periods.</summary>
        internal static void JsonQuantity(JsonWriter json, QuantityMerge merge)
        {
            json.WriteStartObject();
            Property(json, "key", merge.Quantity.Key.ToString());
            Property(json, "unit", merge.Quantity.Unit.Symbol);
            Property(json, "kind", merge.Quantity.Kind.ToString());
            json.WritePropertyName("periods");
            json.WriteStartArray();
            foreach (var p in merge.Periods)
            {
                json.WriteStartObject();
                Property(json, "period", p.Period?.ToString());
                Property(json, "status", p.Status.ToString());
                Property(json, "consensus", p.Consensus.ToString());
                json.WritePropertyName("support");
                json.WriteValue(p.Support);
                Strings(json, "supporters", p.Supporters.Select(w => w.OriginId));
                json.WritePropertyName("outliers");
                json.WriteStartArray();
                foreach (var o in p.Outliers)
                {
                    json.WriteStartObject();
                    Property(json, "origin", o.Witness.OriginId);
                    Property(json, "reason", o.Reason.ToString());
                    Property(json, "range", o.Witness.Range.ToString());
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Property(json, "explanation", p.Explanation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        internal static string Summary(ReconciliationReport report)
        {
            var c = report.Contradictions;
            return Summary(c.Claims.Count, c.OriginCount, c.Merges.Count, c.Findings.Count, c.Findings.Count(f => f.IsContradiction));
        }

        /// <summary>The report's one-line summary from its counts.</summary>
        internal static string Summary(int claims, int origins, int quantities, int findings, int contradictions) =>
            $"{ReportOrder.Count(claims, "claim", "claims")} from {ReportOrder.Count(origins, "independent origin", "independent origins")} on {ReportOrder.Count(quantities, "quantity", "quantities")}; "
            + $"{ReportOrder.Count(findings, "finding", "findings")}"
            + (findings == 0 ? "." : contradictions == 0 ? ", none of them a contradiction." : contradictions == 1 ? (findings == 1 ? ", a contradiction." : ", 1 of them a contradiction.") : $", {contradictions:N0} of them contradictions.");

        internal static string Who(ReconciliationReport report, Claim claim)
        {
            var origin = claim.Attribution.Origin;
            var name = Name(report, origin);
            if (string.Equals(origin, claim.Attribution.Reporter, StringComparison.Ordinal))
            {
                return name;
            }

            var reporter = Name(report, claim.Attribution.Reporter);
            return name + " via " + reporter;
        }

        private static string Origin(ReconciliationReport report, Claim claim) => Name(report, claim.Attribution.Origin);

        private static string Name(ReconciliationReport report, string sourceId) =>
            report.Set.TryGetSource(sourceId, out var source) ? source.Name : sourceId;

        internal static IEnumerable<Claim> ClaimsOf(MergeResult period) =>
            period.Witnesses.SelectMany(w => w.Claims)
                .Concat(period.Outliers.Where(o => o.Reason == OutlierReason.SelfContradictory).SelectMany(o => o.Witness.Claims))
                .Concat(period.Denials.Select(d => d.Claim))
                .Distinct()
                .OrderBy(c => c.Attribution.Origin, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal);

        internal static bool IsHedged(Claim claim) => claim.Figure is not null && Hedging.HedgeKinds.DependsOnTolerance(claim.Figure.Hedge);

        private static string Severity(Finding finding) => FindingsView.Severity(finding);

        /// <summary>Markdown-escapes text for one table cell or list item: line breaks of any kind (CR, LF, U+2028/9) become spaces, other controls visible escapes.</summary>
        internal static string Md(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var ch in TerminalText.Escape(text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ')))
            {
                if ("\\`*_[]<>|#".IndexOf(ch) >= 0)
                {
                    escaped.Append('\\');
                }

                escaped.Append(ch);
            }

            return escaped.ToString();
        }

        private static void Property(JsonWriter json, string name, string? value)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }

        private static void Strings(JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WritePropertyName(name);
            json.WriteStartArray();
            foreach (var value in values)
            {
                json.WriteValue(value);
            }

            json.WriteEndArray();
        }

        private static void Number(JsonWriter json, string name, decimal? value)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
    }
}
