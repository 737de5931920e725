using System;
using System.Collections.Generic;
using System.Globalization;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;

namespace ClaimRecon.Reliability
{
    /// <summary>
    /// Split-conformal calibration of <see cref="QuantityTruth"/> intervals: a widening (or narrowing) of each end, learned
    /// from quantities whose true value is known, that makes the intervals cover about their nominal share on data like it.
    /// </summary>
    /// <remarks>
    /// <para><b>Why.</b> <see cref="QuantityTruth.Interval80"/> and <see cref="QuantityTruth.Interval90"/> are quantiles of the
    /// claims' weight, not of the estimate's error. When most sources agree the two intervals are the same single value, so
    /// real data covers the truth about equally often at both levels (0.844 and 0.847 on Population). Calibration corrects
    /// that from labelled examples, and says so: it is fitted, not derived.</para>
    /// <para><b>Score.</b> For an interval [lo, hi] around estimate e and a known truth g, all on <see cref="Scale"/>
    /// (natural logarithms on <see cref="ValueScale.Logarithmic"/>), the score is how far an end must move outwards to
    /// reach g: g − hi when g is above e, lo − g when g is below e (negative when g is already inside: the end could move
    /// inwards that far), and −∞ when g equals e. The calibrated interval moves both ends outwards by the conformal quantile
    /// t of the scores, the ⌈(n + 1)·p⌉-th smallest of n (the largest when that exceeds n), and always keeps the estimate:
    /// [min(lo − t, e), max(hi + t, e)]. For exchangeable quantities the share covered is then at least p (split conformal
    /// prediction), up to ties. A negative t narrows; t = −∞ gives the estimate alone.</para>
    /// <para><b>Leakage.</b> Fit on quantities other than those you score; the evaluation in eval/README.md fits on one half of the
    /// gold items and scores the other half, then the other way round.</para>
    /// <para>On <see cref="ValueScale.Logarithmic"/>, values at or below zero have no logarithm: such an interval end stays
    /// where it is, and such a truth scores +∞ unless it equals the estimate.</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class IntervalCalibration
    {
        private IntervalCalibration(ValueScale scale, double widening80, double widening90, int count)
        {
            Scale = scale;
            Widening80 = widening80;
            Widening90 = widening90;
            Count = count;
        }

        /// <summary>Gets the scale on which ends move (log units on <see cref="ValueScale.Logarithmic"/>).</summary>
        public ValueScale Scale { get; }

        /// <summary>Gets how far each end of <see cref="QuantityTruth.Interval80"/> moves outwards, on <see cref="Scale"/>; negative narrows.</summary>
        public double Widening80 { get; }

        /// <summary>Gets how far each end of <see cref="QuantityTruth.Interval90"/> moves outwards, on <see cref="Scale"/>; negative narrows.</summary>
        public double Widening90 { get; }

        /// <summary>Gets the number of labelled quantities the calibration was fitted on.</summary>
        public int Count { get; }

        /// <summary>Fits the widenings on quantities whose true values are known.</summary>
        /// <param name="examples">Each estimated quantity with its known true value; at least one.</param>
        /// <param name="scale">The scale on which ends move; use the one the estimates were made on.</param>
        /// <returns>The calibration.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of its estimates is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="examples"/> is empty.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not a defined value.</exception>
        public static IntervalCalibration Fit(IEnumerable<(QuantityTruth Estimate, decimal Truth)> examples, ValueScale scale)
        {
            if (examples is null)
            {
                throw new ArgumentNullException(nameof(examples));
            }

            scale = Preconditions.Defined(scale);
            var scores80 = new List<double>();
            var scores90 = new List<double>();
            foreach (var (estimate, truth) in examples)
            {
                if (estimate is null)
                {
                    throw new ArgumentNullException(nameof(examples), "examples: an estimate is null.");
                }

                scores80.Add(Score(estimate.Interval80, estimate.Estimate, truth, scale));
                scores90.Add(Score(estimate.Interval90, estimate.Estimate, truth, scale));
            }

            if (scores80.Count == 0)
            {
                throw new ArgumentException("examples: at least one labelled quantity is needed.", nameof(examples));
            }

            return new IntervalCalibration(scale, ConformalQuantile(scores80, 0.8), ConformalQuantile(scores90, 0.9), scores80.Count);
        }

        /// <summary>Returns the calibrated 80% interval of a quantity.</summary>
        /// <param name="estimate">The estimated quantity.</param>
        /// <returns>The interval, always holding the estimate.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
        public NumericRange Interval80(QuantityTruth estimate) =>
            Widen((estimate ?? throw new ArgumentNullException(nameof(estimate))).Interval80, estimate.Estimate, Widening80);

        /// <summary>Returns the calibrated 90% interval of a quantity.</summary>
        /// <param name="estimate">The estimated quantity.</param>
        /// <returns>The interval, always holding the estimate.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
        public NumericRange Interval90(QuantityTruth estimate) =>
            Widen((estimate ?? throw new ArgumentNullException(nameof(estimate))).Interval90, estimate.Estimate, Widening90);

        /// <summary>Returns e.g. <c>split conformal on 150 quantities, logarithmic scale: 80% ends move 0.001, 90% ends move 0.02</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "split conformal on {0} quantities, {1} scale: 80% ends move {2:G4}, 90% ends move {3:G4}",
            Count,
            Scale.ToString().ToLowerInvariant(),
            Widening80,
            Widening90);

        internal static double Score(NumericRange interval, decimal estimate, decimal truth, ValueScale scale)
        {
            if (truth == estimate)
            {
                return double.NegativeInfinity;
            }

            var g = ToT(truth, scale);
            if (truth > estimate)
            {
                var hi = interval.IsEmpty || interval.Upper.IsUnbounded ? double.PositiveInfinity : ToT(interval.Upper.Value, scale);
                return g - hi;
            }

            var lo = interval.IsEmpty || interval.Lower.IsUnbounded ? double.NegativeInfinity : ToT(interval.Lower.Value, scale);
            return lo - g;
        }

        private static double ConformalQuantile(List<double> scores, double level)
        {
            scores.Sort();
            var rank = (int)Math.Ceiling((scores.Count + 1) * level);
            return scores[Math.Min(rank, scores.Count) - 1];
        }

        private static double ToT(decimal value, ValueScale scale)
        {
            if (scale == ValueScale.Linear)
            {
                return (double)value;
            }

            return value > 0 ? Math.Log((double)value) : double.NegativeInfinity;
        }

        private NumericRange Widen(NumericRange interval, decimal estimate, double t)
        {
            if (interval.IsEmpty || double.IsNegativeInfinity(t))
            {
                return NumericRange.Closed(estimate, estimate);
            }

            decimal Move(decimal end, double by)
            {
                if (Scale == ValueScale.Linear)
                {
                    return LossSolver.ToDecimal((double)end + by);
                }

                return end > 0 ? LossSolver.ToDecimal(Math.Exp(Math.Log((double)end) + by)) : end;
            }

            var lo = interval.Lower.IsUnbounded ? (decimal?)null : Move(interval.Lower.Value, -t);
            var hi = interval.Upper.IsUnbounded ? (decimal?)null : Move(interval.Upper.Value, t);
            var lower = lo is null ? RangeBound.Unbounded : RangeBound.Closed(Math.Min(lo.Value, estimate));
            var upper = hi is null ? RangeBound.Unbounded : RangeBound.Closed(Math.Max(hi.Value, estimate));
            return new NumericRange(lower, upper);
        }
    }
}
