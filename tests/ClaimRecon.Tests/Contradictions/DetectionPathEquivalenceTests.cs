using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Detection without progress or cancellation checks each quantity as soon as it is merged (when no relation is declared
    /// and no denial names claims); with a progress reporter it merges everything first and then runs the rules. Both must
    /// give the same report, field for field; and the detector's merge, which keeps each witness's range, the same results as
    /// a plain merge.
    /// </summary>
    public sealed class DetectionPathEquivalenceTests
    {
        private static readonly string[] Origins = { "o1", "o2", "o3", "o4", "o5", "o6" };
        private static readonly string[] Outlets = { "k24", "rudaw", "ap" };
        private static readonly decimal[] Values = { 1m, 2m, 3m, 5m, 7m, 10m, 12.5m, 100m, 110m, 5000m };
        private static readonly Hedge[] Hedges = { Hedge.None, Hedge.Exactly, Hedge.MoreThan, Hedge.AtLeast, Hedge.FewerThan, Hedge.AtMost, Hedge.UpTo, Hedge.Nearly, Hedge.Almost, Hedge.About, Hedge.Approximately, Hedge.Roughly };
        private static readonly string?[] Times = { null, "2026-02-07", "2026-02-08", "2026-02-10", "2026-02-07/2026-02-09", "2026-01", "2026-W06", "2026-02" };

        [Fact]
        public void CheckingEachQuantityAsItIsMerged_GivesTheReportOfCheckingAfterAllMerging()
        {
            var fused = 0;
            for (var seed = 0; seed < 600; seed++)
            {
                var (quantities, claims, relations) = Story(seed);
                var detector = new ContradictionDetector(quantities, Origins.Select(o => new Source(o, o.ToUpperInvariant(), SourceKind.OfficialBody)), relations, seed % 7 == 0 ? ContradictionOptions.Pairwise(3) : null);

                var direct = detector.Detect(claims);
                var staged = detector.Detect(claims, new Progress<DetectionProgress>(_ => { }));

                Dump(staged).Should().Equal(Dump(direct), "seed {0}", seed);
                if (relations.Length == 0 && !claims.Any(c => c.Figure is null && c.Denies!.SourceId is null))
                {
                    fused++;
                }
            }

            fused.Should().BeGreaterThan(300, "most stories take the path that checks each quantity as it is merged");
        }

        [Fact]
        public void AReportCheckedQuantityByQuantity_WorksItsMergesOutWhenFirstRead_OnceForAllThreads()
        {
            // 300 quantities of five figures each, one far off: the fast path keeps none of the merges it checked.
            var quantities = Enumerable.Range(0, 300).Select(q => Quantity(new QuantityKey("town-" + q.ToString(CultureInfo.InvariantCulture), "count"))).ToArray();
            var claims = Enumerable.Range(0, 1_500)
                .Select(i => Claim("c" + i.ToString(CultureInfo.InvariantCulture), quantities[i / 5].Key, Bare(i % 5 == 4 ? 900 : 100 + (i % 5)), "s" + (i % 5).ToString(CultureInfo.InvariantCulture)))
                .ToArray();
            var detector = new ContradictionDetector(quantities);
            var report = detector.Detect(claims);
            var staged = detector.Detect(claims, new Progress<DetectionProgress>(_ => { }));

            var before = GC.GetAllocatedBytesForCurrentThread();
            var first = report.Merges;
            var merging = GC.GetAllocatedBytesForCurrentThread() - before;
            before = GC.GetAllocatedBytesForCurrentThread();
            var second = report.Merges;
            var again = GC.GetAllocatedBytesForCurrentThread() - before;

            merging.Should().BeGreaterThan(300 * 100, "the first read merges the 1,500 claims again");
            again.Should().Be(0, "the merges are kept once worked out");
            second.Should().BeSameAs(first);
            Dump(report).Should().Equal(Dump(staged), "the merges worked out again are those the checks ran on");
            first.Should().HaveCount(300);

            var sources = Enumerable.Range(0, 5).Select(k => new Source("s" + k.ToString(CultureInfo.InvariantCulture), "Source " + k.ToString(CultureInfo.InvariantCulture), SourceKind.OfficialBody));
            var reconciled = ClaimRecon.Reporting.ReconciliationReport.Create(ClaimSet.Create(sources, quantities, claims));
            before = GC.GetAllocatedBytesForCurrentThread();
            var kept = reconciled.Contradictions.Merges;
            (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "a reconciliation report, which reads every merge, keeps them");
            kept.Should().HaveCount(300);

            var fresh = detector.Detect(claims);
            var seen = new IReadOnlyList<QuantityMerge>[8];
            System.Threading.Tasks.Parallel.For(0, seen.Length, i => seen[i] = fresh.Merges);
            seen.Should().OnlyContain(m => ReferenceEquals(m, seen[0]), "threads reading at once share one list");
        }

        [Fact]
        public void TheDetectorsMerge_KeepsTheWitnessRangesAPlainMergeWorksOutOnRead()
        {
            for (var seed = 0; seed < 300; seed++)
            {
                var (quantities, claims, _) = Story(seed);
                var plain = new MergeEngine(quantities, null, new MergeOptions(MergeStrategy.MaxAgreement));
                var kept = plain.WithWitnessRanges();

                var expected = plain.Merge(claims).SelectMany(m => m.Periods).ToList();
                var actual = kept.Merge(claims).SelectMany(m => m.Periods).ToList();

                actual.Select(Witnesses).Should().Equal(expected.Select(Witnesses), "seed {0}", seed);
                actual.Select(r => r.ToString()).Should().Equal(expected.Select(r => r.ToString()), "seed {0}", seed);
            }
        }

        [Fact]
        public void ARepeatedIdAmongManyClaims_IsNamedAtItsFirstRepeat_AndANullClaimAtItsPlace()
        {
            var quantities = Enumerable.Range(0, 500).Select(q => Quantity(new QuantityKey("place-" + q.ToString(CultureInfo.InvariantCulture), "count"))).ToArray();
            var claims = Enumerable.Range(0, 20_000)
                .Select(i => Claim("c" + i.ToString(CultureInfo.InvariantCulture), quantities[i % 500].Key, Bare(100 + (i % 7)), "s" + (i % 40).ToString(CultureInfo.InvariantCulture)))
                .ToArray();
            var detector = new ContradictionDetector(quantities);
            detector.Detect(claims).Findings.Should().NotBeEmpty();

            var repeated = (Claim[])claims.Clone();
            repeated[15_000] = Claim("c123", quantities[3].Key, Bare(100), "s1");
            repeated[17_000] = Claim("c16000", quantities[4].Key, Bare(100), "s1");
            FluentActions.Invoking(() => detector.Detect(repeated)).Should().Throw<ArgumentException>()
                .WithMessage("claims[15000] has id \"c123\", which an earlier claim already has; ids must be unique.*");

            var withNull = (Claim[])repeated.Clone();
            withNull[9_999] = null!;
            FluentActions.Invoking(() => detector.Detect(withNull)).Should().Throw<ArgumentNullException>().WithMessage("claims[9999] is null.*");
        }

        private static string Witnesses(MergeResult result) =>
            string.Join("; ", result.Witnesses.Select(w => w.OriginId + "=" + w.Range + " [" + string.Join(",", w.Claims.Select(c => c.Id)) + "]"))
            + " / " + string.Join("; ", result.Outliers.Select(o => o.Reason + ":" + o.Witness.OriginId + "=" + o.Witness.Range));

        private static List<string> Dump(ContradictionReport report)
        {
            var lines = report.Findings.Select(f => Text(f) + " | " + (f.DisagreeingWitnesses?.ToString(CultureInfo.InvariantCulture) ?? "-")).ToList();
            lines.AddRange(report.Derivations.Select(d => "D " + d));
            lines.AddRange(report.Unchecked.Select(u => "U " + u));
            lines.AddRange(report.OmittedPairs.Select(o => "O " + o));
            lines.AddRange(report.Merges.SelectMany(m => m.Periods).Select(r => "M " + r + " | " + Witnesses(r)));
            return lines;
        }

        /// <summary>A random story: one to four quantities (the third a percentage), figures of every hedge, echoes through outlets, denials of a figure (with or without a direction), of a source and of named claims, coarse dates, and sometimes a relation.</summary>
        private static (Quantity[] Quantities, Claim[] Claims, DerivedRelation[] Relations) Story(int seed)
        {
            var random = new Random(seed);
            T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
            var kinds = new[] { QuantityKind.Level, QuantityKind.Cumulative, QuantityKind.Flow, QuantityKind.Level };
            var count = random.Next(1, 5);
            var quantities = Enumerable.Range(0, count)
                .Select(q => Quantity(new QuantityKey("story" + q.ToString(CultureInfo.InvariantCulture), "count"), Pick(kinds), q == 2 ? Unit.Percent : Unit.Person)).ToArray();
            var claims = new List<Claim>();
            var n = random.Next(1, random.Next(3) == 0 ? 60 : 14);
            for (var i = 0; i < n; i++)
            {
                var id = "c" + i.ToString(CultureInfo.InvariantCulture);
                var key = Pick(quantities).Key;
                var chain = random.Next(3) switch
                {
                    0 => AttributionChain.Direct(Pick(Origins)),
                    1 => AttributionChain.Direct(Pick(Outlets)).Citing(Pick(Origins)),
                    _ => AttributionChain.Direct(Pick(Outlets)).Citing("reporter").SpeakingFor(Pick(Origins)),
                };
                var when = Pick(Times) is { } t ? TimeReference.Parse(t) : null;
                var describes = random.Next(3) != 0;
                var roll = random.Next(20);
                if (roll == 0 && claims.Count > 0)
                {
                    var target = random.Next(2) == 0
                        ? DenialTarget.OfClaims(new[] { Pick(claims).Id }, (DenialDirection)random.Next(3))
                        : DenialTarget.OfSource(Pick(Origins), (DenialDirection)random.Next(3));
                    claims.Add(ClaimRecon.Claims.Claim.Denying(id, key, chain, target, statedAt: describes ? null : when, describes: describes ? when : null));
                    continue;
                }

                var stance = roll switch { 1 or 2 => Stance.Denies, 3 => Stance.Estimates, 4 => Stance.Relays, _ => Stance.Asserts };
                var figure = HedgedFigure.Of(Pick(Hedges), Pick(Values) * (random.Next(4) == 0 ? 1.05m : 1m));
                claims.Add(new Claim(id, key, figure, chain, stance, statedAt: describes ? null : when, describes: describes ? when : null,
                    denies: stance == Stance.Denies ? DenialTarget.OwnFigure((DenialDirection)random.Next(3)) : null));
            }

            var relations = count >= 3 && random.Next(3) == 0
                ? new[] { DerivedRelation.PercentOf(quantities[0].Key, quantities[2].Key, quantities[1].Key) }
                : Array.Empty<DerivedRelation>();
            return (quantities, claims.ToArray(), relations);
        }
    }
}
