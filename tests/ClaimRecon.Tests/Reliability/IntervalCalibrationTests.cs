using System;
using System.Linq;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Reliability;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Reliability.TruthClaims;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>Split-conformal interval calibration on hand-made cases; expectations worked out by hand in the comments.</summary>
    public sealed class IntervalCalibrationTests
    {
        [Fact]
        public void Widening_IsTheConformalQuantileOfTheScores()
        {
            // Nine single-claim quantities at 100 (estimate and both intervals [100, 100]); truths 100, 101, 99, 103, 96, 105,
            // 94, 107, 92 score -inf, 1, 1, 3, 4, 5, 6, 7, 8 (distance outside the interval, on the side of the truth).
            // n = 9: the 80% rank is ceil(10 * 0.8) = 8, the 8th smallest is 7; the 90% rank is ceil(10 * 0.9) = 9, so 8.
            var truths = new decimal[] { 100, 101, 99, 103, 96, 105, 94, 107, 92 };
            var examples = truths.Select((g, i) => (Single(i, 100), g)).ToArray();

            var calibration = IntervalCalibration.Fit(examples, ValueScale.Linear);

            calibration.Widening80.Should().Be(7);
            calibration.Widening90.Should().Be(8);
            calibration.Count.Should().Be(9);
            var other = Single(99, 50);
            calibration.Interval80(other).Should().Be(NumericRange.Closed(43, 57));
            calibration.Interval90(other).Should().Be(NumericRange.Closed(42, 58));

            // On its own examples the 80% interval covers all but the truth 92 (8 of 9), the 90% one all 9.
            examples.Count(e => calibration.Interval80(e.Item1).Contains(e.g)).Should().Be(8);
            examples.Count(e => calibration.Interval90(e.Item1).Contains(e.g)).Should().Be(9);
        }

        [Fact]
        public void TruthsEqualToTheEstimates_NarrowTheIntervalToTheEstimate()
        {
            // Every truth equals its estimate: all scores are -inf, so both widenings are -inf. Two claims at 100 and 200 give
            // the estimate 150 and the 80% interval [100, 200] (the 10% and 90% points of two equal masses); calibrated, it is
            // the estimate alone.
            var examples = Enumerable.Range(0, 5).Select(i => (Single(i, 10 * (i + 1)), 10m * (i + 1))).ToArray();
            var calibration = IntervalCalibration.Fit(examples, ValueScale.Linear);
            var pair = TruthDiscovery.Estimate(new[] { Point("a", "s1", 100), Point("b", "s2", 200) }).Quantities.Single();

            pair.Interval80.Should().Be(NumericRange.Closed(100, 200));
            calibration.Widening80.Should().Be(double.NegativeInfinity);
            calibration.Interval80(pair).Should().Be(NumericRange.Closed(150, 150));
            calibration.Interval90(pair).Should().Be(NumericRange.Closed(150, 150));
        }

        [Fact]
        public void InsideTruths_GiveANegativeWidening_ThatNarrowsButKeepsTheEstimate()
        {
            // One example: claims 100 and 200, estimate 150, intervals [100, 200]; truth 180 is above the estimate and 20
            // inside the upper end: score 180 - 200 = -20. n = 1: both ranks exceed 1, so the widening is that score, -20.
            // Applied to the same quantity: [100 + 20, 200 - 20] = [120, 180].
            var pair = TruthDiscovery.Estimate(new[] { Point("a", "s1", 100), Point("b", "s2", 200) }).Quantities.Single();
            var calibration = IntervalCalibration.Fit(new[] { (pair, 180m) }, ValueScale.Linear);

            calibration.Widening80.Should().Be(-20);
            calibration.Interval80(pair).Should().Be(NumericRange.Closed(120, 180));
        }

        [Fact]
        public void LogarithmicScale_WidensByRatios()
        {
            // Estimate 1000, truth 1100: score ln(1.1). Applied to a single claim at 2000: [2000 / 1.1, 2000 * 1.1] = [1818.18…, 2200].
            var calibration = IntervalCalibration.Fit(new[] { (Single(0, 1000), 1100m) }, ValueScale.Logarithmic);
            var interval = calibration.Interval90(Single(1, 2000));

            calibration.Widening90.Should().BeApproximately(Math.Log(1.1), 1e-12);
            ((double)interval.Lower.Value).Should().BeApproximately(2000 / 1.1, 1e-6);
            ((double)interval.Upper.Value).Should().BeApproximately(2200, 1e-6);
        }

        [Fact]
        public void NoExamples_AreRefused()
        {
            FluentActions.Invoking(() => IntervalCalibration.Fit(Array.Empty<(QuantityTruth, decimal)>(), ValueScale.Linear)).Should().Throw<ArgumentException>().WithMessage("*at least one*");
            FluentActions.Invoking(() => IntervalCalibration.Fit(null!, ValueScale.Linear)).Should().Throw<ArgumentNullException>();
        }

        private static QuantityTruth Single(int index, decimal value) =>
            TruthDiscovery.Estimate(new[] { Point("c" + index, "s" + index, value, new QuantityKey("town-" + index, "population")) }).Quantities.Single();
    }
}
