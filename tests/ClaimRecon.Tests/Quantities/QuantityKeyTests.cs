using System;
using System.Linq;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Quantities
{
    public sealed class QuantityKeyTests
    {
        [Fact]
        public void ParseSplitsSubjectAndMeasureAndToStringJoinsThem()
        {
            var key = QuantityKey.Parse("isis-detainees-syria-iraq/transferred");

            key.Subject.Should().Be("isis-detainees-syria-iraq");
            key.Measure.Should().Be("transferred");
            key.ToString().Should().Be("isis-detainees-syria-iraq/transferred");
            QuantityKey.Parse(key.ToString()).Should().Be(key);
        }

        [Fact]
        public void PartsAreTrimmed()
        {
            var key = QuantityKey.Parse("  detainees / held ");

            key.Subject.Should().Be("detainees");
            key.Measure.Should().Be("held");
            key.ToString().Should().Be("detainees/held");
        }

        [Theory]
        [InlineData("a/b/c")]
        [InlineData("/x")]
        [InlineData("x/")]
        [InlineData("x")]
        [InlineData(" / ")]
        [InlineData("")]
        public void BadKeyThrowsFormatExceptionQuotingTheText(string text)
        {
            FluentActions.Invoking(() => QuantityKey.Parse(text))
                .Should().Throw<FormatException>().WithMessage($"\"{text}\" is not a quantity key*");
            QuantityKey.TryParse(text, out var key).Should().BeFalse();
            key.Should().BeNull();
        }

        [Fact]
        public void ConstructorRefusesASlashInAPartNamingThePart()
        {
            FluentActions.Invoking(() => new QuantityKey("a/b", "c"))
                .Should().Throw<ArgumentException>().WithMessage("*\"a/b\"*").Which.ParamName.Should().Be("subject");
            FluentActions.Invoking(() => new QuantityKey("a", " "))
                .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("measure");
        }

        [Fact]
        public void KeysOrderOrdinallyBySubjectThenMeasure()
        {
            var keys = new[] { "b/a", "a/b", "B/z", "a/a" }.Select(QuantityKey.Parse).ToList();

            keys.OrderBy(k => k).Select(k => k.ToString()).Should().Equal("B/z", "a/a", "a/b", "b/a");
            (QuantityKey.Parse("a/a") < QuantityKey.Parse("a/b")).Should().BeTrue();
            (QuantityKey.Parse("a/b") >= QuantityKey.Parse("a/b")).Should().BeTrue();
            (null < QuantityKey.Parse("a/b")).Should().BeTrue();
            QuantityKey.Parse("a/b").CompareTo(null).Should().BePositive();
        }

        [Fact]
        public void QuantityRefusesUndefinedKindAndBlankDescription()
        {
            var key = QuantityKey.Parse("a/b");

            FluentActions.Invoking(() => new Quantity(key, Unit.Person, (QuantityKind)99, ValueDomain.NonNegativeInteger))
                .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*99*").Which.ParamName.Should().Be("kind");
            FluentActions.Invoking(() => new Quantity(key, Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeInteger, " "))
                .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("description");
            new Quantity(key, Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger).ToString().Should().Be("a/b (Cumulative, person)");
        }
    }
}
