using System;
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
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// Max agreement of a small quantity (a few witnesses, every weight 1, no denial, one candidate) keeps its claims and
    /// which witnesses support the consensus, and makes witnesses, supporters, non-deciding supporters and outliers when
    /// first read: they must be what the full path makes, digit for digit, with every list holding the result's own
    /// witness objects, whichever list is read first and on whichever thread.
    /// </summary>
    public sealed class SmallAgreementTests
    {
        private const int Cases = 200;

        private static readonly decimal[] Figures = { 90m, 100m, 100.0m, 110m, 120m, 150m, 300m };

        [Fact]
        public void SmallQuantities_GiveWhatTheFullPathGives_WhicheverListIsReadFirst()
        {
            var cases = from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
                        from first in FsCheck.Fluent.Gen.Choose(0, 4)
                        select (Seed: seed, First: first);
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            PropertyRunner.ForAll(cases, c =>
            {
                var (quantities, claims, sources) = Build(c.Seed);
                var engine = new MergeEngine(quantities, sources, new MergeOptions(MergeStrategy.MaxAgreement, InputOrder.Unordered));
                var full = engine.WithoutShortcuts().Merge(claims).Select(Text).ToList();
                var small = engine.Merge(claims).ToList();
                foreach (var result in small.SelectMany(m => m.Periods))
                {
                    ReadFirst(result, c.First);
                    SameObjects(result);
                    shapes.Add(Shape(result));
                }

                small.Select(Text).Should().Equal(full, "seed {0}", c.Seed);
            }, Cases);

            // The generator reached the shapes the small result treats apart.
            shapes.Should().Contain(new[] { "outliers, non-deciding", "outliers", "unanimous", "several-claim witness outside", "tie" });
        }

        [Fact]
        public void SmallQuantities_ReadFromSeveralThreadsAtOnce_EveryThreadSeesTheSameObjects()
        {
            const int threads = 8;
            var (quantities, claims, sources) = Build(20261203);
            var results = new MergeEngine(quantities, sources).Merge(claims).SelectMany(m => m.Periods).ToArray();
            var seen = new List<object[]>[threads];
            using var start = new Barrier(threads);
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                var mine = new List<object[]>(results.Length);
                start.SignalAndWait();
                foreach (var result in results)
                {
                    ReadFirst(result, t % 5);
                    mine.Add(new object[] { result.Witnesses, result.Supporters, result.NonDecidingSupporters, result.Outliers, result.Candidates });
                }

                seen[t] = mine;
            });

            for (var k = 0; k < results.Length; k++)
            {
                for (var t = 1; t < threads; t++)
                {
                    for (var list = 0; list < seen[0][k].Length; list++)
                    {
                        seen[t][k][list].Should().BeSameAs(seen[0][k][list], "thread {0} read list {1} of result {2}", t, list, k);
                    }
                }
            }
        }

        /// <summary>Reads one list of the result before any other.</summary>
        private static void ReadFirst(MergeResult result, int which)
        {
            _ = which switch
            {
                0 => (object)result.Witnesses,
                1 => result.Supporters,
                2 => result.Outliers,
                3 => result.NonDecidingSupporters,
                _ => result.Candidates,
            };
        }

        /// <summary>Every list names the result's own witness objects (a self-contradictory outlier's witness is in none), and reading again gives the same lists.</summary>
        private static void SameObjects(MergeResult result)
        {
            var all = result.Witnesses;
            result.Witnesses.Should().BeSameAs(all);
            result.Supporters.Should().BeSameAs(result.Supporters);
            result.Outliers.Should().BeSameAs(result.Outliers);
            foreach (var witness in result.Supporters.Concat(result.NonDecidingSupporters).Concat(result.Outliers.Where(o => o.Reason != OutlierReason.SelfContradictory).Select(o => o.Witness))
                .Concat(result.Candidates.SelectMany(c => c.Supporters)))
            {
                all.Should().Contain(x => ReferenceEquals(x, witness));
            }
        }

        private static string Shape(MergeResult result) =>
            result.Outliers.Any(o => o.Witness.Claims.Count > 1 && o.Reason != OutlierReason.SelfContradictory) ? "several-claim witness outside"
            : result.NonDecidingSupporters.Count > 0 ? "outliers, non-deciding"
            : result.Outliers.Count > 0 ? "outliers"
            : result.Status == MergeStatus.Tie ? "tie"
            : result.IsUnanimous ? "unanimous" : "other";

        /// <summary>Everything a merge says, with every decimal's digits (5 and 5.0 differ) and which list holds which witness.</summary>
        private static string Text(QuantityMerge merge) =>
            MergeText.Full(merge) + string.Join("\n", merge.Periods.Select(p =>
            {
                var index = new Dictionary<Witness, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < p.Witnesses.Count; i++)
                {
                    index[p.Witnesses[i]] = i;
                }

                string At(Witness w) => index.TryGetValue(w, out var i) ? i.ToString(CultureInfo.InvariantCulture) : "new " + w.OriginId;
                return "support " + Exact(p.Support) + " consensus " + Ends(p.Consensus)
                    + " witnesses " + string.Join(";", p.Witnesses.Select(w => w.OriginName + " " + Ends(w.Range) + " " + string.Join(",", w.Claims.Select(c => c.Id))))
                    + " supporters " + string.Join(",", p.Supporters.Select(At)) + " non-deciding " + string.Join(",", p.NonDecidingSupporters.Select(At))
                    + " candidates " + string.Join(";", p.Candidates.Select(c => Ends(c.Range) + " " + Exact(c.Score) + " " + string.Join(",", c.Supporters.Select(At))))
                    + " outliers " + string.Join(";", p.Outliers.Select(o => At(o.Witness) + " " + o.Reason + " " + Exact(o.Distance) + " " + o.DeniedBy.Count));
            }));

        private static string Exact(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Ends(NumericRange range) =>
            range.IsEmpty ? "empty" : End(range.Lower) + " " + End(range.Upper);

        private static string End(RangeBound bound) =>
            bound.IsUnbounded ? "inf" : (bound.IsOpen ? "open " : "closed ") + Exact(bound.Value);

        /// <summary>
        /// 1–6 quantities of 1–24 claims (a quarter of them 40–64, now and then 70) from 1–20 or 1–40 origins (so more origins
        /// than the small result's witnesses at times), a few figures written with two scales, some
        /// origins saying two things (in agreement or not), now and then a denial, a catalogue naming the origins for a third
        /// of the seeds.
        /// </summary>
        private static (Quantity[] Quantities, List<Claim> Claims, Source[]? Sources) Build(int seed)
        {
            var random = new Random(seed);
            var hedges = new[] { Hedge.None, Hedge.About, Hedge.MoreThan, Hedge.AtLeast, Hedge.UpTo, Hedge.FewerThan, Hedge.Between, Hedge.Exactly };
            var quantities = new Quantity[random.Next(1, 7)];
            var claims = new List<Claim>();
            var origins = 1 + random.Next(random.Next(3) == 0 ? 40 : 20);
            for (var q = 0; q < quantities.Length; q++)
            {
                quantities[q] = MergeGenerators.QuantityOf(QuantityKind.Level, new QuantityKey("small-" + q.ToString("00", CultureInfo.InvariantCulture), "count"));
                var size = random.Next(12) switch { 0 => 70, < 4 => 40 + random.Next(25), _ => 1 + random.Next(24) };
                for (var i = 0; i < size; i++)
                {
                    var hedge = hedges[random.Next(hedges.Length)];
                    var a = Figures[random.Next(Figures.Length)];
                    var b = Figures[random.Next(Figures.Length)];
                    var figure = hedge == Hedge.Between ? HedgedFigure.Between(Math.Min(a, b), Math.Max(a, b) + 10m) : HedgedFigure.Of(hedge, a);
                    var chain = MergeGenerators.ChainTo("o" + random.Next(origins).ToString(CultureInfo.InvariantCulture), "k24", random.Next(3));
                    var stance = random.Next(40) == 0 ? Stance.Denies : Stance.Asserts;
                    claims.Add(new Claim($"s{q}-c{i}", quantities[q].Key, figure, chain, stance));
                }
            }

            var sources = seed % 3 == 0
                ? Enumerable.Range(0, origins).Select(o => new Source("o" + o.ToString(CultureInfo.InvariantCulture), "Origin " + o.ToString(CultureInfo.InvariantCulture), SourceKind.OfficialBody)).ToArray()
                : null;
            return (quantities, MergeGenerators.Shuffle(claims, random.Next()), sources);
        }
    }
}
