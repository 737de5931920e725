using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Ranges.RangeGenerators;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>
    /// Algebraic laws of <see cref="NumericRange"/>, each checked on <see cref="PropertyRunner.DefaultCases"/> generated
    /// ranges. Where a law is about which numbers a range holds, the expected answer comes from probing the inputs with
    /// <see cref="RangeGenerators.Witnesses"/> and <see cref="NumericRange.Contains(decimal)"/>, not from the operation tested.
    /// </summary>
    public sealed class NumericRangePropertyTests
    {
        /// <summary>Integers probed for canonicalisation: every pool value and a margin around it.</summary>
        private static readonly decimal[] IntegerWindow =
            Enumerable.Range(-12, 25).Concat(Enumerable.Range(4990, 1021)).Select(i => (decimal)i).ToArray();

        [Fact]
        public void Intersect_IsContainedInEachInput()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var both = a.Intersect(b);

                a.Contains(both).Should().BeTrue($"{a} ∩ {b} = {both} must lie in {a}");
                b.Contains(both).Should().BeTrue($"{a} ∩ {b} = {both} must lie in {b}");
                ValuesOf(both).Where(x => !a.Contains(x) || !b.Contains(x)).Should().BeEmpty($"{both} = {a} ∩ {b} holds only values of both");
            });
        }

        [Fact]
        public void Intersect_HoldsAValueExactlyWhenBothInputsHoldIt()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var both = a.Intersect(b);

                Mismatches(both, x => a.Contains(x) && b.Contains(x)).Should().BeEmpty($"x ∈ {a} ∩ {b} = {both} iff x ∈ both inputs");
            });
        }

        [Fact]
        public void Intersect_HoldsAPooledValueExactlyWhenBothInputsHoldIt()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, PooledDecimal.ToArbitrary(), (a, b, x) =>
                a.Intersect(b).Contains(x).Should().Be(a.Contains(x) && b.Contains(x), $"{x} ∈ {a} ∩ {b} iff {x} ∈ both"));
        }

        [Fact]
        public void Intersect_IsCommutative()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
                a.Intersect(b).Should().Be(b.Intersect(a), $"{a} ∩ {b} = {b} ∩ {a}"));
        }

        [Fact]
        public void Intersect_IsAssociative()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, RangeArbitrary, (a, b, c) =>
                a.Intersect(b).Intersect(c).Should().Be(a.Intersect(b.Intersect(c)), $"({a} ∩ {b}) ∩ {c} = {a} ∩ ({b} ∩ {c})"));
        }

        [Fact]
        public void Intersect_WithItself_IsTheSameRange()
        {
            PropertyRunner.ForAll(RangeArbitrary, a => a.Intersect(a).Should().Be(a));
        }

        [Fact]
        public void Hull_ContainsEachInput()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var hull = a.Hull(b);

                hull.Contains(a).Should().BeTrue($"hull({a}, {b}) = {hull} must contain {a}");
                hull.Contains(b).Should().BeTrue($"hull({a}, {b}) = {hull} must contain {b}");
            });
        }

        [Fact]
        public void Hull_HoldsEveryValueOfEitherInputAndNothingBeyondThem()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var hull = a.Hull(b);
                var either = ValuesOf(a).Union(ValuesOf(b)).ToList();

                either.Where(x => !hull.Contains(x)).Should().BeEmpty($"every value of {a} or {b} is in their hull {hull}");
                Mismatches(hull, x => either.Any(p => p <= x) && either.Any(q => q >= x))
                    .Should().BeEmpty($"the hull {hull} of {a} and {b} is the smallest range holding both");
            });
        }

        [Fact]
        public void Hull_IsCommutative()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
                a.Hull(b).Should().Be(b.Hull(a), $"hull({a}, {b}) = hull({b}, {a})"));
        }

        [Fact]
        public void Hull_IsAssociative()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, RangeArbitrary, (a, b, c) =>
                a.Hull(b).Hull(c).Should().Be(a.Hull(b.Hull(c)), $"hull(hull({a}, {b}), {c}) = hull({a}, hull({b}, {c}))"));
        }

        [Fact]
        public void Overlaps_IsSymmetricAndMeansTheIntersectionIsNotEmpty()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var shareAValue = Witnesses.Any(x => a.Contains(x) && b.Contains(x));

                a.Overlaps(b).Should().Be(b.Overlaps(a), $"overlap of {a} and {b} is symmetric");
                a.Overlaps(b).Should().Be(!a.Intersect(b).IsEmpty, $"{a} overlaps {b} iff their intersection is not empty");
                a.Overlaps(b).Should().Be(shareAValue, $"{a} overlaps {b} iff some number lies in both");
            });
        }

        [Fact]
        public void Gap_IsEmptyExactlyWhenTheRangesOverlapOrTouch()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var overlap = Witnesses.Any(x => a.Contains(x) && b.Contains(x));
                var expectEmpty = a.IsEmpty || b.IsEmpty || overlap || Touch(a, b);

                a.Gap(b).IsEmpty.Should().Be(expectEmpty, $"gap({a}, {b}) = {a.Gap(b)}; overlap: {overlap}");
                a.Gap(b).IsEmpty.Should().Be(!Witnesses.Any(x => LiesBetween(a, b, x)), $"gap({a}, {b}) is empty iff no number lies between them");
            });
        }

        [Fact]
        public void Gap_HoldsExactlyTheValuesStrictlyBetweenTheRanges()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var gap = a.Gap(b);

                Mismatches(gap, x => LiesBetween(a, b, x)).Should().BeEmpty($"x ∈ gap({a}, {b}) = {gap} iff x lies between them");
            });
        }

        [Fact]
        public void Gap_IsDisjointFromBothInputs()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var gap = a.Gap(b);

                gap.Overlaps(a).Should().BeFalse($"gap({a}, {b}) = {gap} must not overlap {a}");
                gap.Overlaps(b).Should().BeFalse($"gap({a}, {b}) = {gap} must not overlap {b}");
                ValuesOf(gap).Intersect(ValuesOf(a).Union(ValuesOf(b))).Should().BeEmpty($"gap({a}, {b}) = {gap}");
            });
        }

        [Fact]
        public void Gap_FillsTheHoleInTheHull()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var gap = a.Gap(b);
                if (!gap.IsEmpty)
                {
                    gap.Hull(a).Hull(b).Should().Be(a.Hull(b), $"gap({a}, {b}) = {gap} lies inside their hull");
                    Mismatches(a.Hull(b), x => a.Contains(x) || b.Contains(x) || gap.Contains(x))
                        .Should().BeEmpty($"{a}, {b} and their gap {gap} together make up the hull");
                }
            });
        }

        [Fact]
        public void Gap_IsSymmetricAndDistanceToIsItsWidth()
        {
            PropertyRunner.ForAll(NonEmptyRangeArbitrary, NonEmptyRangeArbitrary, (a, b) =>
            {
                var gap = a.Gap(b);

                b.Gap(a).Should().Be(gap, $"gap({a}, {b}) = gap({b}, {a})");
                a.DistanceTo(b).Should().Be(gap.IsEmpty ? 0m : gap.Upper.Value - gap.Lower.Value, $"distance from {a} to {b}, gap {gap}");
                a.DistanceTo(b).Should().Be(b.DistanceTo(a));
            });
        }

        [Fact]
        public void Parse_OfToString_GivesAnEqualRange()
        {
            PropertyRunner.ForAll(RangeArbitrary, r =>
            {
                var text = r.ToString();

                NumericRange.Parse(text).Should().Be(r, $"\"{text}\" is the text of {r}");
                NumericRange.TryParse(text, out var parsed).Should().BeTrue($"\"{text}\" is the text of a range");
                parsed.Should().Be(r);
            });
        }

        [Fact]
        public void Equals_IsEqualityOfTheNumbersHeld_AndEqualRangesHaveEqualHashCodes()
        {
            PropertyRunner.ForAll(RangeArbitrary, RangeArbitrary, (a, b) =>
            {
                var sameValues = ValuesOf(a).SequenceEqual(ValuesOf(b));

                a.Equals(b).Should().Be(sameValues, $"{a} and {b} {(sameValues ? "hold" : "do not hold")} the same numbers");
                (a == b).Should().Be(sameValues);
                (a != b).Should().Be(!sameValues);
                if (sameValues)
                {
                    a.GetHashCode().Should().Be(b.GetHashCode(), $"{a} equals {b}");
                }
            });
        }

        [Fact]
        public void ToCanonical_IsIdempotentForEveryDomain()
        {
            PropertyRunner.ForAll(RangeArbitrary, Domain.ToArbitrary(), (r, domain) =>
            {
                var once = r.ToCanonical(domain);

                once.ToCanonical(domain).Should().Be(once, $"{r} on {domain} canonicalises to {once}");
            });
        }

        [Fact]
        public void ToCanonical_OnWholeNumbers_HoldsExactlyTheSameWholeNumbers()
        {
            var wholeDomains = DomainsOf(ValueDomain.Integer, ValueDomain.NonNegativeInteger);
            PropertyRunner.ForAll(RangeArbitrary, wholeDomains, (r, domain) =>
            {
                var canonical = r.ToCanonical(domain);

                Mismatches(canonical, n => r.Contains(n) && (domain == ValueDomain.Integer || n >= 0), IntegerWindow)
                    .Should().BeEmpty($"{r} on {domain} canonicalises to {canonical}, which must hold the same whole numbers");

                if (!canonical.IsEmpty)
                {
                    (canonical.Lower.IsUnbounded || canonical.Lower.IsClosed && decimal.Truncate(canonical.Lower.Value) == canonical.Lower.Value)
                        .Should().BeTrue($"{canonical} must start unbounded or at a closed whole number");
                    (canonical.Upper.IsUnbounded || canonical.Upper.IsClosed && decimal.Truncate(canonical.Upper.Value) == canonical.Upper.Value)
                        .Should().BeTrue($"{canonical} must end unbounded or at a closed whole number");
                }
            });
        }

        [Fact]
        public void ToCanonical_OnRealDomains_KeepsTheRangeOrCutsOffTheNegatives()
        {
            var realDomains = DomainsOf(ValueDomain.Real, ValueDomain.NonNegativeReal);
            PropertyRunner.ForAll(RangeArbitrary, realDomains, (r, domain) =>
            {
                var canonical = r.ToCanonical(domain);
                if (domain == ValueDomain.Real)
                {
                    canonical.Should().Be(r, "every range is canonical on the reals");
                }

                Mismatches(canonical, x => r.Contains(x) && (domain == ValueDomain.Real || x >= 0))
                    .Should().BeEmpty($"{r} on {domain} canonicalises to {canonical}");
            });
        }

        [Fact]
        public void ContainsRange_AgreesWithIntersect()
        {
            PropertyRunner.ForAll(RangeArbitrary, NonEmptyRangeArbitrary, (a, b) =>
            {
                var subset = ValuesOf(b).All(a.Contains);

                a.Contains(b).Should().Be(a.Intersect(b) == b, $"{a} contains {b} iff {a} ∩ {b} = {b}; the intersection is {a.Intersect(b)}");
                a.Contains(b).Should().Be(subset, $"{a} contains {b} iff every number of {b} lies in {a}");
            });
        }

        [Fact]
        public void ContainsRange_OfTheEmptyRange_IsAlwaysTrue()
        {
            PropertyRunner.ForAll(RangeArbitrary, a => a.Contains(NumericRange.Empty).Should().BeTrue($"{a} contains the empty range"));
        }

        [Fact]
        public void Width_IsNullExactlyWhenAnEndIsUnbounded()
        {
            PropertyRunner.ForAll(RangeArbitrary, r =>
            {
                var unbounded = !r.IsEmpty && (r.Lower.IsUnbounded || r.Upper.IsUnbounded);

                r.Width.HasValue.Should().Be(!unbounded, $"{r} is {(unbounded ? "unbounded" : "bounded")}");
                r.IsBounded.Should().Be(!unbounded, $"{r}");
                if (!unbounded)
                {
                    r.Width.Should().Be(r.IsEmpty ? 0m : r.Upper.Value - r.Lower.Value, $"the width of {r}");
                    r.Width.Should().BeGreaterThanOrEqualTo(0m);
                }
            });
        }

        /// <summary>The witnesses <paramref name="range"/> holds, ascending; equal for two ranges exactly when they hold the same numbers.</summary>
        private static List<decimal> ValuesOf(NumericRange range) => Witnesses.Where(range.Contains).ToList();

        /// <summary>The probes (by default the witnesses) where <paramref name="actual"/> and the oracle disagree about membership.</summary>
        private static List<decimal> Mismatches(NumericRange actual, Func<decimal, bool> expected, IEnumerable<decimal>? probes = null) =>
            (probes ?? Witnesses).Where(x => actual.Contains(x) != expected(x)).ToList();

        /// <summary>Oracle for the gap: <paramref name="x"/> is in neither range but each side of it holds a value of one of them.</summary>
        private static bool LiesBetween(NumericRange a, NumericRange b, decimal x)
        {
            if (a.IsEmpty || b.IsEmpty || a.Contains(x) || b.Contains(x))
            {
                return false;
            }

            // A range that does not hold x lies wholly below or wholly above it; x is between when the two lie on different sides.
            return ValuesOf(a).All(p => p < x) != ValuesOf(b).All(p => p < x);
        }

        /// <summary>
        /// Oracle for touching: two disjoint non-empty ranges touch when the upper end of the lower one and the lower end of the
        /// upper one are at the same value and one of them holds it, so nothing lies between them ([1, 2) and [2, 3]).
        /// </summary>
        private static bool Touch(NumericRange a, NumericRange b)
        {
            if (a.IsEmpty || b.IsEmpty || Witnesses.Any(x => a.Contains(x) && b.Contains(x)))
            {
                return false;
            }

            var (low, high) = ValuesOf(a).Max() < ValuesOf(b).Min() ? (a, b) : (b, a);
            return low.Upper.Value == high.Lower.Value && (low.Upper.IsClosed || high.Lower.IsClosed);
        }

        private static FsCheck.Arbitrary<ValueDomain> DomainsOf(params ValueDomain[] domains) =>
            FsCheck.Fluent.Gen.Elements(domains).ToArbitrary();
    }
}
