using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Hedging
{
    /// <summary>
    /// Figures from a news story about an evacuation and a prison release, read under <see cref="InterpretationPolicy.Default"/>
    /// unless a test says otherwise.
    /// </summary>
    public sealed class NewsStoryInterpretationTests
    {
        private static readonly InterpretationPolicy Policy = InterpretationPolicy.Default;

        [Fact]
        public void MoreThan5000_IsOpenAbove5000()
        {
            var range = Policy.Interpret(HedgedFigure.Of(Hedge.MoreThan, 5000m, "more than 5,000"));

            range.Should().Be(new NumericRange(RangeBound.Open(5000m), RangeBound.Unbounded));
            range.Contains(5000m).Should().BeFalse();
        }

        [Fact]
        public void AtLeast5000_IsClosedAt5000AndUnboundedAbove()
        {
            var range = Policy.Interpret(HedgedFigure.Of(Hedge.AtLeast, 5000m, "at least 5,000"));

            range.Should().Be(new NumericRange(RangeBound.Closed(5000m), RangeBound.Unbounded));
            range.Contains(5000m).Should().BeTrue();
        }

        [Fact]
        public void FewerThan10_IsOpenBelow10()
        {
            Policy.Interpret(HedgedFigure.Of(Hedge.FewerThan, 10m, "fewer than 10"))
                .Should().Be(new NumericRange(RangeBound.Unbounded, RangeBound.Open(10m)));
        }

        [Fact]
        public void FewerThan10People_CanonicalisedAsACount_IsZeroToNine()
        {
            Policy.Interpret(HedgedFigure.Of(Hedge.FewerThan, 10m)).ToCanonical(ValueDomain.NonNegativeInteger)
                .Should().Be(NumericRange.Closed(0m, 9m));
        }

        [Fact]
        public void MoreThan5000People_CanonicalisedAsACount_IsAtLeast5001()
        {
            Policy.Interpret(HedgedFigure.Of(Hedge.MoreThan, 5000m)).ToCanonical(ValueDomain.NonNegativeInteger)
                .Should().Be(new NumericRange(RangeBound.Closed(5001m), RangeBound.Unbounded));
        }

        [Theory]
        [InlineData(Hedge.AtMost, "at most 8,000")]
        [InlineData(Hedge.UpTo, "up to 8,000")]
        public void AtMostAndUpTo_AreClosedAtTheFigureAndUnboundedBelow(Hedge hedge, string wording)
        {
            var range = Policy.Interpret(HedgedFigure.Of(hedge, 8000m, wording));

            range.Should().Be(new NumericRange(RangeBound.Unbounded, RangeBound.Closed(8000m)));
            range.Contains(8000m).Should().BeTrue();
        }

        [Fact]
        public void Between5000And6000_IsClosedAtBothFigures()
        {
            Policy.Interpret(HedgedFigure.Between(5000m, 6000m, "between 5,000 and 6,000"))
                .Should().Be(new NumericRange(RangeBound.Closed(5000m), RangeBound.Closed(6000m)));
        }

        [Fact]
        public void BetweenAFigureAndItself_IsThatPoint()
        {
            Policy.Interpret(HedgedFigure.Between(5000m, 5000m)).Should().Be(NumericRange.Point(5000m));
        }

        [Theory]
        [InlineData(Hedge.Nearly, "nearly 7,000")]
        [InlineData(Hedge.Almost, "almost 7,000")]
        public void NearlyAndAlmost7000_RunFrom6300UpToButExcluding7000(Hedge hedge, string wording)
        {
            var range = Policy.Interpret(HedgedFigure.Of(hedge, 7000m, wording));

            range.Should().Be(new NumericRange(RangeBound.Closed(6300m), RangeBound.Open(7000m)));
            range.Contains(7000m).Should().BeFalse("\"nearly 7,000\" never reaches 7,000");
            range.Contains(6999.99m).Should().BeTrue();
            range.Contains(6300m).Should().BeTrue();
            range.Contains(6299.99m).Should().BeFalse();
        }

        [Fact]
        public void NearlyANegativeFigure_LiesJustBelowIt()
        {
            Policy.Interpret(HedgedFigure.Of(Hedge.Nearly, -10m))
                .Should().Be(new NumericRange(RangeBound.Closed(-11m), RangeBound.Open(-10m)));
        }

        [Theory]
        [InlineData(Hedge.About, "about $10")]
        [InlineData(Hedge.Approximately, "approximately $10")]
        [InlineData(Hedge.Roughly, "roughly $10")]
        public void AboutApproximatelyRoughly10Dollars_AreNineToEleven(Hedge hedge, string wording)
        {
            Policy.Interpret(HedgedFigure.Of(hedge, 10m, wording)).Should().Be(NumericRange.Closed(9m, 11m));
        }

        [Fact]
        public void About2Million_IsTenPercentEitherSide()
        {
            Policy.Interpret(HedgedFigure.Of(Hedge.About, 2000000m, "about 2 million"))
                .Should().Be(NumericRange.Closed(1800000m, 2200000m));
        }

        [Fact]
        public void BareFigure2250_IsExactly2250()
        {
            Policy.Interpret(HedgedFigure.Of(Hedge.None, 2250m, "2,250")).Should().Be(NumericRange.Closed(2250m, 2250m));
        }

        [Fact]
        public void Exactly2250_IsThePoint()
        {
            var range = Policy.Interpret(HedgedFigure.Of(Hedge.Exactly, 2250m, "exactly 2,250"));

            range.Should().Be(NumericRange.Closed(2250m, 2250m));
            range.IsPoint.Should().BeTrue();
        }

        [Fact]
        public void BareFigure_UnderAPolicyWithFivePercentBareTolerance_IsFivePercentEitherSide()
        {
            var policy = new InterpretationPolicy("newsroom", 0.10m, 0.10m, 0.05m);

            policy.Interpret(HedgedFigure.Of(Hedge.None, 2000m, "2,000")).Should().Be(NumericRange.Closed(1900m, 2100m));
            policy.Interpret(HedgedFigure.Of(Hedge.Exactly, 2000m)).Should().Be(NumericRange.Point(2000m), "\"exactly\" ignores the bare tolerance");
        }

        [Fact]
        public void WithToleranceCopies_ChangeOnlyTheirTolerance()
        {
            var wide = Policy.WithApproximateTolerance("wide", 0.25m);

            wide.Interpret(HedgedFigure.Of(Hedge.About, 1000m)).Should().Be(NumericRange.Closed(750m, 1250m));
            wide.Interpret(HedgedFigure.Of(Hedge.Nearly, 1000m)).Should().Be(new NumericRange(RangeBound.Closed(900m), RangeBound.Open(1000m)));
            Policy.WithNearlyTolerance("n", 0.5m).Interpret(HedgedFigure.Of(Hedge.Almost, 1000m))
                .Should().Be(new NumericRange(RangeBound.Closed(500m), RangeBound.Open(1000m)));
            Policy.WithBareFigureTolerance("b", 0.01m).Interpret(HedgedFigure.Of(Hedge.None, 1000m)).Should().Be(NumericRange.Closed(990m, 1010m));
        }

        [Fact]
        public void DefaultPolicy_IsNamedDefaultWithTenPercentToleranceAndExactBareFigures()
        {
            Policy.Name.Should().Be("default");
            Policy.ApproximateTolerance.Should().Be(0.10m);
            Policy.NearlyTolerance.Should().Be(0.10m);
            Policy.BareFigureTolerance.Should().Be(0m);
        }

        [Fact]
        public void Figure_ToString_QuotesTheHedgeAndFigureWithoutGrouping()
        {
            HedgedFigure.Of(Hedge.Nearly, 7000m, "nearly 7,000").ToString().Should().Be("nearly 7000");
            HedgedFigure.Of(Hedge.MoreThan, 5000m).ToString().Should().Be("more than 5000");
            HedgedFigure.Of(Hedge.None, 2250m).ToString().Should().Be("2250");
            HedgedFigure.Between(5000m, 6000m).ToString().Should().Be("between 5000 and 6000");
        }

        [Fact]
        public void Figures_WithTheSameHedgeValuesAndWording_AreEqual()
        {
            var figure = HedgedFigure.Of(Hedge.Nearly, 7000m, "nearly 7,000");

            figure.Should().Be(HedgedFigure.Of(Hedge.Nearly, 7000.0m, "nearly 7,000"));
            figure.GetHashCode().Should().Be(HedgedFigure.Of(Hedge.Nearly, 7000.0m, "nearly 7,000").GetHashCode());
            figure.Should().NotBe(figure.WithWording("almost 7,000"));
            figure.Should().NotBe(HedgedFigure.Of(Hedge.Almost, 7000m, "nearly 7,000"));
            figure.WithWording(null).Wording.Should().BeNull();
        }
    }
}
