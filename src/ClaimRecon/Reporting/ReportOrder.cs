using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Contradictions;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Reporting
{
    /// <summary>
    /// How the reports read: quantities with findings first (most severe first), then the rest; an anchor per quantity
    /// and per period; one number format (grouped thousands) for ranges shown to readers; counted nouns.
    /// </summary>
    internal static class ReportOrder
    {
        /// <summary>The quantities in reading order: those with findings first, by their most severe finding then key; then the rest by key.</summary>
        public static IReadOnlyList<QuantityMerge> Of(ContradictionReport report)
        {
            var worst = new Dictionary<QuantityKey, decimal>();
            foreach (var finding in report.Findings)
            {
                worst[finding.Quantity] = worst.TryGetValue(finding.Quantity, out var s) ? Math.Max(s, finding.Severity) : finding.Severity;
            }

            return report.Merges
                .OrderBy(m => worst.ContainsKey(m.Quantity.Key) ? 0 : 1)
                .ThenByDescending(m => worst.TryGetValue(m.Quantity.Key, out var s) ? s : 0m)
                .ThenBy(m => m.Quantity.Key)
                .ToList()
                .AsReadOnly();
        }

        /// <summary>The HTML id of a quantity's section: <c>q-isis-detainees-syria-iraq-transferred</c>.</summary>
        public static string Anchor(QuantityKey key) => "q-" + Slug(key.ToString());

        /// <summary>The HTML id of a period within a quantity's section: <c>q-...-transferred--2026-02-10</c>.</summary>
        public static string Anchor(QuantityKey key, TimeReference? period) => Anchor(key) + "--" + Slug(period?.ToString() ?? "undated");

        /// <summary>A range as readers see it: interval notation with grouped thousands, <c>[1,890,000, 2,310,000]</c>.</summary>
        public static string Range(NumericRange range) => Merging.Explanations.Range(range);

        /// <summary>A count with its noun, singular or plural: "1 origin", "3 origins", "1,200 claims".</summary>
        public static string Count(int n, string one, string many) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

        private static string Slug(string text)
        {
            var slug = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                slug.Append(c < 128 && char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
            }

            return slug.ToString();
        }
    }
}
