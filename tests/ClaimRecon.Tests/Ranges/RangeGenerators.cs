using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using ClaimRecon.Ranges;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>
    /// FsCheck generators for <see cref="NumericRange"/> and the decimals its ends are made of, for reuse by any property test.
    /// </summary>
    /// <remarks>
    /// <para>Every bounded end is drawn from <see cref="Pool"/>, a handful of values, so equal ends, touching ranges,
    /// single points and nested ranges turn up in most runs instead of almost never.</para>
    /// <para>Because every end comes from the pool, membership of a range is constant on each open interval between two
    /// neighbouring pool values. <see cref="Witnesses"/> holds one value from each of those intervals plus the pool itself,
    /// so two generated ranges (or ranges computed from them by intersection, hull or gap) hold the same set of numbers
    /// exactly when they hold the same witnesses. Tests use that as an oracle that does not depend on the code under test.</para>
    /// </remarks>
    public static class RangeGenerators
    {
        /// <summary>The values range ends are drawn from: small integers around zero and a few claim-sized figures.</summary>
        /// <remarks>5000.0 is 5000 written with another scale; it must behave exactly like 5000.</remarks>
        public static readonly IReadOnlyList<decimal> Pool = new[] { -3m, -2m, -1m, 0m, 1m, 2m, 3m, 5000m, 5000.0m, 5000.5m, 6000m };

        /// <summary>
        /// The pool, one value strictly between each two neighbouring distinct pool values, and one value beyond each extreme,
        /// in ascending order.
        /// </summary>
        public static readonly IReadOnlyList<decimal> Witnesses = BuildWitnesses();

        /// <summary>The value domains, each in turn.</summary>
        public static readonly IReadOnlyList<ValueDomain> Domains = new[]
        {
            ValueDomain.Real, ValueDomain.NonNegativeReal, ValueDomain.Integer, ValueDomain.NonNegativeInteger,
        };

        /// <summary>Gets a generator of decimals from <see cref="Pool"/>.</summary>
        public static Gen<decimal> PooledDecimal => Gen.Elements(Pool.ToArray());

        /// <summary>Gets a generator of decimals from <see cref="Witnesses"/>: pool values, values between them and values beyond them.</summary>
        public static Gen<decimal> WitnessDecimal => Gen.Elements(Witnesses.ToArray());

        /// <summary>Gets a generator of <see cref="ValueDomain"/> values.</summary>
        public static Gen<ValueDomain> Domain => Gen.Elements(Domains.ToArray());

        /// <summary>Gets a generator of bounded ends (closed or open) with a pooled value.</summary>
        public static Gen<RangeBound> BoundedEnd =>
            from value in PooledDecimal
            from closed in Gen.Elements(true, false)
            select closed ? RangeBound.Closed(value) : RangeBound.Open(value);

        /// <summary>
        /// Gets a generator of ranges: empty, all numbers, single points, closed, open and half-open ranges, and ranges
        /// unbounded on one side, every bounded end taken from <see cref="Pool"/>.
        /// </summary>
        public static Gen<NumericRange> Range => Gen.Frequency(
            (1, Gen.Constant(NumericRange.Empty)),
            (1, Gen.Constant(NumericRange.All)),
            (3, PooledDecimal.Select(NumericRange.Point)),
            (10, Gen.Zip(BoundedEnd, BoundedEnd).Select(ends => Between(ends.Item1, ends.Item2))),
            (3, BoundedEnd.Select(lower => new NumericRange(lower, RangeBound.Unbounded))),
            (3, BoundedEnd.Select(upper => new NumericRange(RangeBound.Unbounded, upper))));

        /// <summary>Gets a generator of ranges that are never empty.</summary>
        public static Gen<NumericRange> NonEmptyRange => Range.Where(r => !r.IsEmpty);

        /// <summary>Gets <see cref="Range"/> as an arbitrary that shrinks towards the empty range and towards fewer bounded ends.</summary>
        public static Arbitrary<NumericRange> RangeArbitrary => Arb.From(Range, Shrink);

        /// <summary>Gets <see cref="NonEmptyRange"/> as an arbitrary that shrinks towards fewer bounded ends, never to the empty range.</summary>
        public static Arbitrary<NumericRange> NonEmptyRangeArbitrary => Arb.From(NonEmptyRange, r => Shrink(r).Where(s => !s.IsEmpty));

        /// <summary>Gets a generator of two independent ranges.</summary>
        public static Gen<(NumericRange A, NumericRange B)> TwoRanges =>
            Gen.Zip(Range, Range).Select(t => (t.Item1, t.Item2));

        /// <summary>Gets a generator of three independent ranges.</summary>
        public static Gen<(NumericRange A, NumericRange B, NumericRange C)> ThreeRanges =>
            Gen.Zip(Range, Gen.Zip(Range, Range)).Select(t => (t.Item1, t.Item2.Item1, t.Item2.Item2));

        /// <summary>Simpler ranges than <paramref name="range"/>: the empty range, and the range with one bounded end made unbounded.</summary>
        /// <param name="range">The range to shrink.</param>
        /// <returns>The candidates, each strictly simpler, so shrinking always ends.</returns>
        public static IEnumerable<NumericRange> Shrink(NumericRange range)
        {
            if (range.IsEmpty)
            {
                yield break;
            }

            yield return NumericRange.Empty;
            if (!range.Lower.IsUnbounded)
            {
                yield return new NumericRange(RangeBound.Unbounded, range.Upper);
            }

            if (!range.Upper.IsUnbounded)
            {
                yield return new NumericRange(range.Lower, RangeBound.Unbounded);
            }
        }

        /// <summary>The non-empty range between two ends in whichever order they make one: two equal values give the point.</summary>
        private static NumericRange Between(RangeBound a, RangeBound b)
        {
            if (a.Value == b.Value)
            {
                return NumericRange.Point(a.Value);
            }

            return a.Value < b.Value ? new NumericRange(a, b) : new NumericRange(b, a);
        }

        private static ReadOnlyCollection<decimal> BuildWitnesses()
        {
            var distinct = Pool.Distinct().OrderBy(v => v).ToList();
            var witnesses = new List<decimal> { distinct[0] - 1m };
            for (var i = 0; i < distinct.Count; i++)
            {
                witnesses.Add(distinct[i]);
                witnesses.Add(i + 1 < distinct.Count ? (distinct[i] + distinct[i + 1]) / 2m : distinct[i] + 1m);
            }

            return witnesses.AsReadOnly();
        }
    }
}
