using System.Globalization;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>The range rule's sentences, each written when its finding's explanation is first read, from state that does not change after detection.</summary>
    internal sealed partial class RangeConflictRule
    {
        /// <summary>
        /// "X gives "a" for q on d: R lies G (P%) below the consensus C, held by N witnesses (Y: "b"); it shares no value
        /// with D of the M other witnesses.", written when first read.
        /// </summary>
        private string AgainstText(MergeResult result, Outlying o)
        {
            Witness w = o.Witness, edge = o.Edge;
            var (consensus, holders, tie, below, gap, relative, disagreeing, others) = (o.Consensus, o.Holders, o.Tie, o.Below, o.Gap, o.Relative, o.Disagreeing, o.Others);
            var text = new StringBuilder(320);
            text.Append(_text.Who(w.Claims[0])).Append(" gives ").Append(FindingText.Figures(w.Claims)).Append(" for ")
                .Append(result.Quantity.Key.ToString()).Append(' ').Append(FindingText.When(result.Period)).Append(": ").Append(FindingText.Range(w.Range)).Append(" lies ");
            if (gap == 0)
            {
                text.Append("just ");
            }
            else
            {
                text.Append(FindingText.Number(gap)).Append(" (").Append(FindingText.Percent(relative)).Append(") ");
            }

            text.Append(below ? "below " : "above ");
            if (tie > 1)
            {
                text.Append("the nearest of the ").Append(Int(tie)).Append(" ranges the other witnesses split between, ").Append(FindingText.Range(consensus));
            }
            else
            {
                text.Append("the consensus ").Append(FindingText.Range(consensus));
            }

            text.Append(", held by ").Append(Witnesses(holders)).Append(" (").Append(_text.Who(edge.Claims[0])).Append(": ").Append(FindingText.Figures(edge.Claims)).Append(')');
            if (gap == 0)
            {
                text.Append(", touching at an end that one of them excludes");
            }

            text.Append("; it shares no value with ").Append(Int(disagreeing)).Append(" of the ").Append(Int(others)).Append(" other witnesses.");
            return text.ToString();
        }

        /// <summary>The split's sentence, written when first read.</summary>
        private string SplitText(MergeResult result, int involved, Witness low, Witness high, decimal gap, decimal relative)
        {
            var candidates = result.Candidates;
            var when = FindingText.When(result.Period);
            var text = new StringBuilder(320);
            if (candidates.Count > 1)
            {
                text.Append("No value of ").Append(result.Quantity.Key.ToString()).Append(' ').Append(when).Append(" is held by more than ").Append(FindingText.Number(candidates[0].Score))
                    .Append(" of its ").Append(Int(involved)).Append(" witnesses: they split between ").Append(Int(candidates.Count)).Append(" ranges, ");
                for (var i = 0; i < candidates.Count && i < ListedRanges; i++)
                {
                    var c = candidates[i];
                    text.Append(i > 0 ? ", " : string.Empty).Append(FindingText.Range(c.Range)).Append(" (").Append(_text.Who(c.Supporters[0].Claims[0]));
                    if (c.Supporters.Count > 1)
                    {
                        text.Append(" and ").Append(Int(c.Supporters.Count - 1)).Append(" more");
                    }

                    text.Append(')');
                }

                if (candidates.Count > ListedRanges)
                {
                    text.Append(" and ").Append(Int(candidates.Count - ListedRanges)).Append(" more");
                }
            }
            else
            {
                text.Append("The ").Append(Int(involved)).Append(" witnesses for ").Append(result.Quantity.Key.ToString()).Append(' ').Append(when)
                    .Append(" share no value, and denials outweigh every value they claim");
            }

            text.Append(candidates.Count > 1 ? "; " : ": ").Append("the lowest, ").Append(_text.Who(low.Claims[0])).Append("'s ").Append(FindingText.Figures(low.Claims))
                .Append(", lies ").Append(FindingText.Number(gap)).Append(" (").Append(FindingText.Percent(relative)).Append(") below the highest, ")
                .Append(_text.Who(high.Claims[0])).Append("'s ").Append(FindingText.Figures(high.Claims)).Append('.');
            return text.ToString();
        }

        /// <summary>The hedge-dependent consensus's sentence, naming the two claims that share no value read literally; written when first read.</summary>
        private string HedgeText(MergeResult result, Claim[] claims, decimal? configured, decimal? flip)
        {
            Claim low = claims[0], high = claims[0];
            NumericRange lowRange = Tolerance.RangeAt(low, Tolerance.Step), highRange = lowRange;
            foreach (var c in claims)
            {
                var literal = Tolerance.RangeAt(c, Tolerance.Step);
                if (!literal.IsEmpty && (lowRange.IsEmpty || CompareUpper(literal, lowRange) < 0))
                {
                    (low, lowRange) = (c, literal);
                }

                if (!literal.IsEmpty && (highRange.IsEmpty || CompareLower(literal, highRange) > 0))
                {
                    (high, highRange) = (c, literal);
                }
            }

            var text = new StringBuilder(320);
            text.Append("The consensus ").Append(FindingText.Range(result.Consensus)).Append(" for ").Append(result.Quantity.Key.ToString()).Append(' ')
                .Append(FindingText.When(result.Period)).Append(", held by ").Append(Witnesses(result.Supporters.Count))
                .Append(", holds only if \"about\"/\"nearly\" are read at least ").Append(FindingText.Percent(flip ?? 1m)).Append(" wide");
            if (configured is decimal c2)
            {
                text.Append(" (the interpretation policy reads them ").Append(FindingText.Percent(c2)).Append(" wide)");
            }

            text.Append(": read literally, ").Append(_text.Who(low)).Append("'s ").Append(FindingText.Figure(low)).Append(" and ").Append(_text.Who(high)).Append("'s ")
                .Append(FindingText.Figure(high)).Append(" share no value.");
            return text.ToString();
        }

        private static string Witnesses(int count) => count == 1 ? "1 witness" : Int(count) + " witnesses";

        /// <summary>
        /// A count, in the invariant culture: counts are never negative, and a non-negative integer reads the same in every
        /// culture, so the text does not depend on the culture of the thread that first reads it.
        /// </summary>
        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>What an outlying witness's sentence needs, kept until it is first read.</summary>
        private readonly struct Outlying
        {
            public Outlying(Witness witness, NumericRange consensus, Witness edge, int holders, int tie, bool below, decimal gap, decimal relative, int disagreeing, int others)
            {
                Witness = witness;
                Consensus = consensus;
                Edge = edge;
                Holders = holders;
                Tie = tie;
                Below = below;
                Gap = gap;
                Relative = relative;
                Disagreeing = disagreeing;
                Others = others;
            }

            public Witness Witness { get; }

            public NumericRange Consensus { get; }

            public Witness Edge { get; }

            public int Holders { get; }

            public int Tie { get; }

            public bool Below { get; }

            public decimal Gap { get; }

            public decimal Relative { get; }

            public int Disagreeing { get; }

            public int Others { get; }
        }
    }
}
