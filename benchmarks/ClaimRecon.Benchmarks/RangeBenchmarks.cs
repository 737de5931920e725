using System;
using BenchmarkDotNet.Attributes;
using ClaimRecon.Ranges;

namespace ClaimRecon.Benchmarks
{
    /// <summary>
    /// Cost of folding many ranges together with <see cref="NumericRange.Intersect"/> and <see cref="NumericRange.Hull"/>,
    /// against a baseline that folds the same bounds as bare closed decimal pairs (what a hand-written loop does,
    /// without open or unbounded ends).
    /// </summary>
    [MemoryDiagnoser]
    public class RangeBenchmarks
    {
        private NumericRange[] _ranges = Array.Empty<NumericRange>();
        private decimal[] _lows = Array.Empty<decimal>();
        private decimal[] _highs = Array.Empty<decimal>();

        /// <summary>Gets or sets how many ranges are folded.</summary>
        [Params(1_000, 100_000)]
        public int Count { get; set; }

        /// <summary>Builds ranges around 5,000 with a fixed seed so every run folds the same input.</summary>
        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(20260207);
            _ranges = new NumericRange[Count];
            _lows = new decimal[Count];
            _highs = new decimal[Count];
            for (var i = 0; i < Count; i++)
            {
                var low = 4000m + random.Next(0, 1000);
                var high = 6000m + random.Next(0, 1000);
                _lows[i] = low;
                _highs[i] = high;
                _ranges[i] = new NumericRange(i % 2 == 0 ? RangeBound.Open(low) : RangeBound.Closed(low), RangeBound.Closed(high));
            }
        }

        /// <summary>Folds closed decimal pairs by hand: the floor any range type has to pay.</summary>
        /// <returns>The width of the intersection.</returns>
        [Benchmark(Baseline = true)]
        public decimal DecimalPairs()
        {
            decimal low = decimal.MinValue, high = decimal.MaxValue;
            for (var i = 0; i < _lows.Length; i++)
            {
                low = Math.Max(low, _lows[i]);
                high = Math.Min(high, _highs[i]);
            }

            return high - low;
        }

        /// <summary>Intersects every range.</summary>
        /// <returns>The intersection.</returns>
        [Benchmark]
        public NumericRange Intersect()
        {
            var result = NumericRange.All;
            foreach (var range in _ranges)
            {
                result = result.Intersect(range);
            }

            return result;
        }

        /// <summary>Takes the hull of every range.</summary>
        /// <returns>The hull.</returns>
        [Benchmark]
        public NumericRange Hull()
        {
            var result = NumericRange.Empty;
            foreach (var range in _ranges)
            {
                result = result.Hull(range);
            }

            return result;
        }
    }
}
