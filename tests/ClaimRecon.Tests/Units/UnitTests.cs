using System;
using ClaimRecon.Ranges;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Units
{
    public sealed class UnitTests
    {
        [Fact]
        public void CompoundUnitParsesToTheProductOfItsFactorsWithACanonicalSymbol()
        {
            var parsed = Unit.Parse("USD/person/day");

            parsed.Should().Be(Unit.UsDollar.Divide(Unit.Person).Divide(Unit.Day));
            parsed.Symbol.Should().Be("USD/day/person");
            parsed.ToString().Should().Be("USD/day/person");
            Unit.Parse(parsed.Symbol).Should().Be(parsed);
            parsed.Dimension.ToString().Should().Be("money:USD\u00B7person^-1\u00B7time^-1");
        }

        [Theory]
        [InlineData("people")]
        [InlineData("persons")]
        [InlineData("prisoners")]
        [InlineData("detainees")]
        [InlineData(" person ")]
        public void PluralsAndSynonymsOfPersonParseToPerson(string text)
        {
            var unit = Unit.Parse(text);

            unit.Should().Be(Unit.Person);
            unit.Symbol.Should().Be("person");
        }

        [Fact]
        public void MultiplyingByPersonCancelsPerPerson()
        {
            var product = Unit.Parse("USD/day/person").Multiply(Unit.Person);

            product.Should().Be(Unit.Parse("USD/day"));
            product.Symbol.Should().Be("USD/day");
        }

        [Fact]
        public void UnitDividedByItselfIsOne()
        {
            var one = Unit.Kilometre.Divide(Unit.Kilometre);

            one.Should().Be(Unit.One);
            one.Symbol.Should().Be("1");
            one.Dimension.IsDimensionless.Should().BeTrue();
        }

        [Fact]
        public void PercentAndOneAreCommensurableWithFactorOneHundredth()
        {
            Unit.Percent.IsCommensurableWith(Unit.One).Should().BeTrue();
            Unit.Parse("percent").Should().Be(Unit.Percent);
            Unit.Percent.ConversionFactorTo(Unit.One).Should().Be(NumericRange.Closed(0.01m, 0.01m));
            Unit.One.ConversionFactorTo(Unit.Percent).Should().Be(NumericRange.Point(100m));
        }

        [Fact]
        public void PercentagePointsAreNotCommensurableWithPercent()
        {
            Unit.PercentagePoint.IsCommensurableWith(Unit.Percent).Should().BeFalse();
            Unit.PercentagePoint.IsCommensurableWith(Unit.One).Should().BeFalse();
            FluentActions.Invoking(() => Unit.PercentagePoint.ConversionFactorTo(Unit.Percent))
                .Should().Throw<ArgumentException>().WithMessage("*pp*%*");
        }

        [Fact]
        public void DollarsPerDayToDollarsPerMonthIsTwentyEightToThirtyOne()
        {
            var factor = Unit.Parse("USD/day").ConversionFactorTo(Unit.Parse("USD/month"));

            factor.Should().Be(NumericRange.Closed(28m, 31m));
            factor.ToString().Should().Be("[28, 31]");
        }

        [Fact]
        public void DollarsPerMonthToDollarsPerDayIsTheReciprocalRange()
        {
            var factor = Unit.Parse("USD/month").ConversionFactorTo(Unit.Parse("USD/day"));

            factor.Should().Be(NumericRange.Closed(1m / 31m, 1m / 28m));
        }

        [Fact]
        public void PerPersonPerDayToPerPersonPerYearIsThreeHundredSixtyFiveToSix()
        {
            Unit.Parse("USD/day/person").ConversionFactorTo(Unit.Parse("USD/year/person")).Should().Be(NumericRange.Closed(365m, 366m));
        }

        [Theory]
        [InlineData("km", "m", "1000")]
        [InlineData("m", "km", "0.001")]
        [InlineData("mi", "km", "1.609344")]
        [InlineData("day", "h", "24")]
        [InlineData("week", "day", "7")]
        [InlineData("km^2", "m^2", "1000000")]
        [InlineData("person/day", "person/week", "7")]
        public void FixedUnitsConvertByASinglePoint(string from, string to, string factor)
        {
            var expected = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture);

            Unit.Parse(from).ConversionFactorTo(Unit.Parse(to)).Should().Be(NumericRange.Point(expected));
        }

        [Fact]
        public void KilometreToMetreIsExactlyOneThousand()
        {
            Unit.Kilometre.ConversionFactorTo(Unit.Parse("m")).Should().Be(NumericRange.Closed(1000m, 1000m));
        }

        [Fact]
        public void DifferentCurrenciesAreNotCommensurableAndConversionNamesBoth()
        {
            var euro = Unit.Currency("EUR");

            Unit.UsDollar.IsCommensurableWith(euro).Should().BeFalse();
            FluentActions.Invoking(() => Unit.UsDollar.ConversionFactorTo(euro))
                .Should().Throw<ArgumentException>().WithMessage("*USD*EUR*").Which.ParamName.Should().Be("target");
        }

        [Fact]
        public void UnknownCurrencyCodeThrowsNamingIt()
        {
            FluentActions.Invoking(() => Unit.Currency("XYZ"))
                .Should().Throw<ArgumentException>().WithMessage("*\"XYZ\"*").Which.ParamName.Should().Be("code");
            FluentActions.Invoking(() => Unit.Currency("person")).Should().Throw<ArgumentException>().WithMessage("*\"person\"*");
            Unit.Currency("IQD").Symbol.Should().Be("IQD");
        }

        [Fact]
        public void BitcoinIsTheCurrencyXbtWhoseSatoshiIsOneHundredMillionth()
        {
            Unit.Currency("BTC").Should().Be(Unit.Currency("XBT"));
            Unit.Parse("sat").ConversionFactorTo(Unit.Currency("XBT")).Should().Be(NumericRange.Point(0.00000001m));
            Unit.Parse("sat").IsCommensurableWith(Unit.UsDollar).Should().BeFalse();
            FluentActions.Invoking(() => Unit.Currency("sat")).Should().Throw<ArgumentException>().WithMessage("*\"sat\"*");
            FluentActions.Invoking(() => Unit.Currency("bitcoin")).Should().Throw<ArgumentException>().WithMessage("*\"bitcoin\"*");
        }

        [Fact]
        public void OpaqueUnitEqualsItselfOnly()
        {
            var barrel = Unit.Opaque("barrel");

            barrel.Should().Be(Unit.Parse("{barrel}"));
            barrel.Should().NotBe(Unit.Opaque("gallon"));
            barrel.Symbol.Should().Be("{barrel}");
            barrel.IsOpaque.Should().BeTrue();
            barrel.IsCommensurableWith(Unit.Opaque("gallon")).Should().BeFalse();
            barrel.IsCommensurableWith(Unit.One).Should().BeFalse();
            Unit.Parse("USD/{barrel}").IsOpaque.Should().BeTrue();
            Unit.UsDollar.IsOpaque.Should().BeFalse();
        }

        [Fact]
        public void UnknownUnitThrowsSuggestingAnOpaqueUnit()
        {
            FluentActions.Invoking(() => Unit.Parse("furlongs"))
                .Should().Throw<FormatException>().WithMessage("*\"furlongs\" is not a known unit*{furlongs}*");
            Unit.TryParse("furlongs", out var unit).Should().BeFalse();
            unit.Should().BeNull();
        }

        [Theory]
        [InlineData("", "empty")]
        [InlineData("USD/", "empty factor")]
        [InlineData("km^0", "\"0\" is not a non-zero whole exponent")]
        [InlineData("km^x", "\"x\" is not a non-zero whole exponent")]
        [InlineData("{}", "not a valid opaque unit")]
        public void MalformedUnitTextThrowsFormatException(string text, string why)
        {
            FluentActions.Invoking(() => Unit.Parse(text)).Should().Throw<FormatException>().WithMessage($"*{why}*");
        }

        [Theory]
        [InlineData("a/b")]
        [InlineData("{a}")]
        [InlineData(" ")]
        public void OpaqueNameWithOperatorsOrBracesOrBlankIsRefused(string name)
        {
            FluentActions.Invoking(() => Unit.Opaque(name)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        }

        [Fact]
        public void DimensionsCombineByAddingExponents()
        {
            var money = Dimension.Of("money:USD");
            var time = Dimension.Of("time");

            money.Divide(time).Multiply(time).Should().Be(money);
            time.Pow(2).ToString().Should().Be("time^2");
            time.Pow(0).Should().Be(Dimension.None);
            Dimension.None.ToString().Should().Be("1");
            money.Divide(time).Exponents.Should().Equal(
                new System.Collections.Generic.KeyValuePair<string, int>("money:USD", 1), new System.Collections.Generic.KeyValuePair<string, int>("time", -1));
            FluentActions.Invoking(() => Dimension.Of("a^b")).Should().Throw<ArgumentException>().WithMessage("*\"a^b\"*");
        }
    }
}
