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
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;
using Xunit.Abstractions;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The denial rule finds its hits through indexes of what the denials rule out; <see cref="ReferenceDenialRule"/>, the
    /// rule as it was, compares every witness with every denial. On random stories (asserted figures with every hedge,
    /// figure denials with and without a direction, numberless denials naming claims or a source, echoes, several periods,
    /// figures derived through a declared sum) both must give the same drafts in the same order, word for word, and record
    /// the same denied witnesses and origin pairs for the range rule.
    /// </summary>
    public sealed class DenialIndexOraclePropertyTests
    {
        private static readonly QuantityKey PartA = new("story", "part-a");
        private static readonly QuantityKey PartB = new("story", "part-b");
        internal static readonly Quantity[] Quantities = { Quantity(Count), Quantity(PartA), Quantity(PartB) };
        private static readonly string[] Days = { "2026-02-10", "2026-02-11", "2026-02" };
        private static readonly decimal[] Numbers = { 90m, 100m, 110m, 150m, 200m };
        private static readonly Hedge[] Hedges =
        {
            Hedge.None, Hedge.Exactly, Hedge.MoreThan, Hedge.AtLeast, Hedge.FewerThan, Hedge.AtMost, Hedge.UpTo, Hedge.Nearly,
            Hedge.Almost, Hedge.About, Hedge.Approximately, Hedge.Roughly, Hedge.Between, Hedge.Range, Hedge.Vague,
        };

        private readonly ITestOutputHelper _output;

        public DenialIndexOraclePropertyTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void TheIndexedRule_GivesExactlyTheReferenceRulesFindings()
        {
            int denied = 0, together = 0, partly = 0, capped = 0, derived = 0, numberless = 0;
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var (claims, relations) = Build(seed);
                var merges = new MergeEngine(Quantities, null, new MergeOptions(MergeStrategy.MaxAgreement)).Merge(claims).ToArray();

                var expected = Run(merges, relations, text => new ReferenceDenialRule(text));
                var actual = Run(merges, relations, text => new DenialRule(text));

                actual.Should().Equal(expected, "seed {0} must give the reference's findings, in order", seed);
                denied += expected.Any(l => l.StartsWith("Denial", StringComparison.Ordinal)) ? 1 : 0;
                together += expected.Any(l => l.Contains(" agree on ", StringComparison.Ordinal)) ? 1 : 0;
                partly += expected.Any(l => l.Contains("|0.5|", StringComparison.Ordinal)) ? 1 : 0;
                capped += expected.Any(l => l.Contains("more denials)", StringComparison.Ordinal)) ? 1 : 0;
                derived += expected.Any(l => l.StartsWith("Denial", StringComparison.Ordinal) && l.Contains(" derived from ", StringComparison.Ordinal)) ? 1 : 0;
                numberless += expected.Any(l => l.StartsWith("Denial", StringComparison.Ordinal) && l.Contains(" that ", StringComparison.Ordinal)) ? 1 : 0;
            }, 600);

            _output.WriteLine($"stories with: a denial {denied}, agreeing figures all denied {together}, severity 0.5 {partly}, more than {DenialRule.ListedDenials} denials {capped}, a derived figure denied {derived}, a numberless denial {numberless}");

            // The stories must reach every shape of finding, or the equality above proves little.
            denied.Should().BeGreaterThan(300);
            together.Should().BeGreaterThan(20);
            partly.Should().BeGreaterThan(20);
            capped.Should().BeGreaterThan(20);
            derived.Should().BeGreaterThan(10);
            numberless.Should().BeGreaterThan(50);
        }

        /// <summary>Runs the relation rule and the given denial rule; returns every draft as text, then what the range rule is told.</summary>
        private static List<string> Run(QuantityMerge[] merges, DerivedRelation[] relations, Func<FindingText, IFindingRule> denialRule)
        {
            var byKey = Quantities.ToDictionary(q => q.Key);
            var context = new DetectionContext(merges, byKey, relations);
            var text = new FindingText(new SourceCatalogue(Array.Empty<Source>()));
            var drafts = new List<Finding>();
            new DerivedRelationRule(text, byKey).Run(context, drafts);
            drafts.Clear();
            denialRule(text).Run(context, drafts);

            var lines = drafts.Select(d => string.Join("|",
                d.Kind, d.Severity.ToString(CultureInfo.InvariantCulture), d.Quantity, d.Period?.ToString() ?? "-", string.Join(",", d.Claims.Select(c => c.Id)),
                d.Rule, d.Explanation, d.Gap?.ToString(CultureInfo.InvariantCulture) ?? "-", d.RelativeGap?.ToString(CultureInfo.InvariantCulture) ?? "-",
                d.FlipTolerance?.ToString(CultureInfo.InvariantCulture) ?? "-", d.Derivation?.ToString() ?? "-", d.DisagreeingWitnesses?.ToString(CultureInfo.InvariantCulture) ?? "-")).ToList();
            var results = merges.SelectMany(m => m.Periods).ToList();
            lines.AddRange(context.DeniedPairs.Select(p => $"pairs {results.IndexOf(p.Key)}: {string.Join(" ", p.Value.Select(v => v.Item1 + "~" + v.Item2).OrderBy(v => v, StringComparer.Ordinal))}")
                .OrderBy(l => l, StringComparer.Ordinal));
            lines.AddRange(context.DeniedWitnesses.Select(p => $"witnesses {results.IndexOf(p.Key)}: {string.Join(" ", p.Value.OrderBy(v => v, StringComparer.Ordinal))}")
                .OrderBy(l => l, StringComparer.Ordinal));
            return lines;
        }

        /// <summary>A story: asserted figures on <see cref="ContradictionFixtures.Count"/>, denials of every kind, sometimes a crowd of denials and a declared sum.</summary>
        internal static (Claim[] Claims, DerivedRelation[] Relations) Build(int seed)
        {
            var random = new Random(seed);
            var days = Days.Take(1 + random.Next(Days.Length)).ToArray();
            string Day() => days[random.Next(days.Length)];
            string Origin() => "s" + random.Next(6).ToString(CultureInfo.InvariantCulture);
            AttributionChain Chain(string origin) => random.Next(4) == 0 ? AttributionChain.Direct("outlet" + random.Next(2).ToString(CultureInfo.InvariantCulture)).Citing(origin) : AttributionChain.Direct(origin);
            DenialDirection Direction() => (DenialDirection)random.Next(3);

            var claims = new List<Claim>();
            var asserted = new List<Claim>();
            for (var i = random.Next(1, 15); i > 0; i--)
            {
                var claim = new Claim("a" + claims.Count.ToString(CultureInfo.InvariantCulture), Count, Figure(random), Chain(Origin()), random.Next(5) == 0 ? Stance.Estimates : Stance.Asserts, describes: TimeReference.Parse(Day()));
                claims.Add(claim);
                asserted.Add(claim);
            }

            var crowd = random.Next(4) == 0;
            var denials = crowd ? random.Next(11, 17) : random.Next(1, 9);
            var crowdFigure = Figure(random);
            var crowdDay = Day();
            for (var i = 0; i < denials; i++)
            {
                var id = "d" + i.ToString(CultureInfo.InvariantCulture);
                var origin = crowd ? "c" + random.Next(14).ToString(CultureInfo.InvariantCulture) : Origin();
                var day = TimeReference.Parse(crowd ? crowdDay : Day());
                Claim denial;
                switch (crowd ? 0 : random.Next(4))
                {
                    case 0:
                    case 1:
                        denial = new Claim(id, Count, crowd ? crowdFigure : Figure(random), Chain(origin), Stance.Denies, describes: day, denies: DenialTarget.OwnFigure(Direction()));
                        break;
                    case 2:
                        var named = asserted.Where(_ => random.Next(3) == 0).Select(c => c.Id).DefaultIfEmpty(asserted[random.Next(asserted.Count)].Id);
                        denial = ClaimRecon.Claims.Claim.Denying(id, Count, Chain(origin), DenialTarget.OfClaims(named, Direction()), describes: day);
                        break;
                    default:
                        denial = ClaimRecon.Claims.Claim.Denying(id, Count, Chain(origin), DenialTarget.OfSource(Origin(), Direction()), describes: day);
                        break;
                }

                claims.Add(denial);
                if (random.Next(5) == 0)
                {
                    // An echo: the same denial relayed by an outlet.
                    claims.Add(denial.Figure is null
                        ? ClaimRecon.Claims.Claim.Denying(id + "-echo", Count, AttributionChain.Direct("relay").Citing(origin), denial.Denies!, describes: day)
                        : new Claim(id + "-echo", Count, denial.Figure, AttributionChain.Direct("relay").Citing(origin), Stance.Denies, describes: day, denies: denial.Denies));
                }
            }

            if (random.Next(3) != 0)
            {
                return (claims.ToArray(), Array.Empty<DerivedRelation>());
            }

            // Parts that add up to about the asserted figures, so that derived figures are denied too.
            foreach (var part in new[] { PartA, PartB })
            {
                var day = TimeReference.Parse(days[0]);
                claims.Add(new Claim(part.ToString() + "-1", part, HedgedFigure.Of(random.Next(2) == 0 ? Hedge.None : Hedge.About, 40m + (5m * random.Next(5))), AttributionChain.Direct(Origin()), Stance.Asserts, describes: day));
            }

            return (claims.ToArray(), new[] { DerivedRelation.Sum(Count, PartA, PartB) });
        }

        private static HedgedFigure Figure(Random random)
        {
            var value = Numbers[random.Next(Numbers.Length)];
            var hedge = Hedges[random.Next(Hedges.Length)];
            var upper = value + (10m * random.Next(1, 4));
            return hedge switch
            {
                Hedge.Between => HedgedFigure.Between(value, upper),
                Hedge.Range => HedgedFigure.OfRange(new NumericRange(random.Next(2) == 0 ? RangeBound.Open(value) : RangeBound.Closed(value), random.Next(3) == 0 ? RangeBound.Unbounded : RangeBound.Closed(upper))),
                Hedge.Vague => HedgedFigure.Vague(NumericRange.Closed(value, upper * 10m)),
                _ => HedgedFigure.Of(hedge, value),
            };
        }
    }
}
