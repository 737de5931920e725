using System.Linq;
using ClaimRecon.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Ranges
{
    /// <summary>The generators other property tests rely on really produce the shapes and coincidences they are meant to.</summary>
    public sealed class RangeGeneratorsTests
    {
        private const int SampleSize = 2000;

        /// <summary>The generators ignore FsCheck's size; any value does.</summary>
        private const int Size = 50;

        [Fact]
        public void Range_ProducesEveryShapeOfRange()
        {
            var sample = RangeGenerators.Range.Sample(SampleSize, Seed(), Size);

            sample.Should().Contain(r => r.IsEmpty, "the empty range");
            sample.Should().Contain(r => r == NumericRange.All, "the range of every number");
            sample.Should().Contain(r => r.IsPoint, "single points");
            sample.Should().Contain(r => IsBounded(r) && r.Lower.IsClosed && r.Upper.IsClosed && !r.IsPoint, "closed ranges");
            sample.Should().Contain(r => IsBounded(r) && r.Lower.IsOpen && r.Upper.IsOpen, "open ranges");
            sample.Should().Contain(r => IsBounded(r) && r.Lower.IsClosed && r.Upper.IsOpen, "ranges closed below and open above");
            sample.Should().Contain(r => IsBounded(r) && r.Lower.IsOpen && r.Upper.IsClosed, "ranges open below and closed above");
            sample.Should().Contain(r => !r.IsEmpty && r.Lower.IsUnbounded && !r.Upper.IsUnbounded, "ranges unbounded below only");
            sample.Should().Contain(r => !r.IsEmpty && !r.Lower.IsUnbounded && r.Upper.IsUnbounded, "ranges unbounded above only");
        }

        [Fact]
        public void Range_BoundedEndsComeFromThePool()
        {
            var ends = RangeGenerators.Range.Sample(SampleSize, Seed(), Size)
                .Where(r => !r.IsEmpty)
                .SelectMany(r => new[] { r.Lower, r.Upper })
                .Where(b => !b.IsUnbounded)
                .Select(b => b.Value)
                .ToList();

            ends.Should().OnlyContain(v => RangeGenerators.Pool.Contains(v));
            ends.Distinct().Should().HaveCount(RangeGenerators.Pool.Distinct().Count(), "every pool value is used");
        }

        [Fact]
        public void TwoRanges_OftenTouchOrShareAnEnd()
        {
            var pairs = RangeGenerators.TwoRanges.Sample(SampleSize, Seed(), Size);

            var touching = pairs.Count(p => IsBounded(p.A) && IsBounded(p.B) && !p.A.IsPoint && !p.B.IsPoint
                && (p.A.Upper.Value == p.B.Lower.Value || p.B.Upper.Value == p.A.Lower.Value));
            var sameLower = pairs.Count(p => IsBounded(p.A) && IsBounded(p.B) && p.A.Lower.Value == p.B.Lower.Value);

            touching.Should().BeGreaterThan(SampleSize / 100, "ranges meeting end to end must be common");
            sameLower.Should().BeGreaterThan(SampleSize / 50, "ranges with the same lower value must be common");
        }

        [Fact]
        public void Witnesses_AreAscendingAndIncludeThePoolAndValuesBetweenAndBeyondIt()
        {
            var witnesses = RangeGenerators.Witnesses;

            witnesses.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            witnesses.Should().Contain(RangeGenerators.Pool);
            witnesses.Should().Contain(2.5m).And.Contain(5000.25m).And.Contain(5500.25m).And.Contain(-4m).And.Contain(6001m);
        }

        [Fact]
        public void PooledDecimal_ProducesOnlyPoolValues()
        {
            RangeGenerators.PooledDecimal.Sample(500, Seed(), Size).Should().OnlyContain(v => RangeGenerators.Pool.Contains(v));
        }

        /// <summary>A fixed seed, so these statistical checks are deterministic rather than occasionally unlucky.</summary>
        private static FsCheck.Rnd Seed() => new(20240501UL, 0x9E3779B97F4A7C15UL);

        private static bool IsBounded(NumericRange r) => !r.IsEmpty && !r.Lower.IsUnbounded && !r.Upper.IsUnbounded;
    }
}
