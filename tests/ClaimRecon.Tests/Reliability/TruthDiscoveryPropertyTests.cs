using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Reliability;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Merging;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>Laws of truth discovery on generated claim sets (<see cref="TruthClaims.Claims"/>).</summary>
    public sealed class TruthDiscoveryPropertyTests
    {
        private const int Cases = 300;

        [Fact]
        public void ClaimOrder_ChangesNothing()
        {
            var cases = from claims in TruthClaims.Claims
                        from seed in Gen.Choose(0, int.MaxValue)
                        select (Claims: claims, Seed: seed);
            var everyOption = new[]
            {
                TruthDiscoveryOptions.Default,
                TruthDiscoveryOptions.Default.WithLoss(TruthLoss.Huber),
                TruthDiscoveryOptions.Default.WithLoss(TruthLoss.Squared),
                TruthDiscoveryOptions.Default.WithScale(ValueScale.Logarithmic),
            };
            PropertyRunner.ForAll(cases, c =>
            {
                foreach (var options in everyOption)
                {
                    var expected = TruthClaims.Describe(TruthDiscovery.Estimate(c.Claims, options));
                    TruthClaims.Describe(TruthDiscovery.Estimate(MergeGenerators.Shuffle(c.Claims, c.Seed), options)).Should().Be(expected, "under {0}", options);
                }
            }, Cases);
        }

        [Fact]
        public void RenamingSources_ChangesNothingButTheNames()
        {
            var cases = from claims in TruthClaims.Claims
                        from seed in Gen.Choose(0, int.MaxValue)
                        select (Claims: claims, Seed: seed);
            PropertyRunner.ForAll(cases, c =>
            {
                // A random bijection onto names that sort in another order.
                var names = MergeGenerators.Shuffle(new[] { "zeta", "alpha", "mu", "beta", "omega", "kappa" }, c.Seed);
                var forward = Enumerable.Range(0, 6).ToDictionary(i => "s" + i, i => names[i]);
                var back = forward.ToDictionary(p => p.Value, p => p.Key);
                var renamed = c.Claims.Select(x => new Claim(x.Id, x.Quantity, x.Figure!, AttributionChain.Direct(forward[x.Attribution.Origin]), x.Stance)).ToList();

                var expected = TruthClaims.Describe(TruthDiscovery.Estimate(c.Claims));
                TruthClaims.Describe(TruthDiscovery.Estimate(renamed), s => back[s]).Should().Be(expected);
            }, Cases);
        }

        [Fact]
        public void ScalingEveryValueBy1000_ScalesEveryEstimateBy1000()
        {
            PropertyRunner.ForAll(TruthClaims.Claims, claims =>
            {
                var scaled = claims.Select(c => new Claim(
                    c.Id,
                    c.Quantity,
                    new HedgedFigure(c.Figure!.Hedge, c.Figure.Value * 1000, c.Figure.UpperValue * 1000),
                    c.Attribution,
                    c.Stance)).ToList();
                foreach (var scale in new[] { ValueScale.Linear, ValueScale.Logarithmic })
                {
                    var options = TruthDiscoveryOptions.Default.WithScale(scale);
                    var original = TruthDiscovery.Estimate(claims, options);
                    var result = TruthDiscovery.Estimate(scaled, options);
                    result.Quantities.Select(q => q.Estimate).Should().Equal(original.Quantities.Select(q => q.Estimate * 1000), "on the {0} scale", scale);
                }
            }, Cases);
        }

        [Fact]
        public void ASingleClaim_IsTheEstimate_FlaggedSingleSource()
        {
            PropertyRunner.ForAll(TruthClaims.Figure, figure =>
            {
                var claim = TruthClaims.Of("only", "s0", figure);
                var range = claim.Range;
                var expected = range.IsBounded ? range.Midpoint!.Value : range.Lower.IsUnbounded ? range.Upper.Value : range.Lower.Value;
                foreach (var loss in new[] { TruthLoss.Absolute, TruthLoss.Huber, TruthLoss.Squared })
                {
                    var q = TruthDiscovery.Estimate(new[] { claim }, TruthDiscoveryOptions.Default.WithLoss(loss)).Quantities.Single();
                    q.Estimate.Should().Be(expected, "under {0} loss", loss);
                    q.IsSingleSource.Should().BeTrue();
                    q.Weights.Should().ContainSingle().Which.Weight.Should().Be(1);
                }
            }, Cases);
        }

        [Fact]
        public void AddingAClaimAtTheEstimate_NeverMovesIt()
        {
            // Known exception, documented on QuantityTruth: when the quantity is or becomes split into two groups, the added
            // claim can tighten a group enough to move the cut, and the estimate follows the heavier group. Such cases are
            // skipped here (about 1 in 1,500 generated ones); every other case must keep the estimate exactly.
            var cases = from values in Gen.ListOf(Gen.Choose(1, 1000), 8).Select(l => l.ToList())
                        from count in Gen.Choose(1, 8)
                        select values.Take(count).ToList();
            PropertyRunner.ForAll(cases, values =>
            {
                var claims = values.Select((v, i) => TruthClaims.Point("c" + i, "s" + i, v)).ToList();
                var before = TruthDiscovery.Estimate(claims).Quantities.Single();
                claims.Add(TruthClaims.Point("added", "newcomer", before.Estimate));
                var after = TruthDiscovery.Estimate(claims).Quantities.Single();
                if (!before.IsSplit && !after.IsSplit)
                {
                    after.Estimate.Should().Be(before.Estimate);
                }
            }, 1000);
        }

        [Fact]
        public void Weights_SumToOne_AndLieBetweenZeroAndOne_UnderEveryLoss()
        {
            PropertyRunner.ForAll(TruthClaims.Claims, claims =>
            {
                foreach (var loss in new[] { TruthLoss.Absolute, TruthLoss.Huber, TruthLoss.Squared })
                {
                    foreach (var q in TruthDiscovery.Estimate(claims, TruthDiscoveryOptions.Default.WithLoss(loss)).Quantities)
                    {
                        q.Weights.Sum(w => w.Weight).Should().BeApproximately(1, 1e-9);
                        q.Weights.Should().OnlyContain(w => w.Weight >= 0 && w.Weight <= 1);
                        q.Interval80.Contains(q.Estimate).Should().BeTrue();
                        q.Interval90.Contains(q.Interval80).Should().BeTrue("the 90% interval holds the 80% one: {0} and {1}", q.Interval90, q.Interval80);
                    }
                }
            }, Cases);
        }

        [Fact]
        public void Reliabilities_AreProbabilities_WithTheirBoundsAroundThem()
        {
            PropertyRunner.ForAll(TruthClaims.Claims, claims =>
            {
                foreach (var s in TruthDiscovery.Estimate(claims).Sources)
                {
                    s.Lower.Should().BeInRange(0, s.Reliability);
                    s.Upper.Should().BeInRange(s.Reliability, 1);
                    s.ClaimCount.Should().Be(claims.Count(c => c.Attribution.Origin == s.SourceId));
                }
            }, Cases);
        }
    }
}
