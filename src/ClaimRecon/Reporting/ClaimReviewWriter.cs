using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Sources;
using Newtonsoft.Json;
using NodaTime.Text;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// schema.org ClaimReview JSON-LD, one per contradiction: <c>claimReviewed</c>, <c>reviewRating</c> with
    /// <c>alternateName</c> and <c>ratingExplanation</c>, <c>url</c>, <c>author</c>, <c>datePublished</c>, and
    /// <c>itemReviewed</c> as a <c>Claim</c> with its author, date and appearances, the figure as a
    /// <c>QuantitativeValue</c> (<c>minValue</c>/<c>maxValue</c>/<c>unitText</c>).
    /// </summary>
    internal static class ClaimReviewWriter
    {
        public static string Write(ReconciliationReport report, ClaimReviewOptions options)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, StringEscapeHandling = StringEscapeHandling.EscapeHtml })
            {
                json.WriteStartArray();
                foreach (var finding in report.Contradictions.Findings.Where(f => f.IsContradiction))
                {
                    WriteReview(json, report, options, finding);
                }

                json.WriteEndArray();
            }

            return text.ToString();
        }

        private static void WriteReview(JsonTextWriter json, ReconciliationReport report, ClaimReviewOptions options, Finding finding)
        {
            var reviewed = Reviewed(report, finding);
            var wording = reviewed.FigureWording;
            json.WriteStartObject();
            Property(json, "@context", "https://schema.org");
            Property(json, "@type", "ClaimReview");
            Property(json, "url", new UriBuilder(options.PageUrl) { Fragment = finding.Id }.Uri.AbsoluteUri);
            Property(json, "datePublished", LocalDatePattern.Iso.Format(options.DatePublished));
            Property(json, "claimReviewed", Shorten($"{wording} ({finding.Quantity.Measure} of {finding.Quantity.Subject})", 140));
            json.WritePropertyName("author");
            json.WriteStartObject();
            Property(json, "@type", "Organization");
            Property(json, "name", options.Reviewer);
            json.WriteEndObject();

            json.WritePropertyName("itemReviewed");
            json.WriteStartObject();
            Property(json, "@type", "Claim");
            report.Set.TryGetSource(reviewed.Attribution.Origin, out var origin);
            json.WritePropertyName("author");
            json.WriteStartObject();
            Property(json, "@type", origin?.Kind is SourceKind.NamedPerson or SourceKind.AnonymousOfficial ? "Person" : "Organization");
            Property(json, "name", origin?.Name ?? reviewed.Attribution.Origin);
            json.WriteEndObject();
            var said = reviewed.StatedAt ?? reviewed.Describes;
            if (said is not null)
            {
                Property(json, "datePublished", LocalDatePattern.Iso.Format(said.FirstDay));
            }

            var urls = reviewed.Evidence.Where(e => e.Url is not null).Select(e => e.Url!.AbsoluteUri).Distinct().ToArray();
            if (urls.Length > 0)
            {
                json.WritePropertyName("appearance");
                json.WriteStartArray();
                foreach (var url in urls)
                {
                    json.WriteStartObject();
                    Property(json, "@type", "CreativeWork");
                    Property(json, "url", url);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WritePropertyName("firstAppearance");
                json.WriteStartObject();
                Property(json, "@type", "CreativeWork");
                Property(json, "url", urls[0]);
                json.WriteEndObject();
            }

            json.WritePropertyName("about");
            json.WriteStartObject();
            Property(json, "@type", "QuantitativeValue");
            Property(json, "name", finding.Quantity.ToString());
            Property(json, "description", wording);
            if (!reviewed.Range.IsEmpty && !reviewed.Range.Lower.IsUnbounded)
            {
                json.WritePropertyName("minValue");
                json.WriteValue(reviewed.Range.Lower.Value);
            }

            if (!reviewed.Range.IsEmpty && !reviewed.Range.Upper.IsUnbounded)
            {
                json.WritePropertyName("maxValue");
                json.WriteValue(reviewed.Range.Upper.Value);
            }

            var unit = report.Set.Quantities.FirstOrDefault(q => q.Key.Equals(reviewed.Quantity))?.Unit.Symbol;
            if (unit is not null)
            {
                Property(json, "unitText", unit);
            }

            json.WriteEndObject();
            json.WriteEndObject();

            json.WritePropertyName("reviewRating");
            json.WriteStartObject();
            Property(json, "@type", "Rating");
            Property(json, "alternateName", Verdict(finding));
            Property(json, "ratingExplanation", finding.Explanation);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>The claim under review: for a denial, the figure denied; otherwise the first claim outside its period's consensus.</summary>
        private static Claim Reviewed(ReconciliationReport report, Finding finding)
        {
            if (finding.Kind == FindingKind.Denial && finding.Claims.Count > 1)
            {
                return finding.Claims[1];
            }

            var supporters = new System.Collections.Generic.HashSet<Claim>(report.Contradictions.Merges.Where(m => m.Quantity.Key.Equals(finding.Quantity))
                .SelectMany(m => m.Periods).SelectMany(p => p.Supporters).SelectMany(w => w.Claims));
            return finding.Claims.FirstOrDefault(c => c.Stance != Stance.Denies && !supporters.Contains(c))
                ?? finding.Claims.FirstOrDefault(c => c.Stance != Stance.Denies)
                ?? finding.Claims[0];
        }

        private static string Verdict(Finding finding) => finding.Kind switch
        {
            FindingKind.Denial => "Disputed: denied by another source",
            FindingKind.RangeConflict => "Conflicting figures",
            FindingKind.BrokenProgression => "Inconsistent with earlier figures",
            FindingKind.DerivedRelationViolation => "Does not add up",
            FindingKind.SelfContradiction => "Self-contradictory",
            _ => finding.Kind.ToString(),
        };

        private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "\u2026";

        private static void Property(JsonTextWriter json, string name, string value)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
    }
}
