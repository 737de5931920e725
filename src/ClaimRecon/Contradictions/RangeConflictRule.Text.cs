using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <summary>The range rule's sentences, each written when its finding is made.</summary>
    internal sealed partial class RangeConflictRule
    {
        /// <summary>
        /// "X gives "a" for q on d: R lies G (P%) below the consensus C, held by N witnesses (Y: "b"); it shares no value
        /// with D of the M other witnesses."
        /// </summary>
        private ReadOnlyMemory<char> AgainstText(MergeResult result, Witness w, in NumericRange consensus, Witness edge, int holders, int tie, bool below, decimal gap, decimal relative, int disagreeing, int others)
        {
            var text = _text.Sentence();
            text.Who(w.ClaimAt(0)).Append(' ').Append(_text.Verb(w.ClaimAt(0), "gives")).Append(' ').Figures(w).Append(" for ")
                .Append(result.Quantity.Key.ToString()).Append(' ').When(result.Period).Append(": ").Range(w.Range).Append(" lies ");
            if (gap == 0)
            {
                text.Append("just ");
            }
            else
            {
                text.Number(gap).Append(" (").Percent(relative).Append(") ");
            }

            text.Append(below ? "below " : "above ");
            if (tie > 1)
            {
                text.Append("the nearest of the ").Int(tie).Append(" ranges the other witnesses split between, ").Range(consensus);
            }
            else
            {
                text.Append("the consensus ").Range(consensus);
            }

            text.Append(", held by ");
            Witnesses(text, holders).Append(" (").Who(edge.ClaimAt(0)).Append(": ").Figures(edge).Append(')');
            if (gap == 0)
            {
                text.Append(", touching at an end that one of them excludes");
            }

            return text.Append("; it shares no value with ").Int(disagreeing).Append(" of the ").Int(others).Append(" other witnesses.").Keep();
        }

        /// <summary>The split's sentence.</summary>
        private ReadOnlyMemory<char> SplitText(MergeResult result, int involved, Witness low, Witness high, decimal gap, decimal relative)
        {
            var candidates = result.Candidates;
            var text = _text.Sentence();
            if (candidates.Count > 1)
            {
                text.Append("No value of ").Append(result.Quantity.Key.ToString()).Append(' ').When(result.Period).Append(" is held by more than ").Number(candidates[0].Score)
                    .Append(" of its ").Int(involved).Append(" witnesses: they split between ").Int(candidates.Count).Append(" ranges, ");
                for (var i = 0; i < candidates.Count && i < ListedRanges; i++)
                {
                    var c = candidates[i];
                    text.Append(i > 0 ? ", " : string.Empty).Range(c.Range).Append(" (").Who(c.Supporters[0].ClaimAt(0));
                    if (c.Supporters.Count > 1)
                    {
                        text.Append(" and ").Int(c.Supporters.Count - 1).Append(" more");
                    }

                    text.Append(')');
                }

                if (candidates.Count > ListedRanges)
                {
                    text.Append(" and ").Int(candidates.Count - ListedRanges).Append(" more");
                }
            }
            else
            {
                text.Append("The ").Int(involved).Append(" witnesses for ").Append(result.Quantity.Key.ToString()).Append(' ').When(result.Period)
                    .Append(" share no value, and denials outweigh every value they claim");
            }

            text.Append(candidates.Count > 1 ? "; " : ": ").Append("the lowest, ").Who(low.ClaimAt(0)).Append("'s ").Figures(low).Append(", lies ");
            if (gap == 0)
            {
                // Ranges that touch at an end one of them excludes: no distance to give, as in the outlier's sentence.
                text.Append("just below the highest, ").Who(high.ClaimAt(0)).Append("'s ").Figures(high).Append(", touching at an end that one of them excludes.");
                return text.Keep();
            }

            return text.Number(gap).Append(" (").Percent(relative).Append(") below the highest, ")
                .Who(high.ClaimAt(0)).Append("'s ").Figures(high).Append('.').Keep();
        }

        /// <summary>The hedge-dependent consensus's sentence, naming the two claims that share no value read literally.</summary>
        private ReadOnlyMemory<char> HedgeText(MergeResult result, Claim[] claims, decimal? configured, decimal? flip)
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

            var text = _text.Sentence();
            text.Append("The consensus ").Range(result.Consensus).Append(" for ").Append(result.Quantity.Key.ToString()).Append(' ')
                .When(result.Period).Append(", held by ");
            Witnesses(text, result.Supporters.Count).Append(", holds only if \"about\"/\"nearly\" are read at least ").Percent(flip ?? 1m).Append(" wide");
            if (configured is decimal c2)
            {
                text.Append(" (the interpretation policy reads them ").Percent(c2).Append(" wide)");
            }

            return text.Append(": read literally, ").Who(low).Append("'s ").Figure(low).Append(" and ").Who(high).Append("'s ")
                .Figure(high).Append(" share no value.").Keep();
        }

        private static SentenceWriter Witnesses(SentenceWriter text, int count) => count == 1 ? text.Append("1 witness") : text.Int(count).Append(" witnesses");

        /// <summary>
        /// An outlying witness's flip tolerance, computed when first read: the tolerance at which its figures share a value
        /// with every witness holding the consensus. It keeps the finding's claims (the witness's come first) and the
        /// consensus's reading, not the witnesses: a report keeps no merge result alive through its findings.
        /// </summary>
        private sealed class OutlierFlip : LazyFlip
        {
            private readonly Claim[] _claims;
            private readonly int _count;
            private readonly KeptReading _reading;

            public OutlierFlip(Claim[] claims, int count, KeptReading reading)
            {
                _claims = claims;
                _count = count;
                _reading = reading;
            }

            public override decimal? Flip() => _reading.Value.FlipWith(new ArraySegment<Claim>(_claims, 0, _count));
        }

        /// <summary>A split's flip tolerance, computed when first read from the reading of every witness involved, made when the split is found.</summary>
        private sealed class SplitFlip : LazyFlip
        {
            private readonly ConsensusReading _reading;

            public SplitFlip(IReadOnlyList<Witness> involved) => _reading = new ConsensusReading(involved).WithoutWitnesses();

            public override decimal? Flip() => _reading.Flip();
        }

        /// <summary>
        /// The reading of a set of supporters, made once for all the outliers reported against them (a linear pass over their
        /// claims) and kept without the witnesses (<see cref="ConsensusReading.WithoutWitnesses"/>).
        /// </summary>
        private sealed class KeptReading
        {
            public KeptReading(IReadOnlyList<Witness> supporters) => Value = new ConsensusReading(supporters).WithoutWitnesses();

            public ConsensusReading Value { get; }
        }
    }
}
