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

        /// <summary>The value with thousands grouped and every significant decimal ("1,234.5"); whole numbers other than zero take the faster standard format, which writes them the same way.</summary>
        public static string Number(decimal value) =>
            value != 0 && value == decimal.Truncate(value) && value > -1_000_000_000_000_000_000m && value < 1_000_000_000_000_000_000m
                ? ((long)value).ToString("N0", CultureInfo.InvariantCulture)
                : value.ToString(GroupedFormat, CultureInfo.InvariantCulture);

        /// <summary>A range as readers see it, thousands grouped like every number in the reports: <c>[1,890,000, 2,310,000]</c>.</summary>
        public static string Range(Ranges.NumericRange range) => range.ToString(GroupedFormat, CultureInfo.InvariantCulture);

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
                        .Append(string.Join(" and ", result.Candidates.Select(c => Range(c.Range) + " (" + Names(c.Supporters) + ")")))
                        .Append(", each scoring ").Append(Number(result.Candidates[0].Score)).Append("; it does not pick one");
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
