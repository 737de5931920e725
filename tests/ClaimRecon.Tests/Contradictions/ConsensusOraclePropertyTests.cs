using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The default range-conflict findings against a naive oracle: probe every range end and a point inside every gap
    /// between ends, count the ranges holding each probe, and take the probes with the top count as the consensus (one run
    /// of probes held by the same ranges) or a tie (several runs). A witness is reported on its own exactly when it holds no top probe, with the
    /// number of witnesses that share no probe with it; a split is reported exactly when there is a tie.
    /// </summary>
    public sealed class ConsensusOraclePropertyTests
    {
        private static readonly Hedge[] FixedHedges = { Hedge.None, Hedge.Exactly, Hedge.MoreThan, Hedge.AtLeast, Hedge.FewerThan, Hedge.UpTo, Hedge.Between };

        [Fact]
        public void AWitnessIsReportedIffItHoldsNoneOfTheConsensus_AndASplitIffTheTopIsTied()
        {
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var claims = Build(seed);
                var report = new ContradictionDetector(new[] { Quantity(Count) }).Detect(claims);

                var ends = claims.SelectMany(c => new[] { c.Range.Lower, c.Range.Upper }).Where(b => !b.IsUnbounded).Select(b => b.Value).Distinct().OrderBy(v => v).ToArray();
                var probes = new List<decimal> { ends[0] - 1 };
                for (var i = 0; i < ends.Length; i++)
                {
                    probes.Add(ends[i]);
                    probes.Add(i + 1 < ends.Length ? (ends[i] + ends[i + 1]) / 2 : ends[i] + 1);
                }

                var scores = probes.Select(p => claims.Count(c => c.Range.Contains(p))).ToArray();
                var top = scores.Max();
                // A candidate is a run of top probes held by the same claims (the merge keeps touching ranges with different
                // holders apart: "fewer than 7" and "exactly 7" share no value even though the top values touch).
                string Holders(int i) => string.Join(",", claims.Where(c => c.Range.Contains(probes[i])).Select(c => c.Id));
                var runs = scores.Select((s, i) => s == top && (i == 0 || scores[i - 1] != top || Holders(i - 1) != Holders(i))).Count(starts => starts);
                bool HoldsTop(Claim c) => probes.Where((p, i) => scores[i] == top).Any(c.Range.Contains);
                bool Share(Claim a, Claim b) => probes.Any(p => a.Range.Contains(p) && b.Range.Contains(p));

                var expectedOutliers = claims.Where(c => !HoldsTop(c)).Select(c => c.Id).OrderBy(x => x, StringComparer.Ordinal).ToArray();
                var against = report.Findings.Where(f => f.DisagreeingWitnesses is not null).ToArray();
                var reported = new List<string>();
                foreach (var f in against)
                {
                    f.Kind.Should().Be(FindingKind.RangeConflict);
                    var outlier = f.Claims.Where(c => !HoldsTop(c)).Should().ContainSingle("{0} names one outlier and a witness of the consensus", f.Explanation).Subject;
                    reported.Add(outlier.Id);
                    f.DisagreeingWitnesses.Should().Be(claims.Count(c => c != outlier && !Share(c, outlier)), f.Explanation);
                }

                reported.OrderBy(x => x, StringComparer.Ordinal).Should().Equal(expectedOutliers, "every witness holding none of the top values is reported once, and no other");

                var splits = report.Findings.Where(f => f.DisagreeingWitnesses is null).ToArray();
                if (runs > 1)
                {
                    var split = splits.Should().ContainSingle().Subject;
                    split.Kind.Should().Be(FindingKind.RangeConflict);
                    split.Ids().Should().BeEquivalentTo(claims.Where(HoldsTop).Select(c => c.Id));
                }
                else
                {
                    splits.Should().BeEmpty("one run of top values is a consensus");
                }
            }, 1000);
        }

        /// <summary>2–12 claims on one quantity and day, one origin each, with hedges whose reading no tolerance changes.</summary>
        private static List<Claim> Build(int seed)
        {
            var random = new Random(seed);
            var count = random.Next(2, 13);
            var claims = new List<Claim>();
            for (var i = 0; i < count; i++)
            {
                var hedge = FixedHedges[random.Next(FixedHedges.Length)];
                var a = random.Next(1, 9);
                var b = random.Next(1, 9);
                var figure = hedge == Hedge.Between ? HedgedFigure.Between(Math.Min(a, b), Math.Max(a, b)) : HedgedFigure.Of(hedge, a);
                claims.Add(Claim("c" + i, Count, figure, "o" + i));
            }

            return claims;
        }
    }
}
