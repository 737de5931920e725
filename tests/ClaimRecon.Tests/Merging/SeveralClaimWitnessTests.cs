using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// A witness of several claims works out the range they admit together only when it is first read: the value must be
    /// the intersection of its claims' ranges whenever and on whichever thread it is read, and reading it must not change
    /// the claim list.
    /// </summary>
    public sealed class SeveralClaimWitnessTests
    {
        private const int Threads = 8;

        private static readonly TimeReference Day = TimeReference.Parse("2026-03-02");

        private static Claim Figure(Quantity quantity, string id, string origin, string outlet, HedgedFigure figure) =>
            new(id, quantity.Key, figure, AttributionChain.Direct(outlet).Citing(origin), Stance.Asserts, describes: Day);

        [Fact]
        public void TwoFiguresFromOneOrigin_ReadAsOneWitnessWithTheirCommonRange()
        {
            // The port authority is quoted twice: "over 5,000 containers" by one paper, "5,000 to 6,000" by another.
            var quantity = MergeGenerators.QuantityOf(QuantityKind.Level);
            var claims = new[]
            {
                Figure(quantity, "p2", "port", "gazette", HedgedFigure.Between(5000, 6000)),
                Figure(quantity, "p1", "port", "courier", HedgedFigure.Of(Hedge.MoreThan, 5000)),
                Figure(quantity, "u1", "union", "courier", HedgedFigure.Between(5500, 7000)),
            };

            var result = new MergeEngine(new[] { quantity }).MergeQuantity(claims).Periods.Single();

            result.Consensus.Should().Be(NumericRange.Closed(5500, 6000));
            var port = result.Witnesses.Single(w => w.OriginId == "port");
            var claimList = port.Claims;
            claimList.Select(c => c.Id).Should().Equal("p1", "p2");
            port.Range.Should().Be(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000)));
            port.Range.Should().Be(port.Range);
            port.Claims.Should().BeSameAs(claimList, "reading the range must not replace the claim list");
            port.ToString().Should().Be("port (2 claims): (5000, 6000]");
        }

        [Fact]
        public void ThreeFiguresThatCannotAllHold_ReadAsAnEmptyRange()
        {
            var quantity = MergeGenerators.QuantityOf(QuantityKind.Level);
            var claims = new[]
            {
                Figure(quantity, "a", "mill", "gazette", HedgedFigure.Of(Hedge.MoreThan, 80)),
                Figure(quantity, "b", "mill", "courier", HedgedFigure.Of(Hedge.FewerThan, 120)),
                Figure(quantity, "c", "mill", "herald", HedgedFigure.Of(Hedge.None, 60)),
                Figure(quantity, "d", "guild", "herald", HedgedFigure.Between(90, 100)),
            };

            var result = new MergeEngine(new[] { quantity }).MergeQuantity(claims).Periods.Single();

            var outlier = result.Outliers.Should().ContainSingle().Subject;
            outlier.Reason.Should().Be(OutlierReason.SelfContradictory);
            outlier.Witness.Range.IsEmpty.Should().BeTrue();
            outlier.Witness.Claims.Select(c => c.Id).Should().Equal("a", "b", "c");
            result.Consensus.Should().Be(NumericRange.Closed(90, 100));
        }

        [Fact]
        public void SeveralClaimWitnesses_ReadFromSeveralThreadsAtOnce_EveryThreadSeesTheSameRangeAndList()
        {
            // Each quantity: origin "o" gives "more than 100 + k" and "fewer than 300 + k" (and, every third quantity, a
            // third figure "up to 250 + k"), so its range is (100 + k, 300 + k) or (100 + k, 250 + k]; origin "x" gives one figure.
            var quantities = Enumerable.Range(0, 300)
                .Select(q => MergeGenerators.QuantityOf(QuantityKind.Level, new QuantityKey("several", "q" + q.ToString("D3", CultureInfo.InvariantCulture))))
                .ToArray();
            var claims = new List<Claim>();
            var expected = new NumericRange[quantities.Length];
            for (var k = 0; k < quantities.Length; k++)
            {
                var q = quantities[k];
                claims.Add(Figure(q, "c" + k.ToString("D3", CultureInfo.InvariantCulture) + "a", "o", "gazette", HedgedFigure.Of(Hedge.MoreThan, 100 + k)));
                claims.Add(Figure(q, "c" + k.ToString("D3", CultureInfo.InvariantCulture) + "b", "o", "courier", HedgedFigure.Of(Hedge.FewerThan, 300 + k)));
                expected[k] = new NumericRange(RangeBound.Open(100 + k), RangeBound.Open(300 + k));
                if (k % 3 == 0)
                {
                    claims.Add(Figure(q, "c" + k.ToString("D3", CultureInfo.InvariantCulture) + "c", "o", "herald", HedgedFigure.Of(Hedge.UpTo, 250 + k)));
                    expected[k] = new NumericRange(RangeBound.Open(100 + k), RangeBound.Closed(250 + k));
                }

                claims.Add(Figure(q, "c" + k.ToString("D3", CultureInfo.InvariantCulture) + "x", "x", "herald", HedgedFigure.Of(Hedge.None, 200 + k)));
            }

            var results = new MergeEngine(quantities).Merge(claims).Select(m => m.Periods.Single()).ToArray();
            var seen = new List<(NumericRange Range, object Claims)>[Threads];
            using var start = new Barrier(Threads);
            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
            {
                var mine = new List<(NumericRange, object)>(results.Length);
                start.SignalAndWait();
                foreach (var result in results)
                {
                    // Odd threads read the range first, even ones the claim list.
                    var witness = result.Witnesses[0];
                    var range = t % 2 == 1 ? witness.Range : default;
                    var list = witness.Claims;
                    range = t % 2 == 1 ? range : witness.Range;
                    mine.Add((range, list));
                }

                seen[t] = mine;
            });

            for (var k = 0; k < results.Length; k++)
            {
                results[k].Witnesses[0].OriginId.Should().Be("o");
                results[k].Witnesses[0].Claims.Should().HaveCount(k % 3 == 0 ? 3 : 2);
                for (var t = 0; t < Threads; t++)
                {
                    seen[t][k].Range.Should().Be(expected[k], "thread {0} read quantity {1}", t, k);
                    seen[t][k].Claims.Should().BeSameAs(seen[0][k].Claims, "thread {0} read quantity {1}", t, k);
                }

                results[k].Consensus.Should().Be(NumericRange.Closed(200 + k, 200 + k));
            }
        }
    }
}
