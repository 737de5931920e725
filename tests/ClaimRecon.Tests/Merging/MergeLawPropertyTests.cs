using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// Laws of the merge engine, each checked on <see cref="Cases"/> generated claim groups (see <see cref="MergeGenerators"/>).
    /// Expected answers come from <see cref="MergeOracle"/>: witnesses rebuilt from the claims and scores counted value by
    /// value, never from the engine's own sweep.
    /// </summary>
    public sealed class MergeLawPropertyTests
    {
        /// <summary>Cases per property.</summary>
        public const int Cases = 1000;

        /// <summary>The five strategies, with a generated fault budget and reliability table.</summary>
        private static readonly Gen<MergeStrategy[]> AllStrategies =
            from budget in Gen.Choose(0, 3)
            from table in MergeGenerators.ReliabilityTable
            select new[]
            {
                MergeStrategy.Intersection, MergeStrategy.Hull, MergeStrategy.MaxAgreement, MergeStrategy.FaultTolerant(budget),
                MergeStrategy.ReliabilityWeighted(table),
            };

        [Fact]
        public void ClaimOrder_ChangesNothing_UnderEveryStrategy()
        {
            var cases =
                from g in MergeGenerators.Group(singlePeriod: false, denials: true)
                from seed in Gen.Choose(0, int.MaxValue)
                from strategies in AllStrategies
                select (Group: g, Seed: seed, Strategies: strategies);

            PropertyRunner.ForAll(cases, c =>
            {
                var shuffled = MergeGenerators.Shuffle(c.Group.Claims, c.Seed);
                foreach (var strategy in c.Strategies)
                {
                    var expected = MergeText.Full(Merge(c.Group.Quantity, c.Group.Claims, strategy));
                    MergeText.Full(Merge(c.Group.Quantity, shuffled, strategy)).Should().Be(expected, "shuffling the claims must not change a {0} merge", strategy);
                }
            }, Cases);
        }

        [Fact]
        public void MaxAgreement_CandidatesAreExactlyTheTopScoringValues_CountedValueByValue()
        {
            PropertyRunner.ForAll(MergeGenerators.Group(singlePeriod: true, denials: true), g =>
                CheckAgainstBruteForceScores(g, MergeStrategy.MaxAgreement, _ => 1m), Cases);
        }

        [Fact]
        public void ReliabilityWeighted_CandidatesAreExactlyTheTopWeightedValues_CountedValueByValue()
        {
            var cases = from g in MergeGenerators.Group(singlePeriod: true, denials: true)
                        from table in MergeGenerators.ReliabilityTable
                        select (Group: g, Table: table);
            PropertyRunner.ForAll(cases, c =>
                CheckAgainstBruteForceScores(c.Group, MergeStrategy.ReliabilityWeighted(c.Table), origin => (decimal)c.Table[origin]), Cases);
        }

        [Fact]
        public void FaultTolerant_FusedRangeIsTheHullOfValuesEnoughWitnessesAdmit_AndLiesInsideTheHullOfWitnesses()
        {
            var cases = from g in MergeGenerators.Group(singlePeriod: true, denials: true)
                        from budget in Gen.Choose(0, 4)
                        select (Group: g, Budget: budget);
            PropertyRunner.ForAll(cases, c =>
            {
                var result = MergeSingle(c.Group, MergeStrategy.FaultTolerant(c.Budget));
                var witnesses = MergeOracle.Witnesses(c.Group.Claims);
                result.Witnesses.Select(w => w.OriginId + " " + w.Range).Should().Equal(witnesses.Select(w => w.Origin + " " + w.Range));
                if (witnesses.Count == 0)
                {
                    result.Status.Should().Be(MergeStatus.NoClaims);
                    return;
                }

                var budget = Math.Min(c.Budget, witnesses.Count - 1);
                var threshold = witnesses.Count - budget;
                result.FaultBudgetApplied.Should().Be(budget);
                var samples = MergeOracle.Samples(witnesses.Select(w => w.Range));
                var kept = samples.Where(s => witnesses.Count(w => w.Range.Contains(s.Value)) >= threshold).ToList();
                var hullOfWitnesses = witnesses.Aggregate(NumericRange.Empty, (h, w) => h.Hull(w.Range));

                if (kept.Count == 0)
                {
                    result.Status.Should().Be(MergeStatus.NoAgreement, "no value is admitted by {0} of {1} witnesses", threshold, witnesses.Count);
                    result.Consensus.IsEmpty.Should().BeTrue();
                    result.Supporters.Should().BeEmpty();
                    return;
                }

                result.Status.Should().Be(MergeStatus.Consensus);
                result.Consensus.Should().Be(MergeOracle.HullOf(kept), "the fused range is the hull of the values at least {0} of {1} witnesses admit", threshold, witnesses.Count);
                hullOfWitnesses.Contains(result.Consensus).Should().BeTrue($"the fused range {result.Consensus} lies inside the hull {hullOfWitnesses} of the witnesses");
                result.Supporters.Select(w => w.OriginId).Should().Equal(
                    witnesses.Where(w => kept.Any(s => w.Range.Contains(s.Value))).Select(w => w.Origin), "a supporter admits some kept value");
                result.Outliers.Where(o => o.Reason != OutlierReason.SelfContradictory).Select(o => o.Witness.OriginId).Should().Equal(
                    witnesses.Where(w => !kept.Any(s => w.Range.Contains(s.Value))).Select(w => w.Origin), "every other witness is an outlier");
                if (result.Estimate is decimal estimate)
                {
                    result.Consensus.Contains(estimate).Should().BeTrue($"the estimate {estimate} is a weighted mean of points of the fused range {result.Consensus}");
                }
                else
                {
                    result.Consensus.IsBounded.Should().BeFalse("a bounded fused range has bounded kept regions, so an estimate");
                    result.EstimateNote.Should().NotBeNullOrEmpty();
                }
            }, Cases);
        }

        [Fact]
        public void WithoutDenials_IntersectionLiesInMaxAgreementWhichLiesInHull_WhenTheIntersectionIsNotEmpty()
        {
            PropertyRunner.ForAll(MergeGenerators.Group(singlePeriod: true, denials: false), g =>
            {
                var witnesses = MergeOracle.Witnesses(g.Claims);
                var intersection = MergeSingle(g, MergeStrategy.Intersection);
                var maxAgreement = MergeSingle(g, MergeStrategy.MaxAgreement);
                var hull = MergeSingle(g, MergeStrategy.Hull);
                if (witnesses.Count == 0)
                {
                    new[] { intersection.Status, maxAgreement.Status, hull.Status }.Should().OnlyContain(s => s == MergeStatus.NoClaims);
                    return;
                }

                var expectedIntersection = witnesses.Aggregate(NumericRange.All, (r, w) => r.Intersect(w.Range));
                var expectedHull = witnesses.Aggregate(NumericRange.Empty, (r, w) => r.Hull(w.Range));
                intersection.Consensus.Should().Be(expectedIntersection);
                intersection.Status.Should().Be(expectedIntersection.IsEmpty ? MergeStatus.NoAgreement : MergeStatus.Consensus);
                hull.Consensus.Should().Be(expectedHull);
                hull.Status.Should().Be(MergeStatus.Consensus);
                if (expectedIntersection.IsEmpty)
                {
                    return;
                }

                maxAgreement.Status.Should().Be(MergeStatus.Consensus, "every witness admits the intersection {0}", expectedIntersection);
                maxAgreement.Consensus.Contains(intersection.Consensus).Should().BeTrue($"intersection {intersection.Consensus} ⊆ max agreement {maxAgreement.Consensus}");
                hull.Consensus.Contains(maxAgreement.Consensus).Should().BeTrue($"max agreement {maxAgreement.Consensus} ⊆ hull {hull.Consensus}");

                // Stronger: every witness holds the intersection and none starts or ends inside it, so it is the one top run.
                maxAgreement.Consensus.Should().Be(intersection.Consensus);
                maxAgreement.Support.Should().Be(witnesses.Count);
                maxAgreement.IsUnanimous.Should().Be(MergeOracle.SelfContradictory(g.Claims).Count == 0, "only a self-contradictory origin is left out");
            }, Cases);
        }

        [Fact]
        public void EchoingAClaimThroughAnotherOutlet_ChangesNoVote_UnderEveryStrategy()
        {
            var cases =
                from g in MergeGenerators.Group(singlePeriod: false, denials: true)
                from pick in Gen.Choose(0, 29)
                from shape in Gen.Choose(1, 2)
                from strategies in AllStrategies
                select (Group: g, Pick: pick, Shape: shape, Strategies: strategies);

            PropertyRunner.ForAll(cases, c =>
            {
                var original = c.Group.Claims[c.Pick % c.Group.Claims.Count];
                var echo = new Claim(
                    "echo", original.Quantity, original.Figure!, MergeGenerators.ChainTo(original.Attribution.Origin, "echo-outlet", c.Shape),
                    original.Stance, original.StatedAt, original.Describes);
                var withEcho = c.Group.Claims.Concat(new[] { echo }).ToList();
                foreach (var strategy in c.Strategies)
                {
                    var before = Merge(c.Group.Quantity, c.Group.Claims, strategy);
                    var after = Merge(c.Group.Quantity, withEcho, strategy);
                    after.Periods.Select(MergeText.Votes).Should().Equal(
                        before.Periods.Select(MergeText.Votes), "{0} echoed by another outlet is the same origin ({1})", original.Id, strategy);
                }
            }, Cases);
        }

        [Fact]
        public void ReliabilityWeighted_WithEveryReliabilityOne_EqualsMaxAgreement()
        {
            var cases = from g in MergeGenerators.Group(singlePeriod: false, denials: true)
                        from priors in Gen.Elements(true, false)
                        select (Group: g, Priors: priors);
            var ones = MergeGenerators.Origins.ToDictionary(o => o, _ => 1.0, StringComparer.Ordinal);
            var sources = MergeGenerators.Origins.Select(o => new Source(o, "Source " + o, SourceKind.OfficialBody, priorReliability: 1.0)).ToArray();

            PropertyRunner.ForAll(cases, c =>
            {
                var weighted = c.Priors
                    ? new MergeEngine(new[] { c.Group.Quantity }, sources, new MergeOptions(MergeStrategy.ReliabilityWeighted())).MergeQuantity(c.Group.Claims)
                    : Merge(c.Group.Quantity, c.Group.Claims, MergeStrategy.ReliabilityWeighted(ones));
                var plain = c.Priors
                    ? new MergeEngine(new[] { c.Group.Quantity }, sources).MergeQuantity(c.Group.Claims)
                    : Merge(c.Group.Quantity, c.Group.Claims, MergeStrategy.MaxAgreement);

                weighted.Periods.Select(MergeText.Votes).Should().Equal(plain.Periods.Select(MergeText.Votes));
            }, Cases);
        }

        [Fact]
        public void Parallel_EqualsSequential_AndSortedStreaming_EqualsUnordered_OverManyQuantities()
        {
            var cases = from corpus in MergeGenerators.Corpus
                        from degree in Gen.Choose(2, 4)
                        from strategy in MergeGenerators.Strategy
                        from streamInParallel in Gen.Elements(false, true)
                        select (Corpus: corpus, Degree: degree, Strategy: strategy, StreamDegree: streamInParallel ? degree : 1);

            PropertyRunner.ForAll(cases, c =>
            {
                var engine = new MergeEngine(c.Corpus.Quantities, null, new MergeOptions(c.Strategy));
                var sequential = engine.Merge(c.Corpus.Claims).Select(MergeText.Full).ToList();
                sequential.Should().HaveCount(c.Corpus.Claims.Select(x => x.Quantity).Distinct().Count());

                var parallel = engine.WithOptions(new MergeOptions(c.Strategy, InputOrder.Unordered, c.Degree)).Merge(c.Corpus.Claims).Select(MergeText.Full).ToList();
                parallel.Should().Equal(sequential, "degree {0} must give the sequential results in the same order", c.Degree);

                var sorted = c.Corpus.Claims.OrderBy(x => x.Quantity).ToList();
                var streamed = engine.WithOptions(new MergeOptions(c.Strategy, InputOrder.SortedByQuantity, c.StreamDegree)).Merge(sorted).Select(MergeText.Full).ToList();
                streamed.Should().Equal(sequential, "streaming sorted input (degree {0}) must give the buffered results", c.StreamDegree);
            }, Cases);
        }

        private static bool EveryDayBefore(TimeReference earlier, TimeReference later) =>
            earlier.Days.All(d => later.Days.All(e => d < e));

        [Fact]
        public void CumulativeTimeline_BoundsJoinEveryEarlierLowerBoundAndEveryLaterUpperBound()
        {
            var cumulative = MergeGenerators.QuantityOf(QuantityKind.Cumulative);
            var cases = from g in MergeGenerators.Group(singlePeriod: false, denials: true)
                        from strategy in MergeGenerators.Strategy
                        select (Group: new ClaimGroup(cumulative, g.Claims), Strategy: strategy);

            PropertyRunner.ForAll(cases, c =>
            {
                var merge = Merge(c.Group.Quantity, c.Group.Claims, c.Strategy);
                var placed = merge.Periods.Where(p => p.Period is not null && p.Status is MergeStatus.Consensus or MergeStatus.Tie).ToList();
                var stated = placed.Select(p => p.Status == MergeStatus.Consensus ? p.Consensus : p.Candidates.Aggregate(NumericRange.Empty, (h, x) => h.Hull(x.Range))).ToList();
                var points = merge.Timeline!.Points;

                points.Select(p => p.Period).Should().Equal(placed.Select(p => p.Period!), "every dated period with a consensus or a tie, in time order");
                points.Select(p => p.Stated).Should().Equal(stated);
                for (var i = 0; i < points.Count; i++)
                {
                    // Oracle: a point bounds another from below when each of its days is before each of the other's (counted
                    // day by day), so a month never bounds a day inside it, nor the day the month.
                    var lowest = Enumerable.Range(0, points.Count).Where(j => j == i || EveryDayBefore(points[j].Period, points[i].Period))
                        .Select(j => LowerRay(stated[j])).Aggregate(NumericRange.All, (a, b) => a.Intersect(b));
                    var highest = Enumerable.Range(0, points.Count).Where(j => j == i || EveryDayBefore(points[i].Period, points[j].Period))
                        .Select(j => UpperRay(stated[j])).Aggregate(NumericRange.All, (a, b) => a.Intersect(b));
                    points[i].Bounds.Should().Be(lowest.Intersect(highest), "point {0} lies above every bound stated for a period before it and below every bound stated after it", i);
                    points[i].IsConsistent.Should().Be(!points[i].Bounds.IsEmpty);
                    if (points[i].LowerFrom is not int lowerFrom)
                    {
                        lowest.Should().Be(NumericRange.All);
                    }
                    else
                    {
                        lowerFrom.Should().BeInRange(0, i);
                        LowerRay(stated[lowerFrom]).Should().Be(lowest, "point {0}'s lower bound comes from point {1}", i, lowerFrom);
                    }

                    if (points[i].UpperFrom is not int upperFrom)
                    {
                        highest.Should().Be(NumericRange.All);
                    }
                    else
                    {
                        upperFrom.Should().BeInRange(i, points.Count - 1);
                        UpperRay(stated[upperFrom]).Should().Be(highest, "point {0}'s upper bound comes from point {1}", i, upperFrom);
                    }
                }

                merge.Timeline.IsConsistent.Should().Be(points.All(p => !p.Bounds.IsEmpty));
            }, Cases);

            static NumericRange LowerRay(NumericRange r) => r.Lower.IsUnbounded ? NumericRange.All : new NumericRange(r.Lower, RangeBound.Unbounded);
            static NumericRange UpperRay(NumericRange r) => r.Upper.IsUnbounded ? NumericRange.All : new NumericRange(RangeBound.Unbounded, r.Upper);
        }

        private static void CheckAgainstBruteForceScores(ClaimGroup g, MergeStrategy strategy, Func<string, decimal> weightOf)
        {
            var result = MergeSingle(g, strategy);
            var witnesses = MergeOracle.Witnesses(g.Claims);
            var denials = MergeOracle.Denials(g.Claims);
            result.Witnesses.Select(w => w.OriginId + " " + w.Range).Should().Equal(witnesses.Select(w => w.Origin + " " + w.Range), "one witness per origin, its claims intersected");
            result.Outliers.Where(o => o.Reason == OutlierReason.SelfContradictory).Select(o => o.Witness.OriginId).Should().Equal(MergeOracle.SelfContradictory(g.Claims));
            if (witnesses.Count == 0)
            {
                result.Status.Should().Be(MergeStatus.NoClaims);
                result.Candidates.Should().BeEmpty();
                return;
            }

            bool Covered(decimal x) => witnesses.Any(w => w.Range.Contains(x));
            decimal Score(decimal x) =>
                witnesses.Where(w => w.Range.Contains(x)).Sum(w => weightOf(w.Origin))
                - denials.Where(d => d.Value.Any(r => r.Contains(x))).Sum(d => weightOf(d.Key));

            var samples = MergeOracle.Samples(witnesses.Select(w => w.Range).Concat(denials.Values.SelectMany(r => r)));
            var oracleTop = samples.Where(s => Covered(s.Value)).Max(s => Score(s.Value));
            if (oracleTop <= 0)
            {
                result.Status.Should().Be(MergeStatus.NoAgreement, "no claimed value has positive net support (best {0})", oracleTop);
                result.Candidates.Should().BeEmpty();
                result.Consensus.IsEmpty.Should().BeTrue();
                return;
            }

            result.Candidates.Should().NotBeEmpty();
            var top = result.Candidates[0].Score;
            NumericRange? previous = null;
            foreach (var candidate in result.Candidates)
            {
                candidate.Score.Should().Be(top, "tied candidates share the top score");
                candidate.Range.IsEmpty.Should().BeFalse();
                var inside = samples.Where(s => candidate.Range.Contains(s.Value)).ToList();
                inside.Should().NotBeEmpty();
                inside.Where(s => !Covered(s.Value) || Score(s.Value) != top).Select(s => s.Value).Should().BeEmpty(
                    "every value of candidate {0} is held by a witness and scores {1}", candidate.Range, top);
                candidate.Supporters.Where(s => !s.Range.Contains(candidate.Range)).Select(s => s.OriginId).Should().BeEmpty(
                    "a supporter's range holds the whole candidate {0}", candidate.Range);
                candidate.Supporters.Select(s => s.OriginId).Should().Equal(
                    witnesses.Where(w => w.Range.Contains(candidate.Range)).Select(w => w.Origin), "the supporters of {0} are the witnesses holding it", candidate.Range);
                if (previous is NumericRange p)
                {
                    samples.Where(s => p.Contains(s.Value)).Max(s => s.Value).Should().BeLessThan(inside.Min(s => s.Value), "candidates are disjoint and ascending");
                }

                previous = candidate.Range;
            }

            var covered = samples.Where(s => Covered(s.Value)).Select(s => (s.Value, Score: Score(s.Value))).ToList();
            covered.Where(s => s.Score > top).Should().BeEmpty("no value a witness holds outscores the candidates ({0})", top);
            covered.Where(s => s.Score == top && !result.Candidates.Any(c => c.Range.Contains(s.Value))).Should().BeEmpty(
                "every value a witness holds that scores the top {0} lies in some candidate", top);

            if (result.Candidates.Count == 1)
            {
                result.Status.Should().Be(MergeStatus.Consensus);
                result.Consensus.Should().Be(result.Candidates[0].Range);
                result.Support.Should().Be(top);
                result.Supporters.Should().Equal(result.Candidates[0].Supporters);
            }
            else
            {
                result.Status.Should().Be(MergeStatus.Tie);
                result.Consensus.IsEmpty.Should().BeTrue();
                result.Supporters.Should().BeEmpty();
            }

            var outsiders = witnesses.Where(w => result.Candidates.All(c => !w.Range.Overlaps(c.Range))).ToList();
            var reason = result.Candidates.Count == 1 ? OutlierReason.OutsideConsensus : OutlierReason.OutsideAllCandidates;
            result.Outliers.Where(o => o.Reason != OutlierReason.SelfContradictory)
                .Select(o => (o.Witness.OriginId, o.Reason, o.Distance))
                .Should().Equal(outsiders.Select(w => (w.Origin, reason, result.Candidates.Min(c => w.Range.DistanceTo(c.Range)))),
                    "a witness that holds no candidate is an outlier, at its distance from the nearest");
            result.NonDecidingSupporters.Select(w => w.OriginId).Should().Equal(
                result.Supporters.Where(s => outsiders.Any(o => s.Range.Overlaps(o.Range))).Select(s => s.OriginId),
                "a supporter decides nothing exactly when it also admits some outlier's values");
        }

        private static QuantityMerge Merge(Quantity quantity, IEnumerable<Claim> claims, MergeStrategy strategy) =>
            new MergeEngine(new[] { quantity }, null, new MergeOptions(strategy)).MergeQuantity(claims);

        private static MergeResult MergeSingle(ClaimGroup g, MergeStrategy strategy) =>
            Merge(g.Quantity, g.Claims, strategy).Periods.Should().ContainSingle("every claim describes the same time").Subject;
    }
}
