using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Merging;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Detection with every kind of relation on generated claims, zeros, denials and unbounded figures included: it never
    /// throws, every finding cites input claims, and every target period of every relation is either derived or reported
    /// as unchecked (nothing is skipped silently).
    /// </summary>
    public sealed class RelationRobustnessPropertyTests
    {
        private static readonly QuantityKey Held = new("d", "held");
        private static readonly QuantityKey Moved = new("d", "moved");
        private static readonly QuantityKey Total = new("d", "total");
        private static readonly QuantityKey PerHead = new("d", "per-head");
        private static readonly QuantityKey Daily = new("d", "daily");
        private static readonly QuantityKey Monthly = new("d", "monthly");
        private static readonly QuantityKey Share = new("d", "share");

        private static readonly Quantity[] Quantities =
        {
            new(Held, Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeReal),
            new(Moved, Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeReal),
            new(Total, Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeReal),
            new(PerHead, Unit.Parse("USD/day/person"), QuantityKind.Flow, ValueDomain.NonNegativeReal),
            new(Daily, Unit.Parse("USD/day"), QuantityKind.Flow, ValueDomain.NonNegativeReal),
            new(Monthly, Unit.Parse("USD/month"), QuantityKind.Flow, ValueDomain.NonNegativeReal),
            new(Share, Unit.Percent, QuantityKind.Ratio, ValueDomain.NonNegativeReal),
        };

        private static readonly DerivedRelation[] AllRelations =
        {
            DerivedRelation.Sum(Total, Held, Moved),
            DerivedRelation.Product(Daily, Held, PerHead),
            DerivedRelation.PerPeriod(Monthly, Daily),
            DerivedRelation.Ratio(PerHead, Daily, Held),
            DerivedRelation.PercentOf(Moved, Share, Held),
            DerivedRelation.Product(Monthly, Moved, PerHead),
        };

        private static readonly decimal[] Values = { 0m, 1m, 2.5m, 5m, 10m, 30m, 7000m, 70000m, 2100000m };

        private static readonly string?[] Times = { null, "2026-02-07", "2026-02-10", "2026-02-07/2026-02-09", "2026-01", "2026-02" };

        [Fact]
        public void DetectNeverThrows_CitesOnlyInputClaims_AndAccountsForEveryRelationPeriod()
        {
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var (claims, relations, text) = Build(seed);
                ContradictionReport report;
                try
                {
                    report = new ContradictionDetector(Quantities, null, relations).Detect(claims);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException("Detect threw on:\n" + text, e);
                }

                var input = new HashSet<Claim>(claims);
                foreach (var f in report.Findings)
                {
                    f.Claims.Where(c => !input.Contains(c)).Should().BeEmpty(text);
                    f.Severity.Should().BeInRange(0m, 1m, text);
                }

                foreach (var relation in relations)
                {
                    var target = report.Merges.SingleOrDefault(m => m.Quantity.Key.Equals(relation.Target));
                    var derived = report.Derivations.Where(d => d.Relation == relation).Select(d => d.Period?.ToString() ?? "-").ToList();
                    var skipped = report.Unchecked.Where(u => u.Relation == relation).Select(u => u.Period?.ToString() ?? "-").ToList();
                    if (target is null)
                    {
                        derived.Should().BeEmpty(text);
                        skipped.Should().ContainSingle(text);
                        continue;
                    }

                    derived.Concat(skipped).Should().BeEquivalentTo(target.Periods.Select(p => p.Period?.ToString() ?? "-"), "{0} accounts for every target period of\n{1}", relation, text);
                }
            }, 1000);
        }

        private static (List<Claim> Claims, DerivedRelation[] Relations, string Text) Build(int seed)
        {
            var random = new Random(seed);
            T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
            var hedges = Enum.GetValues(typeof(Hedge)).Cast<Hedge>().ToArray();
            var stances = new[] { Stance.Asserts, Stance.Asserts, Stance.Estimates, Stance.Relays, Stance.Denies };
            var claims = new List<Claim>();
            foreach (var quantity in Quantities)
            {
                var count = random.Next(0, 5);
                for (var i = 0; i < count; i++)
                {
                    var hedge = Pick(hedges);
                    var a = Pick(Values);
                    var b = Pick(Values);
                    if ((hedge == Hedge.Nearly || hedge == Hedge.Almost) && a == 0)
                    {
                        hedge = Hedge.About;
                    }

                    var figure = Hedging.HedgingGenerators.Make(hedge, a, b);
                    var time = Pick(Times);
                    claims.Add(new Claim(
                        quantity.Key.Measure + "-" + i, quantity.Key, figure, MergeGenerators.ChainTo(Pick(MergeGenerators.Origins), "k24", random.Next(3)),
                        Pick(stances), describes: time is null ? null : TimeReference.Parse(time)));
                }
            }

            var relations = AllRelations.Where(_ => random.Next(2) == 0).ToArray();
            var text = string.Join("\n", claims.Select(c => c.Quantity + " " + MergeGenerators.Describe(c))) + "\nrelations: " + string.Join("; ", relations.Select(r => r.ToString()));
            return (MergeGenerators.Shuffle(claims, random.Next()), relations, text);
        }
    }
}
