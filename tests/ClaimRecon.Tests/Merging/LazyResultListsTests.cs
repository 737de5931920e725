using System.Collections.Generic;
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
    /// A quantity with one claim gets a result that makes its witness list, its candidate and the witness's claim list
    /// only when they are first read, and a max-agreement result with one candidate makes that candidate when first read:
    /// every reader, on any thread, must see the same lists with the same content.
    /// </summary>
    public sealed class LazyResultListsTests
    {
        private const int Threads = 8;

        private static readonly Quantity Held = MergeGenerators.QuantityOf(QuantityKind.Level);
        private static readonly TimeReference Day = TimeReference.Parse("2026-02-10");

        private static Claim Between(string id, string origin, decimal low, decimal high) =>
            new(id, Held.Key, HedgedFigure.Between(low, high), AttributionChain.Direct("k24").Citing(origin), Stance.Asserts, describes: Day);

        [Fact]
        public void OneClaim_UnderMaxAgreement_ReadsAsOneWitnessOneSupporterAndOneCandidate()
        {
            var result = new MergeEngine(new[] { Held }).MergeQuantity(new[] { Between("a1", "joc", 4000, 4500) }).Periods.Single();

            result.Status.Should().Be(MergeStatus.Consensus);
            result.Consensus.Should().Be(NumericRange.Closed(4000, 4500));
            result.Support.Should().Be(1m);
            var witness = result.Witnesses.Should().ContainSingle().Subject;
            witness.OriginId.Should().Be("joc");
            witness.Range.Should().Be(NumericRange.Closed(4000, 4500));
            witness.Claims.Select(c => c.Id).Should().Equal("a1");
            result.Supporters.Should().Equal(witness);
            var candidate = result.Candidates.Should().ContainSingle().Subject;
            candidate.Range.Should().Be(NumericRange.Closed(4000, 4500));
            candidate.Score.Should().Be(1m);
            candidate.Supporters.Should().Equal(witness);
            result.NonDecidingSupporters.Should().BeEmpty();
            result.Outliers.Should().BeEmpty();
            result.Denials.Should().BeEmpty();
            result.Estimate.Should().BeNull();
            result.EstimateNote.Should().BeNull();
            result.FaultBudgetApplied.Should().BeNull();
            result.IsUnanimous.Should().BeTrue();
        }

        [Fact]
        public void OneClaim_ReadTwice_GivesTheSameLists()
        {
            var result = new MergeEngine(new[] { Held }).MergeQuantity(new[] { Between("a1", "joc", 4000, 4500) }).Periods.Single();

            result.Witnesses.Should().BeSameAs(result.Witnesses);
            result.Candidates.Should().BeSameAs(result.Candidates);
            result.Supporters.Should().BeSameAs(result.Witnesses);
            result.Candidates[0].Supporters.Should().BeSameAs(result.Witnesses);
            result.Witnesses[0].Claims.Should().BeSameAs(result.Witnesses[0].Claims);
        }

        [Fact]
        public void OneClaimQuantities_ReadFromSeveralThreadsAtOnce_EveryThreadSeesTheSameLists()
        {
            // Many one-claim quantities, so the threads race on many first reads; each thread reads in its own order.
            var quantities = Enumerable.Range(0, 400)
                .Select(q => MergeGenerators.QuantityOf(QuantityKind.Level, new QuantityKey("lazy", "q" + q.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))))
                .ToArray();
            var claims = quantities.Select((q, k) => new Claim(
                "c" + k.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), q.Key, HedgedFigure.Of(Hedge.MoreThan, 100 + k),
                AttributionChain.Direct("o" + (k % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)), Stance.Asserts, describes: Day)).ToArray();
            var results = new MergeEngine(quantities).Merge(claims).Select(m => m.Periods.Single()).ToArray();

            var seen = new List<(object Witnesses, object Candidates, object Supporters, object Claims)>[Threads];
            using var start = new Barrier(Threads);
            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
            {
                var mine = new List<(object, object, object, object)>(results.Length);
                start.SignalAndWait();
                foreach (var result in results)
                {
                    // Odd threads start with the candidates, even ones with the witnesses' claims.
                    var candidates = t % 2 == 1 ? result.Candidates : null;
                    var claimsRead = result.Witnesses[0].Claims;
                    candidates ??= result.Candidates;
                    mine.Add((result.Witnesses, candidates, candidates[0].Supporters, claimsRead));
                }

                seen[t] = mine;
            });

            for (var k = 0; k < results.Length; k++)
            {
                var first = seen[0][k];
                for (var t = 1; t < Threads; t++)
                {
                    seen[t][k].Witnesses.Should().BeSameAs(first.Witnesses, "thread {0} read quantity {1}", t, k);
                    seen[t][k].Candidates.Should().BeSameAs(first.Candidates, "thread {0} read quantity {1}", t, k);
                    seen[t][k].Supporters.Should().BeSameAs(first.Supporters, "thread {0} read quantity {1}", t, k);
                    seen[t][k].Claims.Should().BeSameAs(first.Claims, "thread {0} read quantity {1}", t, k);
                }

                var result = results[k];
                result.Witnesses.Should().ContainSingle().Which.Claims.Should().Equal(claims[k]);
                result.Candidates.Should().ContainSingle().Which.Range.Should().Be(NumericRange.GreaterThan(100 + k));
                result.Consensus.Should().Be(NumericRange.GreaterThan(100 + k));
                result.Supporters.Should().BeSameAs(result.Witnesses);
            }
        }
    

        [Fact]
        public void SeveralWitnessesWithOneCandidate_TheCandidateIsTheConsensusWithItsScoreAndSupporters_AndTheSameOnEveryRead()
        {
            // Three sources, one far off: the candidate [4200, 4400] is held by two, the third is an outlier.
            var claims = new[]
            {
                Between("a1", "joc", 4000, 4500), Between("b1", "smc", 4200, 4400), Between("c1", "kdp", 9000, 9500),
            };

            var result = new MergeEngine(new[] { Held }).MergeQuantity(claims).Periods.Single();

            result.Status.Should().Be(MergeStatus.Consensus);
            result.Consensus.Should().Be(NumericRange.Closed(4200, 4400));
            result.Support.Should().Be(2m);
            var candidate = result.Candidates.Should().ContainSingle().Subject;
            candidate.Range.Should().Be(NumericRange.Closed(4200, 4400));
            candidate.Score.Should().Be(2m);
            candidate.Supporters.Select(w => w.OriginId).Should().Equal("joc", "smc");
            candidate.Supporters.Should().BeSameAs(result.Supporters);
            result.Candidates.Should().BeSameAs(result.Candidates);
            result.Outliers.Should().ContainSingle().Which.Witness.OriginId.Should().Be("kdp");
        }

        [Fact]
        public void SeveralWitnessesWithOneCandidate_ReadFromSeveralThreadsAtOnce_EveryThreadSeesTheSameCandidate()
        {
            var quantities = Enumerable.Range(0, 300)
                .Select(q => MergeGenerators.QuantityOf(QuantityKind.Level, new QuantityKey("lazy-candidate", "q" + q.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))))
                .ToArray();
            var claims = quantities.SelectMany((q, k) => new[]
            {
                new Claim("c" + k.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "a", q.Key, HedgedFigure.Between(100 + k, 200 + k), AttributionChain.Direct("o1"), Stance.Asserts, describes: Day),
                new Claim("c" + k.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "b", q.Key, HedgedFigure.Of(Hedge.MoreThan, 150 + k), AttributionChain.Direct("o2"), Stance.Asserts, describes: Day),
            }).ToArray();
            var results = new MergeEngine(quantities).Merge(claims).Select(m => m.Periods.Single()).ToArray();

            var seen = new List<object>[Threads];
            using var start = new Barrier(Threads);
            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
            {
                var mine = new List<object>(results.Length);
                start.SignalAndWait();
                foreach (var result in results)
                {
                    mine.Add(result.Candidates);
                }

                seen[t] = mine;
            });

            for (var k = 0; k < results.Length; k++)
            {
                for (var t = 1; t < Threads; t++)
                {
                    seen[t][k].Should().BeSameAs(seen[0][k], "thread {0} read quantity {1}", t, k);
                }

                var candidate = results[k].Candidates.Should().ContainSingle().Subject;
                candidate.Range.Should().Be(new NumericRange(RangeBound.Open(150 + k), RangeBound.Closed(200 + k)));
                candidate.Score.Should().Be(2m);
                candidate.Supporters.Select(w => w.OriginId).Should().Equal("o1", "o2");
            }
        }
    }
}
