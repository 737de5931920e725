using System.Linq;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Hedging.HedgingGenerators;

namespace ClaimRecon.Tests.Hedging
{
    /// <summary>Laws of <see cref="InterpretationPolicy.Interpret(HedgedFigure)"/> for every hedge, positive figure and policy.</summary>
    public sealed class InterpretationPropertyTests
    {
        [Fact]
        public void Interpret_EveryHedgeAndPositiveFigure_GivesANonEmptyRange()
        {
            PropertyRunner.ForAll(Figure(PositiveFigureIncludingTiny).ToArbitrary(), Policy.ToArbitrary(), (figure, policy) =>
            {
                var range = policy.Interpret(figure);

                range.IsEmpty.Should().BeFalse($"{figure} under {policy} is {range}");
            });
        }

        [Theory]
        [InlineData("0.0000000000000000000000000001", "0")]
        [InlineData("0.0000000000000000000000000004", "0.0000000000000000000000000003")]
        [InlineData("-0.0000000000000000000000000001", "-0.0000000000000000000000000002")]
        public void Interpret_NearlyAFigureWhoseToleranceRoundsToZero_StillLiesJustBelowIt(string figure, string expectedLower)
        {
            // 10% of these figures is below decimal's resolution of 1e-28; the range must not collapse to the empty [x, x).
            var x = decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);
            var lower = decimal.Parse(expectedLower, System.Globalization.CultureInfo.InvariantCulture);

            var range = InterpretationPolicy.Default.Interpret(HedgedFigure.Of(Hedge.Nearly, x));

            range.Should().Be(new NumericRange(RangeBound.Closed(lower), RangeBound.Open(x)));
            range.Contains(x).Should().BeFalse();
        }

        [Fact]
        public void Interpret_HoldsTheFigureExactlyWhenTheHedgeIncludesIt()
        {
            var excluding = new[] { Hedge.MoreThan, Hedge.FewerThan, Hedge.Nearly, Hedge.Almost };
            PropertyRunner.ForAll(Figure(PositiveFigure).ToArbitrary(), Policy.ToArbitrary(), (figure, policy) =>
            {
                var range = policy.Interpret(figure);
                if (figure.StatedRange is { } stated)
                {
                    range.Should().Be(stated, "a stated range or vague amount is read as stated under every policy");
                    return;
                }

                var includes = !excluding.Contains(figure.Hedge);

                range.Contains(figure.Value).Should().Be(includes, $"{figure} under {policy} is {range}");
                if (figure.Hedge == Hedge.Between)
                {
                    range.Contains(figure.UpperValue!.Value).Should().BeTrue($"{figure} is {range}");
                }
            });
        }

        [Fact]
        public void Interpret_OneSidedHedges_AreUnboundedOnTheOpenSide()
        {
            PropertyRunner.ForAll(Figure(PositiveFigure).ToArbitrary(), Policy.ToArbitrary(), (figure, policy) =>
            {
                var range = policy.Interpret(figure);
                if (figure.StatedRange is { } stated)
                {
                    range.Should().Be(stated, "a stated range or vague amount is read as stated under every policy");
                    return;
                }

                var x = figure.Value;
                var unboundedAbove = figure.Hedge is Hedge.MoreThan or Hedge.AtLeast;
                var unboundedBelow = figure.Hedge is Hedge.FewerThan or Hedge.AtMost or Hedge.UpTo;

                range.Upper.IsUnbounded.Should().Be(unboundedAbove, $"{figure} is {range}");
                range.Lower.IsUnbounded.Should().Be(unboundedBelow, $"{figure} is {range}");
                var farAbove = (3m * x) + 1001m; // above 2x (the top of "about x" at tolerance 1) and above "between x and x + 1000"
                range.Contains(farAbove).Should().Be(unboundedAbove, $"{figure} is {range}; probing {farAbove}");
                range.Contains(-farAbove).Should().Be(unboundedBelow, $"{figure} is {range}; probing {-farAbove}");
            });
        }

        [Fact]
        public void Interpret_NearlyAndAlmost_StopShortOfTheFigureAndReachDownByTheTolerance()
        {
            var figures = from hedge in Gen.Elements(NearlyHedges.ToArray())
                          from x in PositiveFigure
                          select HedgedFigure.Of(hedge, x);
            PropertyRunner.ForAll(figures.ToArbitrary(), Policy.ToArbitrary(), (figure, policy) =>
            {
                var range = policy.Interpret(figure);
                var x = figure.Value;
                var bottom = x * (1m - policy.NearlyTolerance);

                range.Contains(x).Should().BeFalse($"{figure} under {policy} is {range}");
                range.Contains(bottom).Should().BeTrue($"{figure} under {policy} is {range} and must reach down to {bottom}");
                range.Should().Be(new NumericRange(RangeBound.Closed(bottom), RangeBound.Open(x)));
            });
        }

        [Fact]
        public void Interpret_AboutApproximatelyRoughly_HoldTheFigureAndAreSymmetricAboutIt()
        {
            var figures = from hedge in Gen.Elements(AboutHedges.ToArray())
                          from x in PositiveFigure
                          select HedgedFigure.Of(hedge, x);
            PropertyRunner.ForAll(figures.ToArbitrary(), Policy.ToArbitrary(), (figure, policy) =>
            {
                var range = policy.Interpret(figure);
                var x = figure.Value;
                var half = x * policy.ApproximateTolerance;

                range.Contains(x).Should().BeTrue($"{figure} under {policy} is {range}");
                range.Lower.IsClosed.Should().BeTrue();
                range.Upper.IsClosed.Should().BeTrue();
                (x - range.Lower.Value).Should().Be(range.Upper.Value - x, $"{range} must be symmetric about {x}");
                range.Should().Be(NumericRange.Closed(x - half, x + half), $"{figure} under {policy}");
            });
        }

        [Fact]
        public void Interpret_BareFigure_IsSymmetricByTheBareTolerance()
        {
            PropertyRunner.ForAll(PositiveFigure.ToArbitrary(), Policy.ToArbitrary(), (x, policy) =>
            {
                var range = policy.Interpret(HedgedFigure.Of(Hedge.None, x));
                var half = x * policy.BareFigureTolerance;

                range.Should().Be(NumericRange.Closed(x - half, x + half), $"bare {x} under {policy}");
                range.IsPoint.Should().Be(policy.BareFigureTolerance == 0m);
            });
        }
    }
}
