using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimRecon.Tests.Hedging
{
    /// <summary>FsCheck generators for hedges, figures and interpretation policies.</summary>
    public static class HedgingGenerators
    {
        /// <summary>Every defined hedge.</summary>
        public static readonly IReadOnlyList<Hedge> AllHedges = Enum.GetValues(typeof(Hedge)).Cast<Hedge>().ToArray();

        /// <summary>The hedges read as "a little below the figure".</summary>
        public static readonly IReadOnlyList<Hedge> NearlyHedges = new[] { Hedge.Nearly, Hedge.Almost };

        /// <summary>The hedges read as "close to the figure on either side".</summary>
        public static readonly IReadOnlyList<Hedge> AboutHedges = new[] { Hedge.About, Hedge.Approximately, Hedge.Roughly };

        /// <summary>Tolerances with at most two decimals, so products with <see cref="PositiveFigure"/> values are exact.</summary>
        private static readonly decimal[] Tolerances = { 0m, 0.01m, 0.05m, 0.1m, 0.25m, 0.5m, 1m };

        /// <summary>Gets a generator of every defined hedge.</summary>
        public static Gen<Hedge> AnyHedge => Gen.Elements(AllHedges.ToArray());

        /// <summary>
        /// Gets a generator of positive figures with at most nine significant digits: figures from news stories, whole
        /// numbers up to <see cref="int.MaxValue"/>, and fractions down to 0.000000001.
        /// </summary>
        public static Gen<decimal> PositiveFigure => Gen.Frequency(
            (2, Gen.Elements(1m, 3m, 10m, 250m, 2250m, 5000m, 7000m, 2100000m, 0.3m, 0.05m)),
            (1, Gen.Choose(1, int.MaxValue).Select(n => (decimal)n)),
            (2, Gen.Zip(Gen.Choose(1, 999_999_999), Gen.Choose(0, 9)).Select(t => t.Item1 / Pow10(t.Item2))));

        /// <summary>Gets a generator of positive figures that also yields figures so small that a tolerance of them is below decimal's resolution.</summary>
        public static Gen<decimal> PositiveFigureIncludingTiny => Gen.Frequency(
            (4, PositiveFigure),
            (1, Gen.Elements(0.0000000000000000000000000001m, 0.0000000000000000000000000004m, 0.0000000000000000000000000015m, 0.000000000000000000000000001m)));

        /// <summary>Gets a generator of policies with tolerances from a small pool, including 0 and 1 where allowed.</summary>
        public static Gen<InterpretationPolicy> Policy =>
            from approximate in Gen.Elements(Tolerances)
            from nearly in Gen.Elements(Tolerances.Where(t => t > 0).ToArray())
            from bare in Gen.Elements(Tolerances)
            select new InterpretationPolicy("generated", approximate, nearly, bare);

        /// <summary>Gets a generator of figures for every hedge, with a positive value and, for "between", an upper value at or above it.</summary>
        /// <param name="value">The values to use.</param>
        /// <returns>The generator.</returns>
        public static Gen<HedgedFigure> Figure(Gen<decimal> value) =>
            from hedge in AnyHedge
            from x in value
            from extra in Gen.Elements(0m, 0.5m, 1m, 1000m)
            select Make(hedge, x, x + extra);

        /// <summary>
        /// Makes a figure of any hedge from two values: "between" the smaller and the larger; a stated range (smaller, larger]
        /// (or (smaller, +inf) when they are equal, so an unbounded end is covered too); a vague amount [smaller, larger)
        /// (or the point); every other hedge on <paramref name="a"/>.
        /// </summary>
        /// <param name="hedge">The hedge.</param>
        /// <param name="a">The first value.</param>
        /// <param name="b">The second value.</param>
        /// <param name="wording">The wording; optional.</param>
        /// <returns>The figure.</returns>
        public static HedgedFigure Make(Hedge hedge, decimal a, decimal b, string? wording = null)
        {
            var (low, high) = (Math.Min(a, b), Math.Max(a, b));
            return hedge switch
            {
                Hedge.Between => HedgedFigure.Between(low, high, wording),
                Hedge.Range => HedgedFigure.OfRange(low < high ? new NumericRange(RangeBound.Open(low), RangeBound.Closed(high)) : NumericRange.GreaterThan(low), wording),
                Hedge.Vague => HedgedFigure.Vague(low < high ? new NumericRange(RangeBound.Closed(low), RangeBound.Open(high)) : NumericRange.Point(low), wording),
                _ => HedgedFigure.Of(hedge, a, wording),
            };
        }

        private static decimal Pow10(int exponent)
        {
            var result = 1m;
            for (var i = 0; i < exponent; i++)
            {
                result *= 10m;
            }

            return result;
        }
    }
}
