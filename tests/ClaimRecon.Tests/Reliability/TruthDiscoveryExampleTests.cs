using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Reliability;
using ClaimRecon.Sources;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Reliability.TruthClaims;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>Small hand-made cases whose answers were worked out by hand (in the comments), not by the code under test.</summary>
    public sealed class TruthDiscoveryExampleTests
    {
        [Fact]
        public void ThreePoints_TwoAgreeing_TheAgreedValueWins()
        {
            // Equal weights first: the weighted median of 100, 100, 130 is 100. The two at 100 then have zero loss and the
            // one at 130 a positive loss, so their weights only grow: 100 stays.
            var q = Estimate(Point("a", "s1", 100), Point("b", "s2", 100), Point("c", "s3", 130));

            q.Estimate.Should().Be(100);
            q.IndependentSources.Should().Be(3);
            q.IsSingleSource.Should().BeFalse();
        }

        [Fact]
        public void TwoSymmetricPoints_GiveTheMidpointOfTheFlatRun()
        {
            // Two equally weighted points: every value from 100 to 200 has the same total distance (100), and each source is
            // 50 from the midpoint, so the weights stay equal and the estimate is the middle of the run, 150.
            Estimate(Point("a", "s1", 100), Point("b", "s2", 200)).Estimate.Should().Be(150);
        }

        [Fact]
        public void RangesThatMeetInOnePoint_GiveThatPoint()
        {
            // [5000, 6000], (5000, +inf) and 5500: only 5500 lies in all three, so only 5500 has zero loss.
            var q = Estimate(
                Of("a", "s1", HedgedFigure.Between(5000, 6000)),
                Of("b", "s2", HedgedFigure.Of(Hedge.MoreThan, 5000)),
                Point("c", "s3", 5500));

            q.Estimate.Should().Be(5500);
        }

        [Fact]
        public void OverlappingRanges_GiveTheMiddleOfTheirCommonPart()
        {
            // [5000, 6000] and [5500, 7000]: every value in [5500, 6000] has zero loss; the estimate is its middle, 5750.
            Estimate(Of("a", "s1", HedgedFigure.Between(5000, 6000)), Of("b", "s2", HedgedFigure.Between(5500, 7000))).Estimate.Should().Be(5750);
        }

        [Fact]
        public void AVandalValue_DoesNotMoveTheEstimate_ButWrecksTheSquaredLoss()
        {
            // Median of 1000, 1000, 1000, 1010, 6.9e14 is 1000. The mean of the same points is about 1.38e14.
            var claims = new[]
            {
                Point("a", "s1", 1000), Point("b", "s2", 1000), Point("c", "s3", 1000), Point("d", "s4", 1010), Point("e", "vandal", 690_690_690_000_000),
            };

            TruthDiscovery.Estimate(claims).Quantities.Single().Estimate.Should().Be(1000);
            TruthDiscovery.Estimate(claims, TruthDiscoveryOptions.Default.WithLoss(TruthLoss.Squared).WithMaxIterations(1))
                .Quantities.Single().Estimate.Should().BeGreaterThan(1_000_000_000_000m, "one step of squared loss is the plain mean, 1.38e14");
        }

        [Fact]
        public void ASourceThatIsAlwaysWrong_EndsLessReliable_AndASourceWithOneClaimStaysUncertain()
        {
            // Ten quantities: "good1" and "good2" say 100 + i, "bad" says 200 + i. The median is 100 + i every time, so the good
            // sources have zero loss on ten claims and the bad one a large loss on ten. "once" is right on a single quantity.
            var claims = new List<Claim>();
            for (var i = 0; i < 10; i++)
            {
                var key = new QuantityKey("town" + i, "population");
                claims.Add(Point("g1-" + i, "good1", 100 + i, key));
                claims.Add(Point("g2-" + i, "good2", 100 + i, key));
                claims.Add(Point("b-" + i, "bad", 200 + i, key));
            }

            claims.Add(Point("once", "once", 100, new QuantityKey("town0", "population")));
            var result = TruthDiscovery.Estimate(claims);
            var good = result.Sources.Single(s => s.SourceId == "good1");
            var bad = result.Sources.Single(s => s.SourceId == "bad");
            var once = result.Sources.Single(s => s.SourceId == "once");

            result.Quantities.Select(q => q.Estimate).Should().Equal(Enumerable.Range(0, 10).Select(i => (decimal)(100 + i)));
            good.Reliability.Should().BeGreaterThan(bad.Reliability);
            good.EvidenceCount.Should().Be(10);
            once.EvidenceCount.Should().Be(1);
            once.Lower.Should().BeLessThan(good.Lower, "one right claim is weaker evidence than ten");
            once.Weight.Should().BeLessThan(good.Weight);
            once.Reliability.Should().BeLessThan(good.Reliability, "posterior mean precision 2/b against 11/b, b the prior rate, as neither has any loss");
            result.Converged.Should().BeTrue();
        }

        [Fact]
        public void ClaimsWithOneOrigin_CountAsOneWitness_SharingItsWeight()
        {
            // Two outlets both citing "ministry" (200) are one witness; "a" and "b" (100) are two. Three equal witness weights,
            // a third each; the ministry's third is shared by its two claims (1/6 each). 100 holds 2/3 of the weight: the median.
            var key = Keys[0];
            var claims = new[]
            {
                new Claim("m1", key, HedgedFigure.Of(Hedge.None, 200), AttributionChain.Direct("outlet1").Citing("ministry"), Stance.Asserts),
                new Claim("m2", key, HedgedFigure.Of(Hedge.None, 200), AttributionChain.Direct("outlet2").Citing("ministry"), Stance.Asserts),
                Point("x", "a", 100),
                Point("y", "b", 100),
            };

            var result = TruthDiscovery.Estimate(claims, TruthDiscoveryOptions.Default.WithMaxIterations(1));
            var q = result.Quantities.Single();
            q.Estimate.Should().Be(100);
            q.Sources.Should().Be(3);
            q.IndependentSources.Should().Be(3);
            q.Weights.Select(w => w.Weight).Should().Equal(new[] { 1.0 / 6, 1.0 / 6, 1.0 / 3, 1.0 / 3 }, (x, y) => Math.Abs(x - y) < 1e-12);
            q.Weights.Select(w => w.SourceId).Should().Equal("ministry", "ministry", "a", "b");
        }

        [Fact]
        public void SourcesThatCopyOneAnother_CountAsOneWitness()
        {
            // 60 towns, truth 1000 + i. "c1", "c2", "c3" always give 1050 + i, identically; "s1" and "s2" give 1000 + i. By
            // head count the copies win (3 to 2). Chance agreement of c1 and c2, judged from the other three (two at one value,
            // one at another), is (2² + 1²) / 3² = 5/9 per town, so over 60 towns they agree 60 times where 33.3 are expected:
            // kappa = (60 - 33.3) / (60 - 33.3) = 1 over 26.7 chances to differ, above the default 0.9 and 20. s1 and s2 are
            // judged against three identical copies (chance 1), so they have no chance to differ and are not copies.
            var claims = new List<Claim>();
            for (var i = 0; i < 60; i++)
            {
                var key = new QuantityKey("town" + i, "population");
                foreach (var copier in new[] { "c1", "c2", "c3" })
                {
                    claims.Add(Point(copier + "-" + i, copier, 1050 + i, key));
                }

                claims.Add(Point("s1-" + i, "s1", 1000 + i, key));
                claims.Add(Point("s2-" + i, "s2", 1000 + i, key));
            }

            var result = TruthDiscovery.Estimate(claims);
            Enumerable.Range(0, 60).Select(i => result.Find(new QuantityKey("town" + i, "population"))!.Estimate)
                .Should().Equal(Enumerable.Range(0, 60).Select(i => (decimal)(1000 + i)));
            result.Quantities.Should().OnlyContain(q => q.IndependentSources == 3 && q.Sources == 5);
            result.Sources.Where(s => s.SourceId.StartsWith("c", StringComparison.Ordinal)).Should().OnlyContain(s => s.WitnessId == "c1");
            result.Sources.Where(s => s.SourceId.StartsWith("s", StringComparison.Ordinal)).Select(s => s.WitnessId).Should().Equal("s1", "s2");

            var blind = TruthDiscovery.Estimate(claims, new TruthDiscoveryOptions(copyMinOverlap: int.MaxValue));
            Enumerable.Range(0, 60).Select(i => blind.Find(new QuantityKey("town" + i, "population"))!.Estimate)
                .Should().Equal(Enumerable.Range(0, 60).Select(i => (decimal)(1050 + i)), "without copy detection the copies outvote");
        }

        [Fact]
        public void TwoSeparatedGroups_AreReported_AndTheEstimateComesFromOne()
        {
            // 500 and 501 against 560 and 561: the gap, 59, is far above three times either side's spread (1.4826 × 0.5) and
            // the scale floor (0.01 × 530.5). Equal weights tie; the tie goes to the lower group, whose middle is 500.5. Then
            // 560 is 59.5 from it and 561 is 60.5, so s3 ends heavier than s4 and the upper group's own estimate is 560.
            var q = Estimate(Point("a", "s1", 500), Point("b", "s2", 501), Point("c", "s3", 560), Point("d", "s4", 561));

            q.IsSplit.Should().BeTrue();
            q.Estimate.Should().Be(500.5m);
            q.Clusters.Select(c => c.Range).Should().Equal(NumericRange.Closed(500, 501), NumericRange.Closed(560, 561));
            q.Clusters.Select(c => c.Estimate).Should().Equal(500.5m, 560m);
            q.Clusters.Select(c => c.IndependentSources).Should().Equal(2, 2);
            q.Clusters[1].SourceIds.Should().Equal("s3", "s4");
            q.Interval80.Contains(NumericRange.Closed(500, 561)).Should().BeTrue("a split's interval holds both groups");
        }

        [Fact]
        public void OneGroupWithAStray_IsNotASplit()
        {
            // A lone stray (one source) is an outlier, not a second definition: a split needs two sources on each side.
            Estimate(Point("a", "s1", 500), Point("b", "s2", 501), Point("c", "s3", 502), Point("d", "s4", 900)).IsSplit.Should().BeFalse();
        }

        [Fact]
        public void Denials_AreLeftOutAndCounted()
        {
            var denial = new Claim("d", Keys[0], HedgedFigure.Of(Hedge.None, 7000), AttributionChain.Direct("joc"), Stance.Denies);
            var result = TruthDiscovery.Estimate(new[] { Point("a", "s1", 5000), denial });

            result.IgnoredDenials.Should().Be(1);
            result.Quantities.Single().Estimate.Should().Be(5000);
            result.Quantities.Single().Weights.Should().ContainSingle();
        }

        [Fact]
        public void LearnedReliabilities_FeedTheReliabilityWeightedMerge()
        {
            var claims = new[] { Point("a", "s1", 100), Point("b", "s2", 100), Point("c", "s3", 130) };
            var result = TruthDiscovery.Estimate(claims);
            var strategy = result.ToMergeStrategy();

            strategy.Kind.Should().Be(MergeStrategyKind.ReliabilityWeighted);
            strategy.Reliabilities.Keys.Should().BeEquivalentTo("s1", "s2", "s3");
            strategy.Reliabilities["s1"].Should().Be(result.Sources[0].Reliability);
            var quantity = new Quantity(Keys[0], Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeInteger);
            var merged = new MergeEngine(new[] { quantity }, options: MergeOptions.Default.WithStrategy(strategy)).Merge(claims).Single();
            merged.Periods.Single().Consensus.Should().Be(NumericRange.Point(100));
        }

        [Fact]
        public void SquaredLoss_OneStep_IsTheMeanOfTheClaimsProjections()
        {
            // [0, 10], 20 and 40 with equal weights. The weighted median (the start) is 20; squared loss then settles where x
            // is the mean of each claim's nearest point to x: (10 + 20 + 40) / 3 = 23.33..., still above 10, so it is a fixed point.
            var q = TruthDiscovery.Estimate(
                new[] { Of("a", "s1", HedgedFigure.Between(0, 10)), Point("b", "s2", 20), Point("c", "s3", 40) },
                TruthDiscoveryOptions.Default.WithLoss(TruthLoss.Squared).WithMaxIterations(1)).Quantities.Single();

            ((double)q.Estimate).Should().BeApproximately(70.0 / 3, 1e-9);
        }

        [Fact]
        public void OneStep_IsUnconverged_WithAnInfiniteResidual()
        {
            var result = TruthDiscovery.Estimate(new[] { Point("a", "s1", 100), Point("b", "s2", 130), Point("c", "s3", 100) }, TruthDiscoveryOptions.Default.WithMaxIterations(1));

            result.Iterations.Should().Be(1);
            result.Converged.Should().BeFalse();
            double.IsPositiveInfinity(result.Residual).Should().BeTrue();
            result.Quantities.Single().Iterations.Should().Be(1);
        }

        [Fact]
        public void AStableAnswer_ConvergesOnTheSecondStep_WithZeroResidual()
        {
            // 100 wins at once and nothing can move it (see ThreePoints_TwoAgreeing_TheAgreedValueWins): the second step
            // repeats the first, a move of 0 scale units.
            var result = TruthDiscovery.Estimate(new[] { Point("a", "s1", 100), Point("b", "s2", 130), Point("c", "s3", 100) });

            result.Iterations.Should().Be(2);
            result.Converged.Should().BeTrue();
            result.Residual.Should().Be(0);
        }

        [Fact]
        public void Find_ReturnsTheQuantity_OrNullWhenNoClaimIsAboutIt()
        {
            var result = TruthDiscovery.Estimate(new[] { Point("a", "s1", 1, Keys[0]), Point("b", "s1", 2, Keys[2]) });

            result.Find(Keys[2])!.Estimate.Should().Be(2);
            result.Find(Keys[1]).Should().BeNull();
        }

        [Fact]
        public void LowerGroupShares_CountEachSourcesSideOfEverySplit()
        {
            // Two flights, each split into an early group (s1, s2 at 100) and a late group (s3, s4 at 115): the gap, 15, is
            // far more than three times either group's spread (0, floored at 1% of the median, about 1.1). On a third flight
            // s2 sides with the late group (s1 at 100; s2, s3, s4 at 115): the lower side then has one source, so no split.
            // Over the split quantities: s1 and s2 are low on 2 of 2 (share 1), s3 and s4 on 0 of 2 (share 0).
            var k1 = new QuantityKey("f1", "departure");
            var k2 = new QuantityKey("f2", "departure");
            var k3 = new QuantityKey("f3", "departure");
            var claims = new List<Claim>();
            foreach (var (key, values) in new[] { (k1, new decimal[] { 100, 100, 115, 115 }), (k2, new decimal[] { 100, 100, 115, 115 }), (k3, new decimal[] { 100, 115, 115, 115 }) })
            {
                for (var s = 0; s < 4; s++)
                {
                    claims.Add(Point($"{key.Subject}-{s}", "s" + (s + 1), values[s], key));
                }
            }

            var result = TruthDiscovery.Estimate(claims, new TruthDiscoveryOptions(copyMinOverlap: int.MaxValue));
            var shares = result.LowerGroupShares("departure");

            result.Find(k1)!.IsSplit.Should().BeTrue();
            result.Find(k3)!.IsSplit.Should().BeFalse();
            shares.Keys.Should().Equal("s1", "s2", "s3", "s4");
            shares["s1"].Should().Be((1.0, 2));
            shares["s2"].Should().Be((1.0, 2));
            shares["s3"].Should().Be((0.0, 2));
            shares["s4"].Should().Be((0.0, 2));
            result.LowerGroupShares("arrival").Should().BeEmpty();
        }

        private static QuantityTruth Estimate(params Claim[] claims) => TruthDiscovery.Estimate(claims).Quantities.Single();
    }
}
