using System;
using ClaimRecon.Hedging;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Hedging
{
    /// <summary>Bad input to hedged figures, policies and hedge names: refused with an exception naming the argument and the value.</summary>
    public sealed class HedgingBadInputTests
    {
        [Fact]
        public void HedgedFigure_BetweenWithoutUpperValue_ThrowsArgumentExceptionNamingUpperValue()
        {
            Action act = () => _ = new HedgedFigure(Hedge.Between, 5000m);

            var e = act.Should().ThrowExactly<ArgumentException>().Which;
            e.ParamName.Should().Be("upperValue");
            e.Message.Should().Contain("5000").And.Contain("between");
        }

        [Fact]
        public void HedgedFigure_BetweenWithUpperBelowLower_ThrowsArgumentOutOfRangeNamingUpperValueAndBothValues()
        {
            Action act = () => HedgedFigure.Between(6000m, 5000.5m);

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("upperValue");
            e.ActualValue.Should().Be(5000.5m);
            e.Message.Should().Contain("6000").And.Contain("5000.5");
        }

        [Fact]
        public void HedgedFigure_UpperValueForMoreThan_ThrowsArgumentExceptionNamingUpperValue()
        {
            Action act = () => _ = new HedgedFigure(Hedge.MoreThan, 5000m, 6000m);

            var e = act.Should().ThrowExactly<ArgumentException>().Which;
            e.ParamName.Should().Be("upperValue");
            e.Message.Should().Contain("6000").And.Contain("MoreThan");
        }

        [Fact]
        public void HedgedFigure_UndefinedHedge_ThrowsArgumentOutOfRangeNamingHedge()
        {
            Action act = () => _ = new HedgedFigure((Hedge)99, 5000m);

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("hedge");
            e.Message.Should().Contain("99");
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void HedgedFigure_BlankWording_ThrowsArgumentExceptionNamingWording(string wording)
        {
            Action act = () => HedgedFigure.Of(Hedge.Nearly, 7000m, wording);

            act.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("wording");
        }

        [Theory]
        [InlineData("approximateTolerance", "-0.1")]
        [InlineData("approximateTolerance", "1.5")]
        [InlineData("nearlyTolerance", "-0.1")]
        [InlineData("nearlyTolerance", "1.5")]
        [InlineData("nearlyTolerance", "0")]
        [InlineData("bareFigureTolerance", "-0.1")]
        [InlineData("bareFigureTolerance", "1.5")]
        public void InterpretationPolicy_ToleranceOutsideItsInterval_ThrowsArgumentOutOfRangeNamingTheTolerance(string parameter, string value)
        {
            var bad = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            Action act = () => _ = new InterpretationPolicy(
                "bad",
                parameter == "approximateTolerance" ? bad : 0.1m,
                parameter == "nearlyTolerance" ? bad : 0.1m,
                parameter == "bareFigureTolerance" ? bad : 0m);

            var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be(parameter);
            e.ActualValue.Should().Be(bad);
            e.Message.Should().Contain(parameter).And.Contain("got " + value);
        }

        [Fact]
        public void InterpretationPolicy_WithToleranceCopy_OutsideItsInterval_ThrowsArgumentOutOfRange()
        {
            Action act = () => InterpretationPolicy.Default.WithApproximateTolerance("wide", 1.5m);

            act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*1.5*").Which.ParamName.Should().Be("approximateTolerance");
        }

        [Theory]
        [InlineData("")]
        [InlineData("  ")]
        public void InterpretationPolicy_BlankName_ThrowsArgumentExceptionNamingName(string name)
        {
            Action act = () => _ = new InterpretationPolicy(name, 0.1m, 0.1m, 0m);

            act.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("name");
        }

        [Fact]
        public void HedgeTextParse_UnknownWord_ThrowsFormatExceptionQuotingItAndListingTheHedges()
        {
            Action act = () => HedgeText.Parse("kinda");

            act.Should().ThrowExactly<FormatException>().Which.Message.Should()
                .Contain("\"kinda\"").And.Contain("moreThan").And.Contain("between");
        }

        [Fact]
        public void HedgeTextParse_Null_ThrowsArgumentNullExceptionNamingText()
        {
            Action act = () => HedgeText.Parse(null!);

            act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("text");
        }

        [Fact]
        public void HedgeTextToIdentifier_UndefinedHedge_ThrowsArgumentOutOfRangeNamingHedge()
        {
            Action act = () => HedgeText.ToIdentifier((Hedge)99);

            act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*99*").Which.ParamName.Should().Be("hedge");
        }

        [Theory]
        [InlineData(Hedge.Nearly, "nearly 0")]
        [InlineData(Hedge.Almost, "almost 0")]
        public void Interpret_NearlyOrAlmostZero_ThrowsArgumentExceptionNamingFigure(Hedge hedge, string quoted)
        {
            var figure = HedgedFigure.Of(hedge, 0m, quoted);
            Action act = () => InterpretationPolicy.Default.Interpret(figure);

            var e = act.Should().ThrowExactly<ArgumentException>().Which;
            e.ParamName.Should().Be("figure");
            e.Message.Should().Contain(quoted);
        }

        [Fact]
        public void Interpret_Null_ThrowsArgumentNullExceptionNamingFigure()
        {
            Action act = () => InterpretationPolicy.Default.Interpret(null!);

            act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("figure");
        }
    }
}
