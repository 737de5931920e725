using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Ranges;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimRecon.Tests.Arithmetic
{
    /// <summary>
    /// Operands for interval arithmetic: ranges with open, closed and unbounded ends drawn from a pool that holds zero,
    /// negatives, claim-sized figures and a third that no decimal holds exactly (so quotients must be rounded), and
    /// sample values to pick members of those ranges from.
    /// </summary>
    public static class ArithmeticGenerators
    {
        /// <summary>The values range ends are drawn from.</summary>
        public static readonly decimal[] Ends =
        {
            -6000m, -7m, -3m, -1m, -0.5m, 0m, 0.5m, 1m, 3m, 7m, 0.3333333333333333333333333333m, 5000m, 6000m, 12345678.9m,
        };

        /// <summary>
        /// Candidate members: every end, a value strictly between each two neighbouring ends, values beyond the extremes
        /// (for unbounded ranges) and a few values very close to zero and to ends (to probe open ends).
        /// </summary>
        public static readonly decimal[] Samples = BuildSamples();

        /// <summary>Gets a bounded end, open or closed.</summary>
        public static Gen<RangeBound> End =>
            from v in Gen.Elements(Ends)
            from closed in Gen.Elements(true, false)
            select closed ? RangeBound.Closed(v) : RangeBound.Open(v);

        /// <summary>Gets a range: empty, all, points, bounded with any ends, unbounded on one side.</summary>
        public static Gen<NumericRange> Range => Gen.Frequency(
            (1, Gen.Constant(NumericRange.Empty)),
            (1, Gen.Constant(NumericRange.All)),
            (3, Gen.Elements(Ends).Select(NumericRange.Point)),
            (12, Gen.Zip(End, End).Select(e => Between(e.Item1, e.Item2))),
            (3, End.Select(lower => new NumericRange(lower, RangeBound.Unbounded))),
            (3, End.Select(upper => new NumericRange(RangeBound.Unbounded, upper))));

        /// <summary>Gets two ranges and a seed for picking members.</summary>
        public static Gen<Operands> Operands =>
            from x in Range
            from y in Range
            from seed in Gen.Choose(0, int.MaxValue)
            select new Operands(x, y, seed);

        /// <summary>Up to <paramref name="count"/> members of <paramref name="range"/> from <see cref="Samples"/>, always including its finite closed ends.</summary>
        /// <param name="range">The range.</param>
        /// <param name="random">The random source.</param>
        /// <param name="count">The most to return.</param>
        /// <returns>The members.</returns>
        public static List<decimal> MembersOf(NumericRange range, Random random, int count)
        {
            var inside = Samples.Where(s => Rational.In(range, Rational.From(s))).ToList();
            var picked = new List<decimal>();
            if (!range.IsEmpty && !range.Lower.IsUnbounded && range.Lower.IsClosed)
            {
                picked.Add(range.Lower.Value);
            }

            if (!range.IsEmpty && !range.Upper.IsUnbounded && range.Upper.IsClosed)
            {
                picked.Add(range.Upper.Value);
            }

            while (picked.Count < count && inside.Count > 0)
            {
                var i = random.Next(inside.Count);
                picked.Add(inside[i]);
                inside.RemoveAt(i);
            }

            return picked;
        }

        private static NumericRange Between(RangeBound a, RangeBound b)
        {
            if (a.Value == b.Value)
            {
                return NumericRange.Point(a.Value);
            }

            return a.Value < b.Value ? new NumericRange(a, b) : new NumericRange(b, a);
        }

        private static decimal[] BuildSamples()
        {
            var sorted = Ends.Distinct().OrderBy(v => v).ToArray();
            var samples = new List<decimal>(sorted);
            for (var i = 0; i + 1 < sorted.Length; i++)
            {
                samples.Add((sorted[i] + sorted[i + 1]) / 2m);
            }

            samples.AddRange(new[]
            {
                -98765432101.25m, -1000000000m, 1000000000m, 98765432101.25m,
                -0.000001m, 0.000001m, 0.9999999m, 1.0000001m, -0.9999999m, 4999.9999m, 5000.0001m, 5999.9999m,
            });
            return samples.Distinct().OrderBy(v => v).ToArray();
        }
    }

    /// <summary>Two operand ranges and a seed that picks their members.</summary>
    public sealed class Operands
    {
        /// <summary>Creates the operands.</summary>
        /// <param name="x">The first range.</param>
        /// <param name="y">The second range.</param>
        /// <param name="seed">The seed.</param>
        public Operands(NumericRange x, NumericRange y, int seed)
        {
            X = x;
            Y = y;
            Seed = seed;
        }

        /// <summary>Gets the first range.</summary>
        public NumericRange X { get; }

        /// <summary>Gets the second range.</summary>
        public NumericRange Y { get; }

        /// <summary>Gets the seed.</summary>
        public int Seed { get; }

        /// <inheritdoc />
        public override string ToString() => $"X = {X}, Y = {Y}, seed {Seed}";
    }
}
