using System;
using ClaimRecon.Arithmetic;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Arithmetic
{
    /// <summary>Unit-carrying arithmetic and declared relations, with results worked out by hand.</summary>
    public sealed class UnitRangeAndRelationTests
    {
        private static readonly Unit UsdPerDayPerPerson = Unit.Parse("USD/day/person");
        private static readonly Unit UsdPerDay = Unit.Parse("USD/day");
        private static readonly Unit UsdPerMonth = Unit.Parse("USD/month");

        private static readonly QuantityKey Held = new("detainees", "held");
        private static readonly QuantityKey PerHead = new("detainees", "cost-per-detainee");
        private static readonly QuantityKey Daily = new("detainees", "cost-daily");
        private static readonly QuantityKey Monthly = new("detainees", "cost-monthly");

        [Fact]
        public void SevenThousandTimesTenDollars_IsSeventyThousandADay_AndAMonthOfItContainsTwoPointOneMillion()
        {
            var daily = new UnitRange(NumericRange.Point(7000), Unit.Person).Multiply(new UnitRange(NumericRange.Point(10), UsdPerDayPerPerson));
            daily.Range.Should().Be(NumericRange.Point(70000));
            daily.Unit.Should().Be(UsdPerDay);

            // A month is 28 to 31 days: 70,000 × 28 = 1,960,000 and 70,000 × 31 = 2,170,000.
            var monthly = daily.ConvertTo(UsdPerMonth);
            monthly.Range.Should().Be(NumericRange.Closed(1960000, 2170000));
            monthly.Unit.Should().Be(UsdPerMonth);
            monthly.Range.Contains(2100000m).Should().BeTrue();
            monthly.ToString().Should().Be("[1960000, 2170000] USD/month");
        }

        [Fact]
        public void TheJocRangeTimesTenDollars_ForAMonth_StopsAtOnePointEightSixMillion()
        {
            var moved = new UnitRange(NumericRange.Closed(5000, 6000), Unit.Person);
            var monthly = moved.Multiply(new UnitRange(NumericRange.Point(10), UsdPerDayPerPerson)).ConvertTo(UsdPerMonth);

            // 5,000 × 10 × 28 = 1,400,000; 6,000 × 10 × 31 = 1,860,000.
            monthly.Range.Should().Be(NumericRange.Closed(1400000, 1860000));
            monthly.Range.Contains(2100000m).Should().BeFalse();

            var open = new UnitRange(new NumericRange(RangeBound.Open(5000), RangeBound.Closed(6000)), Unit.Person)
                .Multiply(new UnitRange(NumericRange.Point(10), UsdPerDayPerPerson)).ConvertTo(UsdPerMonth);
            open.Range.Should().Be(new NumericRange(RangeBound.Open(1400000), RangeBound.Closed(1860000)));
        }

        [Fact]
        public void Divide_CarriesTheQuotientUnit()
        {
            var perHead = new UnitRange(NumericRange.Point(70000), UsdPerDay).Divide(new UnitRange(NumericRange.Point(7000), Unit.Person));
            perHead.Range.Should().Be(NumericRange.Point(10));
            perHead.Unit.Should().Be(UsdPerDayPerPerson);
        }

        [Fact]
        public void AddAndSubtract_ConvertTheOtherTermIntoThisUnit_WideningByTheMonthRange()
        {
            var days = new UnitRange(NumericRange.Point(2), Unit.Day).Add(new UnitRange(NumericRange.Point(1), Unit.Month));
            days.Range.Should().Be(NumericRange.Closed(30, 33));
            days.Unit.Should().Be(Unit.Day);

            var left = new UnitRange(NumericRange.Point(40), Unit.Day).Subtract(new UnitRange(NumericRange.Point(1), Unit.Month));
            left.Range.Should().Be(NumericRange.Closed(9, 12));
        }

        [Fact]
        public void AddingIncommensurableUnits_Throws_NamingBothUnits()
        {
            var people = new UnitRange(NumericRange.Point(1), Unit.Person);
            var dollars = new UnitRange(NumericRange.Point(1), Unit.UsDollar);
            FluentActions.Invoking(() => people.Add(dollars)).Should().Throw<ArgumentException>().WithMessage("*USD*person*");
            FluentActions.Invoking(() => people.ConvertTo(Unit.UsDollar)).Should().Throw<ArgumentException>().WithMessage("*person*USD*");
            FluentActions.Invoking(() => new UnitRange(NumericRange.Point(1), null!)).Should().Throw<ArgumentNullException>();
            FluentActions.Invoking(() => people.Multiply(null!)).Should().Throw<ArgumentNullException>();
        }

        [Fact]
        public void Product_PerPeriod_PercentOf_Sum_Ratio_EvaluateByHand()
        {
            var product = DerivedRelation.Product(Daily, Held, PerHead);
            product.Kind.Should().Be(RelationKind.Product);
            product.Operands.Should().Equal(Held, PerHead);
            product.ToString().Should().Be("detainees/cost-daily = detainees/held \u00D7 detainees/cost-per-detainee");
            var nearlySeven = new UnitRange(new NumericRange(RangeBound.Closed(6300), RangeBound.Open(7000)), Unit.Person);
            var aboutTen = new UnitRange(NumericRange.Closed(9, 11), UsdPerDayPerPerson);
            product.Evaluate(new[] { nearlySeven, aboutTen }, UsdPerDay).Range
                .Should().Be(new NumericRange(RangeBound.Closed(56700), RangeBound.Open(77000)), "6,300 × 9 and just under 7,000 × 11");

            DerivedRelation.PerPeriod(Monthly, Daily).Evaluate(new[] { new UnitRange(NumericRange.Point(70000), UsdPerDay) }, UsdPerMonth).Range
                .Should().Be(NumericRange.Closed(1960000, 2170000));

            var share = new QuantityKey("detainees", "turkish-share");
            var slated = new QuantityKey("detainees", "slated");
            var turkish = new QuantityKey("detainees", "turkish");
            DerivedRelation.PercentOf(turkish, share, slated)
                .Evaluate(new[] { new UnitRange(NumericRange.Closed(27, 33), Unit.Percent), new UnitRange(NumericRange.Point(7000), Unit.Person) }, Unit.Person)
                .Range.Should().Be(NumericRange.Closed(1890, 2310), "27% and 33% of 7,000");

            var a = new QuantityKey("t", "a");
            var b = new QuantityKey("t", "b");
            var c = new QuantityKey("t", "c");
            var total = new QuantityKey("t", "total");
            DerivedRelation.Sum(total, a, b, c)
                .Evaluate(new[] { new UnitRange(NumericRange.Point(10), Unit.Person), new UnitRange(NumericRange.Closed(1, 2), Unit.Person), new UnitRange(NumericRange.AtLeast(5), Unit.Person) }, Unit.Person)
                .Range.Should().Be(NumericRange.AtLeast(16));

            DerivedRelation.Ratio(PerHead, Daily, Held)
                .Evaluate(new[] { new UnitRange(NumericRange.Point(70000), UsdPerDay), new UnitRange(NumericRange.Closed(5000, 7000), Unit.Person) }, UsdPerDayPerPerson)
                .Range.Should().Be(NumericRange.Closed(10, 14));
        }

        [Fact]
        public void WithName_KeepsTheFormulaAndAddsTheName()
        {
            var named = DerivedRelation.PerPeriod(Monthly, Daily).WithName("monthly from daily");
            named.Name.Should().Be("monthly from daily");
            named.Target.Should().Be(Monthly);
            named.Kind.Should().Be(RelationKind.PerPeriod);
            FluentActions.Invoking(() => named.WithName(" ")).Should().Throw<ArgumentException>();
        }

        [Fact]
        public void TheTargetAmongItsOperands_Throws_NamingTheOperand()
        {
            FluentActions.Invoking(() => DerivedRelation.Product(Daily, Held, Daily))
                .Should().Throw<ArgumentException>().WithMessage("*operands[1]*detainees/cost-daily*itself*");
            FluentActions.Invoking(() => DerivedRelation.PerPeriod(Daily, Daily))
                .Should().Throw<ArgumentException>().WithMessage("*operands[0]*");
            FluentActions.Invoking(() => DerivedRelation.Ratio(Held, Held, Daily)).Should().Throw<ArgumentException>();
        }

        [Fact]
        public void TooFewOperands_Throws_SayingHowMany()
        {
            FluentActions.Invoking(() => DerivedRelation.Product(Daily, Held)).Should().Throw<ArgumentException>().WithMessage("*at least 2*got 1*");
            FluentActions.Invoking(() => DerivedRelation.Sum(Daily)).Should().Throw<ArgumentException>().WithMessage("*at least 2*got 0*");
            FluentActions.Invoking(() => DerivedRelation.Product(Daily, (QuantityKey[])null!)).Should().Throw<ArgumentNullException>();
            FluentActions.Invoking(() => DerivedRelation.Product(Daily, Held, null!)).Should().Throw<ArgumentNullException>().WithMessage("*operands[1]*");
            FluentActions.Invoking(() => DerivedRelation.Product(null!, Held, PerHead)).Should().Throw<ArgumentNullException>();
        }

        [Fact]
        public void Evaluate_WithTheWrongOperandCountOrUnits_Throws_NamingTheRelationAndUnits()
        {
            var product = DerivedRelation.Product(Daily, Held, PerHead);
            FluentActions.Invoking(() => product.Evaluate(new[] { new UnitRange(NumericRange.Point(1), Unit.Person) }, UsdPerDay))
                .Should().Throw<ArgumentException>().WithMessage("*takes 2 operands; got 1*");

            // person × person is person^2, which no conversion turns into USD/day.
            var people = new UnitRange(NumericRange.Point(1), Unit.Person);
            FluentActions.Invoking(() => product.Evaluate(new[] { people, people }, UsdPerDay))
                .Should().Throw<ArgumentException>().WithMessage("*detainees/cost-daily*person*USD/day*");
            FluentActions.Invoking(() => product.Evaluate(new[] { people, null! }, UsdPerDay)).Should().Throw<ArgumentNullException>();
        }
    }
}
