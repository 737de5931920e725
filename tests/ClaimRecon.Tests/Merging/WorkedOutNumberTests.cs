using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// Sentences and report tables write a value worked out by the library (a third, a share of a derived figure) with six
    /// significant digits, not the 28 decimals of its exact decimal; figures people write keep every digit.
    /// </summary>
    public sealed class WorkedOutNumberTests
    {
        private static readonly decimal Third = 1m / 3m;

        [Fact]
        public void ARangeOfWorkedOutEnds_IsWrittenRounded_AndKeepsItsBrackets()
        {
            var range = new NumericRange(RangeBound.Closed(Third * 0.9m), RangeBound.Open(Third * 1.1m));

            Explanations.Range(range).Should().Be("[0.3, 0.366667)");
            ClaimRecon.Reporting.ReportOrder.Range(range).Should().Be("[0.3, 0.366667)", "report tables write ranges as the sentences do");
            range.Lower.Value.Should().Be(Third * 0.9m, "the range itself keeps the exact value");
        }

        [Fact]
        public void WrittenFiguresAndOpenEnds_ReadAsBefore()
        {
            Explanations.Range(new NumericRange(RangeBound.Closed(1_890_000m), RangeBound.Closed(2_310_000m))).Should().Be("[1,890,000, 2,310,000]");
            Explanations.Range(new NumericRange(RangeBound.Unbounded, RangeBound.Open(Third))).Should().Be("(-inf, 0.333333)");
            Explanations.Range(new NumericRange(RangeBound.Open(12.25m), RangeBound.Unbounded)).Should().Be("(12.25, +inf)");
            Explanations.Range(NumericRange.Empty).Should().Be(NumericRange.Empty.ToString());
        }

        [Fact]
        public void RoundingHalfAway_AndTinyValues_KeepTheirSignificantDigits()
        {
            Explanations.Readable(0.00000012345650m).Should().Be(0.000000123457m);
            Explanations.Readable(-0.00000012345650m).Should().Be(-0.000000123457m);
            Explanations.Readable(0.0000000000000000000000000004m).Should().Be(0.0000000000000000000000000004m);
            Explanations.Readable(1234567.89m).Should().Be(1234567.89m);
        }
    }
}
