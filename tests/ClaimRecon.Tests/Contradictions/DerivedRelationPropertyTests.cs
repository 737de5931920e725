using System;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Units;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Declared relations checked end to end on bare figures: a target figure inside the range worked out by hand yields
    /// nothing; one outside it yields one violation whose gap is the hand-computed distance.
    /// </summary>
    public sealed class DerivedRelationPropertyTests
    {
        private static readonly QuantityKey KeyX = new("r", "x");
        private static readonly QuantityKey KeyY = new("r", "y");
        private static readonly QuantityKey Target = new("r", "target");

        [Fact]
        public void ATargetFigureIsFlaggedExactlyWhenItLiesOutsideTheRelationWorkedOutByHand()
        {
            var cases =
                from kind in Gen.Elements(RelationKind.Sum, RelationKind.Product, RelationKind.Ratio, RelationKind.PercentOf, RelationKind.PerPeriod)
                from x in Gen.Choose(1, 20000)
                from y in Gen.Choose(1, 20000)
                from offset in Gen.Choose(-3000, 3000)
                from tenths in Gen.Elements(false, true)
                select new Case(kind, tenths ? x / 10m : x, y, offset);

            PropertyRunner.ForAll(cases, c =>
            {
                var (relation, quantities) = c.Declare();
                var (low, high) = c.Expected();
                var claimed = c.Claimed(low, high);
                var claims = c.Kind == RelationKind.PerPeriod
                    ? new[] { Claim("x", KeyX, Bare(c.X), "s1"), Claim("t", Target, Bare(claimed), "s3") }
                    : new[] { Claim("x", KeyX, Bare(c.X), "s1"), Claim("y", KeyY, Bare(c.Y), "s2"), Claim("t", Target, Bare(claimed), "s3") };
                var report = Detect(quantities, claims, relation);

                var d = report.Derivations.Should().ContainSingle().Subject;
                d.Result.Range.Lower.Value.Should().Be(low, "the derived range of {0}", c);
                d.Result.Range.Upper.Value.Should().Be(high, "the derived range of {0}", c);
                if (claimed >= low && claimed <= high)
                {
                    report.Findings.Should().BeEmpty("{0} lies in [{1}, {2}]", claimed, low, high);
                    return;
                }

                var f = report.Findings.Should().ContainSingle().Subject;
                f.Kind.Should().Be(FindingKind.DerivedRelationViolation);
                var gap = claimed < low ? low - claimed : claimed - high;
                f.Gap.Should().Be(gap);
                var edge = claimed < low ? low : Math.Max(high, claimed);
                f.RelativeGap.Should().Be(Math.Min(1m, gap / edge));
                f.FlipTolerance.Should().BeNull("bare figures are not widened by reading \"about\" widely");
                f.Ids().Should().Contain("t");
            }, 1000);
        }

        /// <summary>One generated relation and its bare operand figures.</summary>
        public sealed class Case
        {
            public Case(RelationKind kind, decimal x, decimal y, int offset)
            {
                Kind = kind;
                X = kind == RelationKind.Ratio ? x * y : x;
                Y = y;
                Offset = offset;
            }

            public RelationKind Kind { get; }

            public decimal X { get; }

            public decimal Y { get; }

            public int Offset { get; }

            public (DerivedRelation, Quantity[]) Declare() => Kind switch
            {
                RelationKind.Sum => (DerivedRelation.Sum(Target, KeyX, KeyY), new[] { Quantity(KeyX), Quantity(KeyY), Quantity(Target) }),
                RelationKind.Product => (DerivedRelation.Product(Target, KeyX, KeyY), new[]
                {
                    Quantity(KeyX), Quantity(KeyY, QuantityKind.Flow, Unit.Parse("USD/day/person")), Quantity(Target, QuantityKind.Flow, Unit.Parse("USD/day")),
                }),
                RelationKind.Ratio => (DerivedRelation.Ratio(Target, KeyX, KeyY), new[]
                {
                    Quantity(KeyX, QuantityKind.Flow, Unit.Parse("USD/day")), Quantity(KeyY), Quantity(Target, QuantityKind.Flow, Unit.Parse("USD/day/person")),
                }),
                RelationKind.PercentOf => (DerivedRelation.PercentOf(Target, KeyX, KeyY), new[] { Quantity(KeyX, QuantityKind.Ratio, Unit.Percent), Quantity(KeyY), Quantity(Target) }),
                _ => (DerivedRelation.PerPeriod(Target, KeyX), new[]
                {
                    Quantity(KeyX, QuantityKind.Flow, Unit.Parse("USD/day")), Quantity(Target, QuantityKind.Flow, Unit.Parse("USD/month")),
                }),
            };

            /// <summary>The derived range by hand: x + y, x·y, x / y (x is a multiple of y), x% of y = x·y/100, x a day = [28x, 31x] a month.</summary>
            public (decimal Low, decimal High) Expected() => Kind switch
            {
                RelationKind.Sum => (X + Y, X + Y),
                RelationKind.Product => (X * Y, X * Y),
                RelationKind.Ratio => (X / Y, X / Y),
                RelationKind.PercentOf => (X * Y / 100m, X * Y / 100m),
                _ => (28 * X, 31 * X),
            };

            /// <summary>The target figure: an end of the derived range moved by the offset (inside for a month's range when small).</summary>
            public decimal Claimed(decimal low, decimal high)
            {
                var value = Offset < 0 ? low + Offset : high + (Offset - 1500);
                return Math.Max(0.5m, value);
            }

            public override string ToString() => $"{Kind} x = {X}, y = {Y}, offset {Offset}";
        }
    }
}
