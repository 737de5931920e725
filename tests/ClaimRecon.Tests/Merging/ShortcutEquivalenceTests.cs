using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
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
    /// The engine's shortcuts for a quantity of one claim and for a lone witness (results whose lists are made when first
    /// read) give what the full path (sort, sweep, fold) gives, text for text, under every strategy: compared on corpora of
    /// tiny groups with points written with two scales (5 to 5.0), open and unbounded ends, denials, an origin contradicting
    /// itself, and reliabilities of 0.
    /// </summary>
    public sealed class ShortcutEquivalenceTests
    {
        private const int Cases = 300;

        private static readonly decimal[] Figures = { 1m, 2m, 5m, 5.0m, 5.00m, 10m, 2.25m };

        private static readonly string[] Origins = { "o1", "o2", "o3" };

        private static readonly Quantity Level = MergeGenerators.QuantityOf(QuantityKind.Level, new QuantityKey("shortcut", "level"));

        [Fact]
        public void Shortcuts_GiveWhatTheFullPathGives_OnTinyGroupsUnderEveryStrategy()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var cases = from seed in Gen.Choose(0, int.MaxValue)
                        from strategy in MergeGenerators.Strategy
                        from degree in Gen.Choose(1, 2)
                        select (Corpus: Build(seed), Strategy: WithEveryOrigin(strategy, seed), Degree: degree, Sources: CatalogueFor(seed));

            PropertyRunner.ForAll(cases, c =>
            {
                var options = new MergeOptions(c.Strategy, InputOrder.Unordered, c.Degree);
                var engine = new MergeEngine(c.Corpus.Quantities, c.Sources, options);
                var full = engine.WithoutShortcuts().Merge(c.Corpus.Claims).Select(m => MergeText.Full(m) + Digits(m)).ToList();
                var shortcut = engine.Merge(c.Corpus.Claims).Select(m => MergeText.Full(m) + Digits(m)).ToList();
                shortcut.Should().Equal(full, "the shortcuts must not change any result under {0}", c.Strategy.Kind);

                // Read in another order (candidates and estimate before the witness list), results still agree.
                var again = engine.Merge(c.Corpus.Claims).Select(m => string.Join("|", m.Periods.Select(p => p.Candidates.Count + " " + p.Estimate + " " + p.FaultBudgetApplied)) + "\n" + MergeText.Full(m)).ToList();
                var fullAgain = engine.WithoutShortcuts().Merge(c.Corpus.Claims).Select(m => string.Join("|", m.Periods.Select(p => p.Candidates.Count + " " + p.Estimate + " " + p.FaultBudgetApplied)) + "\n" + MergeText.Full(m)).ToList();
                again.Should().Equal(fullAgain);

                foreach (var merge in engine.Merge(c.Corpus.Claims))
                {
                    foreach (var period in merge.Periods.Where(p => p.Witnesses.Count == 1 && p.Denials.Count == 0 && p.Outliers.Count == 0))
                    {
                        var range = period.Witnesses[0].Range;
                        seen.Add(c.Strategy.Kind + (range.IsPoint ? " point" : range.IsBounded ? " bounded" : " unbounded"));
                    }
                }
            }, Cases);

            // Every strategy met a lone witness, and fault-tolerant fusion met the shapes it treats differently.
            foreach (var kind in Enum.GetValues(typeof(MergeStrategyKind)).Cast<MergeStrategyKind>())
            {
                seen.Should().Contain(s => s.StartsWith(kind + " ", StringComparison.Ordinal));
            }

            seen.Should().Contain(new[] { "FaultTolerant point", "FaultTolerant bounded", "FaultTolerant unbounded" });
        }

        [Theory]
        [InlineData(MergeStrategyKind.MaxAgreement)]
        [InlineData(MergeStrategyKind.Hull)]
        public void OneClaim_WithACatalogue_HasTheWitnessTheCatalogueNames(MergeStrategyKind kind)
        {
            // One origin named by its id (its witness is made when first read), one with a name of its own.
            var strategy = kind == MergeStrategyKind.Hull ? MergeStrategy.Hull : MergeStrategy.MaxAgreement;
            var quantities = new[] { Level, MergeGenerators.QuantityOf(QuantityKind.Level, new QuantityKey("shortcut", "other")) };
            var sources = new[] { new Source("joc", "joc", SourceKind.OfficialBody), new Source("moh", "Ministry of Health", SourceKind.OfficialBody) };
            var claims = new[]
            {
                new Claim("a1", quantities[0].Key, HedgedFigure.Of(Hedge.About, 120), AttributionChain.Direct("k24").Citing("joc"), Stance.Estimates),
                new Claim("b1", quantities[1].Key, HedgedFigure.Of(Hedge.AtLeast, 80), AttributionChain.Direct("moh"), Stance.Asserts),
            };
            var results = new MergeEngine(quantities, sources, new MergeOptions(strategy)).Merge(claims).Select(m => m.Periods.Single()).ToArray();

            results[0].Consensus.Should().Be(claims[0].Range);
            results[0].Support.Should().Be(1m);
            results[0].Witnesses.Single().Should().Match<Witness>(w => w.OriginId == "joc" && w.OriginName == "joc" && w.Weight == 1m);
            results[0].Witnesses.Single().Claims.Single().Should().BeSameAs(claims[0]);
            results[0].Supporters.Should().BeSameAs(results[0].Witnesses);
            results[1].Witnesses.Single().Should().Match<Witness>(w => w.OriginId == "moh" && w.OriginName == "Ministry of Health" && w.Weight == 1m);
            results[1].Consensus.Should().Be(NumericRange.AtLeast(80));
        }

        [Fact]
        public void OneClaim_UnderFaultTolerantFusion_HasItsMidpointAsEstimateAndABudgetOfZero()
        {
            var claim = new Claim("a1", Level.Key, HedgedFigure.Between(4000, 4500), AttributionChain.Direct("joc"), Stance.Asserts);
            var result = new MergeEngine(new[] { Level }, null, new MergeOptions(MergeStrategy.FaultTolerant(2))).MergeQuantity(new[] { claim }).Periods.Single();

            result.Status.Should().Be(MergeStatus.Consensus);
            result.Consensus.Should().Be(NumericRange.Closed(4000, 4500));
            result.Estimate.Should().Be(4250m);
            result.EstimateNote.Should().BeNull();
            result.FaultBudgetApplied.Should().Be(0);
            result.Support.Should().Be(1m);
            result.Candidates.Should().BeEmpty();
            result.Supporters.Should().BeSameAs(result.Witnesses);
            result.Witnesses.Single().Claims.Single().Should().BeSameAs(claim);
            result.IsUnanimous.Should().BeTrue();
        }

        [Fact]
        public void OneOpenEndedClaim_UnderFaultTolerantFusion_HasNoEstimateAndSaysWhy()
        {
            var claim = new Claim("a1", Level.Key, HedgedFigure.Of(Hedge.MoreThan, 4000), AttributionChain.Direct("joc"), Stance.Asserts);
            var result = new MergeEngine(new[] { Level }, null, new MergeOptions(MergeStrategy.FaultTolerant(1))).MergeQuantity(new[] { claim }).Periods.Single();

            result.Estimate.Should().BeNull();
            result.EstimateNote.Should().Contain("unbounded");
            result.FaultBudgetApplied.Should().Be(0);
        }

        [Theory]
        [InlineData(MergeStrategyKind.Intersection)]
        [InlineData(MergeStrategyKind.Hull)]
        public void OneClaim_UnderIntersectionOrHull_IsItsOwnConsensusWithNoCandidate(MergeStrategyKind kind)
        {
            var strategy = kind == MergeStrategyKind.Hull ? MergeStrategy.Hull : MergeStrategy.Intersection;
            var claim = new Claim("a1", Level.Key, HedgedFigure.Of(Hedge.UpTo, 70), AttributionChain.Direct("k24").Citing("joc"), Stance.Asserts);
            var result = new MergeEngine(new[] { Level }, null, new MergeOptions(strategy)).MergeQuantity(new[] { claim }).Periods.Single();

            result.Status.Should().Be(MergeStatus.Consensus);
            result.Consensus.Should().Be(claim.Range);
            result.Support.Should().Be(1m);
            result.Candidates.Should().BeEmpty();
            result.Estimate.Should().BeNull();
            result.FaultBudgetApplied.Should().BeNull();
            result.Witnesses.Single().OriginId.Should().Be("joc");
            result.Outliers.Should().BeEmpty();
        }

        /// <summary>
        /// Every end of every range a result gives, digit for digit (5 and 5.0 differ here, not in a range's own text or
        /// equality), with the support, scores and estimate.
        /// </summary>
        private static string Digits(QuantityMerge merge) =>
            string.Join("\n", merge.Periods.Select(p =>
                "consensus " + Ends(p.Consensus) + " support " + Exact(p.Support) + " estimate " + (p.Estimate is { } e ? Exact(e) : "none")
                + " witnesses " + string.Join(";", p.Witnesses.Select(w => w.OriginId + "/" + w.OriginName + " " + Ends(w.Range) + " w" + Exact(w.Weight)))
                + " candidates " + string.Join(";", p.Candidates.Select(x => Ends(x.Range) + " s" + Exact(x.Score)))));

        private static string Ends(NumericRange range) =>
            range.IsEmpty ? "empty" : End(range.Lower) + " " + End(range.Upper);

        private static string End(RangeBound bound) =>
            bound.IsUnbounded ? "inf" : (bound.IsOpen ? "open " : "closed ") + Exact(bound.Value);

        private static string Exact(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Reliability-weighted strategies get a table for every origin, with a 0 for some seeds.</summary>
        private static MergeStrategy WithEveryOrigin(MergeStrategy strategy, int seed) =>
            strategy.Kind != MergeStrategyKind.ReliabilityWeighted
                ? strategy
                : MergeStrategy.ReliabilityWeighted(Origins.Select((o, i) => (o, MergeGenerators.ExactReliabilities[(seed + i) % MergeGenerators.ExactReliabilities.Length]))
                    .ToDictionary(p => p.o, p => p.Item2, StringComparer.Ordinal));

        /// <summary>No catalogue for a third of the seeds; else one naming o1 by its id and the others by names of their own, or every origin by a name of its own.</summary>
        private static Source[]? CatalogueFor(int seed) =>
            (seed % 3) switch
            {
                0 => null,
                1 => Origins.Select(o => new Source(o, o == "o1" ? o : "Origin " + o, SourceKind.OfficialBody)).ToArray(),
                _ => Origins.Select(o => new Source(o, "Origin " + o, SourceKind.OfficialBody)).ToArray(),
            };

        /// <summary>1–12 quantities of 1–3 claims, most of one claim; some denials, some origins saying two things.</summary>
        private static Corpus Build(int seed)
        {
            var random = new Random(seed);
            var hedges = Enum.GetValues(typeof(Hedge)).Cast<Hedge>().ToArray();
            var stances = new[] { Stance.Asserts, Stance.Asserts, Stance.Estimates, Stance.Relays, Stance.Denies };
            var quantities = new Quantity[random.Next(1, 13)];
            var claims = new List<Claim>();
            for (var q = 0; q < quantities.Length; q++)
            {
                var kind = random.Next(4) == 0 ? QuantityKind.Cumulative : QuantityKind.Level;
                quantities[q] = MergeGenerators.QuantityOf(kind, new QuantityKey("tiny-" + q.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "count"));
                var size = random.Next(5) switch { < 3 => 1, 3 => 2, _ => 3 };
                var day = random.Next(4) == 0 ? null : TimeReference.Parse(random.Next(2) == 0 ? "2026-02-10" : "2026-02-11");
                for (var i = 0; i < size; i++)
                {
                    var hedge = hedges[random.Next(hedges.Length)];
                    var a = Figures[random.Next(Figures.Length)];
                    var b = random.Next(3) == 0 ? a * 1.0m : Figures[random.Next(Figures.Length)];
                    var figure = Hedging.HedgingGenerators.Make(hedge, a, b);
                    var chain = MergeGenerators.ChainTo(Origins[random.Next(Origins.Length)], "k24", random.Next(3));
                    var stance = random.Next(3) == 0 ? stances[random.Next(stances.Length)] : Stance.Asserts;
                    claims.Add(new Claim($"t{q}-c{i}", quantities[q].Key, figure, chain, stance, statedAt: day));
                }
            }

            return new Corpus(quantities, MergeGenerators.Shuffle(claims, random.Next()));
        }
    }
}
