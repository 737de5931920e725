using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ClaimRecon.Merging
{
    /// <summary>Plain-English sentences for merge results.</summary>
    internal static class Explanations
    {
        /// <summary>The custom format of every number in the reports: thousands grouped, every decimal the value has.</summary>
        internal const string GroupedFormat = "#,0.############################";

        /// <summary>Decimals a number in a sentence keeps as they are; one with more was worked out (a third, a share of a derived figure), not written by anyone.</summary>
        internal const int ExactDecimals = 6;

        /// <summary>
        /// How many ranges of a tie a sentence names; the rest are counted ("and 1,995 more ranges"), so a tie of thousands of
        /// disjoint figures is one readable sentence, not one of every range (each stays in <see cref="MergeResult.Candidates"/>).
        /// </summary>
        internal const int ListedCandidates = 5;

        /// <summary>Significant digits such a worked-out number is written with.</summary>
        internal const int SignificantDigits = 6;

        /// <summary>
        /// The value with thousands grouped and every significant decimal ("1,234.5"), or, when it has more than
        /// <see cref="ExactDecimals"/> decimals, rounded as <see cref="Readable"/> rounds it ("107.667", not
        /// "107.66666666666666666666666667"); whole numbers other than zero take the faster standard format, which writes them
        /// the same way.
        /// </summary>
        public static string Number(decimal value)
        {
            value = Readable(value);
            return value != 0 && value == decimal.Truncate(value) && value > -1_000_000_000_000_000_000m && value < 1_000_000_000_000_000_000m
                ? ((long)value).ToString("N0", CultureInfo.InvariantCulture)
                : value.ToString(GroupedFormat, CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// The value as sentences and reports write it: itself when it has at most <see cref="ExactDecimals"/> decimals
        /// (every figure people write, cents and tenths of a percent included); otherwise rounded, half away from zero, to
        /// <see cref="SignificantDigits"/> significant digits, or to a whole number when its whole part is longer. Findings
        /// and results keep the exact value; only the words round it.
        /// </summary>
        internal static decimal Readable(decimal value)
        {
#if NET7_0_OR_GREATER
            var scale = value.Scale;
#else
            var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
            if (scale <= ExactDecimals)
            {
                return value;
            }

            var magnitude = Math.Abs(value);
            int decimals;
            if (magnitude >= 1m)
            {
                var digits = 0;
                for (var whole = decimal.Truncate(magnitude); whole >= 1m; whole = decimal.Truncate(whole / 10m))
                {
                    digits++;
                }

                decimals = Math.Max(0, SignificantDigits - digits);
            }
            else
            {
                // 0.0…0d: as many places as the zeros after the point, then the significant digits (at most 28 places).
                var zeros = 0;
                for (var m = magnitude; m != 0m && m < 0.1m && zeros < 28; m *= 10m)
                {
                    zeros++;
                }

                decimals = Math.Min(28, zeros + SignificantDigits);
            }

            return decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        }

        /// <summary>
        /// A range as readers see it, thousands grouped like every number in the reports, each end as <see cref="Number"/>
        /// writes it: <c>[1,890,000, 2,310,000]</c>, <c>[0.3, 0.366667]</c>.
        /// </summary>
        public static string Range(Ranges.NumericRange range)
        {
            if (range.IsEmpty)
            {
                return range.ToString();
            }

            var lower = range.Lower;
            var upper = range.Upper;
            return (lower.IsUnbounded ? "(-inf" : (lower.IsClosed ? "[" : "(") + Readable(lower.Value).ToString(GroupedFormat, CultureInfo.InvariantCulture))
                + ", " + (upper.IsUnbounded ? "+inf)" : Readable(upper.Value).ToString(GroupedFormat, CultureInfo.InvariantCulture) + (upper.IsClosed ? "]" : ")"));
        }

        public static string Explain(MergeResult result, string quantityName)
        {
            var text = new StringBuilder();
            text.Append(quantityName);
            if (result.Period is not null)
            {
                text.Append(result.Period.FirstDay == result.Period.LastDay ? " on " : " in ").Append(result.Period);
            }

            text.Append(": ").Append(result.Strategy).Append(' ');
            var n = result.Witnesses.Count;
            switch (result.Status)
            {
                case MergeStatus.NoClaims:
                    text.Append("has nothing to merge");
                    break;
                case MergeStatus.NoAgreement:
                    text.Append("finds no value that ").Append(n).Append(n == 1 ? " independent source admits" : " independent sources agree on");
                    if (result.EstimateNote is not null)
                    {
                        text.Append(" (").Append(result.EstimateNote).Append(')');
                    }
                    else
                    {
                        AppendBinding(text, result);
                    }

                    break;
                case MergeStatus.Tie:
                    text.Append("finds a tie between ")
                        .Append(string.Join(" and ", result.Candidates.Take(ListedCandidates).Select(c => Range(c.Range) + " (" + Names(c.Supporters) + ")")));
                    if (result.Candidates.Count > ListedCandidates)
                    {
                        text.Append(" and ").Append(Number(result.Candidates.Count - ListedCandidates)).Append(" more ranges");
                    }

                    text.Append(", each scoring ").Append(Number(result.Candidates[0].Score)).Append("; it does not pick one");
                    break;
                default:
                    text.Append("gives ").Append(Range(result.Consensus));
                    if (result.Estimate is decimal estimate)
                    {
                        text.Append(" with an estimate of ").Append(Number(estimate));
                    }

                    text.Append(", held by ").Append(result.Supporters.Count).Append(" of ").Append(n)
                        .Append(n == 1 ? " independent source (" : " independent sources (").Append(Names(result.Supporters)).Append(')');
                    if (result.NonDecidingSupporters.Count > 0)
                    {
                        text.Append("; ").Append(Names(result.NonDecidingSupporters)).Append(" also admit").Append(result.NonDecidingSupporters.Count == 1 ? "s" : string.Empty)
                            .Append(" the outliers' values, so support").Append(result.NonDecidingSupporters.Count == 1 ? "s" : string.Empty).Append(" without deciding");
                    }

                    break;
            }

            if (result.Outliers.Count > 0)
            {
                text.Append("; left out: ").Append(string.Join("; ", result.Outliers.Select(Describe)));
            }

            var unreported = result.Denials.Where(d => result.Outliers.All(o => !o.DeniedBy.Contains(d))).ToList();
            if (unreported.Count > 0)
            {
                text.Append("; denied: ").Append(string.Join("; ", unreported.Select(d =>
                    d.OriginName + " denies " + (d.Claim.FigureWording) + " (" + d.Claim.Id + ")" + (d.TouchesConsensus ? ", which the result admits" : string.Empty))));
            }

            return text.Append('.').ToString();
        }

        public static string Describe(Outlier outlier)
        {
            var w = outlier.Witness;
            var text = new StringBuilder().Append(w.OriginName).Append(' ').Append(w.Range.IsEmpty ? Wordings(w) : Range(w.Range));
            text.Append(" (").Append(w.ClaimIds).Append(')');
            switch (outlier.Reason)
            {
                case OutlierReason.SelfContradictory:
                    text.Append(", whose own claims admit no common value");
                    break;
                case OutlierReason.OutsideAllCandidates:
                    text.Append(", outside every candidate by ").Append(Number(outlier.Distance));
                    break;
                default:
                    text.Append(outlier.Distance == 0 ? ", touching but outside the result" : ", outside by " + Number(outlier.Distance));
                    break;
            }

            if (outlier.DeniedBy.Count > 0)
            {
                text.Append(", denied by ").Append(string.Join(" and ", outlier.DeniedBy.Select(d => d.OriginName + " (" + d.Claim.Id + ")")));
            }

            return text.ToString();
        }

        private static void AppendBinding(StringBuilder text, MergeResult result)
        {
            // For an empty intersection: the witness with the highest lower end and the one with the lowest upper end.
            Witness? highLower = null, lowUpper = null;
            foreach (var w in result.Witnesses)
            {
                if (!w.Range.Lower.IsUnbounded && (highLower is null || Ranges.EndpointOrder.CompareLower(w.Range.Lower, highLower.Range.Lower) > 0))
                {
                    highLower = w;
                }

                if (!w.Range.Upper.IsUnbounded && (lowUpper is null || Ranges.EndpointOrder.CompareUpper(w.Range.Upper, lowUpper.Range.Upper) < 0))
                {
                    lowUpper = w;
                }
            }

            if (highLower is not null && lowUpper is not null)
            {
                text.Append(": ").Append(highLower.OriginName).Append(' ').Append(Range(highLower.Range))
                    .Append(" and ").Append(lowUpper.OriginName).Append(' ').Append(Range(lowUpper.Range)).Append(" do not overlap");
            }
        }

        private static string Names(IReadOnlyList<Witness> witnesses) =>
            string.Join(", ", witnesses.Select(w => w.OriginName + (w.Claims.Count > 1 ? " [" + w.Claims.Count + " claims]" : string.Empty)));

        private static string Wordings(Witness w) => string.Join(" vs ", w.Claims.Select(c => "\"" + (c.FigureWording) + "\""));
    }
}
