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
    /// The streaming (claims in a list or an array), parallel and buffered paths of <see cref="MergeEngine.Merge"/> give the same results, text for text,
    /// as each quantity merged alone by a fresh engine, on corpora built to stress what the engine reuses between
    /// quantities: groups of very different sizes one after another, ties, open and unbounded ends, equal ends written with
    /// different scales (5 and 5.0), figures too long for the packed sort, one origin's text in several string objects, and denials.
    /// </summary>
    public sealed class MergePathEquivalenceTests
    {
        private const int Cases = 300;

        private static readonly decimal[] SmallFigures = { 1m, 2m, 3m, 4m, 5m, 5.0m, 6m, 10m, 2.25m, 0.5m };

        /// <summary>Figures whose digits do not fit 63 bits once scaled, so the sweep sorts decimals instead of packed keys.</summary>
        private static readonly decimal[] HugeFigures = { 1e20m, 1.5e20m, 123456789012345678901234m, 5000000000000000000000000m };

        private static readonly string[] Origins = { "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8" };

        [Fact]
        public void StreamingParallelAndBuffered_GiveWhatEachQuantityMergedAloneGives_WithTiesOpenEndsAndDenials()
        {
            var seen = new Coverage();
            var cases = from seed in Gen.Choose(0, int.MaxValue)
                        from strategy in MergeGenerators.Strategy
                        from degree in Gen.Choose(2, 3)
                        select (Corpus: Build(seed), Strategy: WithEveryOrigin(strategy), Degree: degree);

            PropertyRunner.ForAll(cases, c =>
            {
                var quantities = c.Corpus.Quantities;
                var alone = quantities
                    .Select(q => c.Corpus.Claims.Where(x => x.Quantity.Equals(q.Key)).ToList())
                    .Where(group => group.Count > 0)
                    .Select(group => new MergeEngine(quantities, null, new MergeOptions(c.Strategy)).MergeQuantity(MergeGenerators.Shuffle(group, group.Count)))
                    .OrderBy(m => m.Quantity.Key)
                    .ToList();
                seen.Add(alone);
                var expected = alone.Select(MergeText.Full).ToList();

                var engine = new MergeEngine(quantities, null, new MergeOptions(c.Strategy));
                var sorted = c.Corpus.Claims.OrderBy(x => x.Quantity).ToList();
                foreach (var (order, degree, input) in new[]
                {
                    (InputOrder.Unordered, 1, c.Corpus.Claims),
                    (InputOrder.Unordered, c.Degree, c.Corpus.Claims),
                    (InputOrder.SortedByQuantity, 1, (IReadOnlyList<Claim>)sorted),
                    (InputOrder.SortedByQuantity, c.Degree, sorted),
                    (InputOrder.SortedByQuantity, 1, sorted.ToArray()), // An array also has its claims prefetched ahead.
                    (InputOrder.SortedByQuantity, c.Degree, sorted.ToArray()),
                })
                {
                    var results = engine.WithOptions(new MergeOptions(c.Strategy, order, degree)).Merge(input).Select(MergeText.Full).ToList();
                    results.Should().Equal(expected, "{0} input ({1}) merged with degree {2} must give each quantity's own merge", order, input.GetType().Name, degree);
                }
            }, Cases);

            // The corpora really had what this property is about.
            seen.Ties.Should().BeGreaterThan(0);
            seen.OpenEnds.Should().BeGreaterThan(0);
            seen.UnboundedEnds.Should().BeGreaterThan(0);
            seen.Denials.Should().BeGreaterThan(0);
            seen.HugeFigures.Should().BeGreaterThan(0);
            seen.LargeGroupAfterSmall.Should().BeGreaterThan(0);
        }

        /// <summary>Reliability-weighted strategies get a table for every origin of these corpora.</summary>
        private static MergeStrategy WithEveryOrigin(MergeStrategy strategy) =>
            strategy.Kind != MergeStrategyKind.ReliabilityWeighted
                ? strategy
                : MergeStrategy.ReliabilityWeighted(Origins.Select((o, i) => (o, MergeGenerators.ExactReliabilities[i % MergeGenerators.ExactReliabilities.Length]))
                    .ToDictionary(p => p.o, p => p.Item2, StringComparer.Ordinal));

        /// <summary>
        /// 1–45 quantities (so parallel batches of 32 and 48 are crossed), each with 1, 2–6 or 20–60 claims in random
        /// order, so a large group often follows a small one and the other way round.
        /// </summary>
        private static Corpus Build(int seed)
        {
            var random = new Random(seed);
            var hedges = Enum.GetValues(typeof(Hedge)).Cast<Hedge>().ToArray();
            var stances = new[] { Stance.Asserts, Stance.Asserts, Stance.Estimates, Stance.Relays, Stance.Denies };
            var quantities = new Quantity[random.Next(1, 46)];
            var claims = new List<Claim>();
            for (var q = 0; q < quantities.Length; q++)
            {
                var kind = random.Next(4) == 0 ? QuantityKind.Cumulative : QuantityKind.Level;
                quantities[q] = MergeGenerators.QuantityOf(kind, new QuantityKey("paths-" + q.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "count"));
                var size = random.Next(3) switch { 0 => 1, 1 => random.Next(2, 7), _ => random.Next(20, 61) };
                var figures = random.Next(5) == 0 ? HugeFigures.Concat(SmallFigures).ToArray() : SmallFigures;
                var day = random.Next(4) == 0 ? null : TimeReference.Parse(random.Next(2) == 0 ? "2026-02-10" : "2026-02-11");
                for (var i = 0; i < size; i++)
                {
                    var hedge = hedges[random.Next(hedges.Length)];
                    var a = figures[random.Next(figures.Length)];
                    var b = figures[random.Next(figures.Length)];
                    var figure = Hedging.HedgingGenerators.Make(hedge, a, b);
                    // Sometimes the origin's text in a string object of its own, as a reader that does not intern would give it.
                    var origin = Origins[random.Next(Origins.Length)];
                    var chain = MergeGenerators.ChainTo(random.Next(3) == 0 ? new string(origin.ToCharArray()) : origin, "k24", random.Next(3));
                    claims.Add(new Claim($"q{q}-c{i:00}", quantities[q].Key, figure, chain, stances[random.Next(stances.Length)], statedAt: day));
                }
            }

            return new Corpus(quantities, MergeGenerators.Shuffle(claims, random.Next()));
        }

        /// <summary>Counts, over every case, how often the features this property is about occurred.</summary>
        private sealed class Coverage
        {
            private int _previousSize = int.MaxValue;

            public int Ties { get; private set; }

            public int OpenEnds { get; private set; }

            public int UnboundedEnds { get; private set; }

            public int Denials { get; private set; }

            public int HugeFigures { get; private set; }

            public int LargeGroupAfterSmall { get; private set; }

            public void Add(IEnumerable<QuantityMerge> merges)
            {
                foreach (var merge in merges)
                {
                    var size = merge.Periods.Sum(p => p.Witnesses.Sum(w => w.Claims.Count) + p.Denials.Count);
                    LargeGroupAfterSmall += size >= 20 && _previousSize <= 6 ? 1 : 0;
                    _previousSize = size;
                    foreach (var period in merge.Periods)
                    {
                        Ties += period.Status == MergeStatus.Tie ? 1 : 0;
                        Denials += period.Denials.Count;
                        foreach (var range in period.Witnesses.Select(w => w.Range))
                        {
                            OpenEnds += range.Lower.IsOpen || range.Upper.IsOpen ? 1 : 0;
                            UnboundedEnds += range.Lower.IsUnbounded || range.Upper.IsUnbounded ? 1 : 0;
                            HugeFigures += (!range.Lower.IsUnbounded && Math.Abs(range.Lower.Value) >= 1e19m) || (!range.Upper.IsUnbounded && Math.Abs(range.Upper.Value) >= 1e19m) ? 1 : 0;
                        }
                    }
                }
            }
        }
    }
}
