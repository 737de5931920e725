using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>The per-token table packed into each <see cref="Token"/>: shape, number value, word class and cut string kept apart.</summary>
    public sealed class TokenTableTests
    {
        [Fact]
        public void NumberShapesAndValuesSurviveThePacking()
        {
            var cursor = new TokenCursor("paid 12,345.678 then 999999999999999999 and 0.5 or 1234567890123456789");
            var t = cursor.Tokens;
            t[1].Kind.Should().Be(TokenKind.Number);
            t[1].Grouped.Should().BeTrue();
            t[1].HasFraction.Should().BeTrue();
            t[1].Digits.Should().Be(8);
            t[1].Scale.Should().Be(3);
            t[1].SpaceBefore.Should().BeTrue();
            cursor.ValueOf(1).Should().Be(12345.678m);

            t[3].Digits.Should().Be(18);
            t[3].Grouped.Should().BeFalse();
            cursor.ValueOf(3).Should().Be(999999999999999999m);

            cursor.ValueOf(5).Should().Be(0.5m);
            t[5].Scale.Should().Be(1);

            t[7].Digits.Should().Be(0, "more than 18 digits are too many to be a quantity");
            cursor.ValueOf(7).Should().Be(0m);
        }

        [Fact]
        public void ClassAndCutStringAreKeptInTheTokenWithoutTouchingItsShape()
        {
            var cursor = new TokenCursor("Costs rose, 20");
            cursor.Str(1).Should().Be("rose");
            cursor.ClassOf(1).Should().HaveFlag(WordClass.Up);
            cursor.Str(1).Should().BeSameAs(cursor.Str(1), "a token's string is cut once");
            cursor.Str(0).Should().Be("Costs");
            cursor.Str(2).Should().Be(",");
            cursor.Str(3).Should().Be("20");
            cursor.ValueOf(3).Should().Be(20m, "cutting the string leaves the number's value alone");
            cursor.Tokens[3].Digits.Should().Be(2);
            cursor.Tokens[1].Kind.Should().Be(TokenKind.Word);
            cursor.Tokens[1].SpaceBefore.Should().BeTrue();
            cursor.Tokens[2].SpaceBefore.Should().BeFalse();
            cursor.Tokens[1].Start.Should().Be(6);
            cursor.Tokens[1].End.Should().Be(10);
        }

        [Fact]
        public void SlotsPastTheLastTokenReadAsAZeroNumber()
        {
            var cursor = new TokenCursor("7");
            cursor.Tokens.Length.Should().BeGreaterThan(cursor.Count);
            cursor.Tokens[cursor.Count].Kind.Should().Be(TokenKind.Number);
            cursor.ValueOf(cursor.Count).Should().Be(0m);
            cursor.ValueOf(0).Should().Be(7m);
        }

        [Fact]
        public void ARateIsWorkedOutOncePerPassAndSharedByTheMentionsThatRepeatIt()
        {
            var cursor = new TokenCursor("x");
            var dollar = Unit.Currency("USD");
            var day = Unit.Parse("d");
            var perDay = cursor.Per(dollar, day);
            perDay.Should().Be(dollar.Divide(day));
            cursor.Per(dollar, day).Should().BeSameAs(perDay, "the second asking finds the first answer");
            cursor.Per(Unit.Currency("EUR"), day).Should().Be(Unit.Currency("EUR").Divide(day), "another numerator is another rate");
            cursor.Per(dollar, Unit.Person).Should().Be(dollar.Divide(Unit.Person), "another denominator is another rate");
        }

        [Fact]
        public void RepeatedRatesInOneTextEachKeepTheirOwnUnits()
        {
            var result = Extract.All("The canteen spends $3 per person per day, the hostel spends €5 per person per day, and the "
                + "clinic spends $3 per person per day again; the bus costs $2 per day.");
            result.Mentions.Select(m => m.Unit).Should().Equal(
                Unit.Currency("USD").Divide(Unit.Person).Divide(Unit.Parse("d")),
                Unit.Currency("EUR").Divide(Unit.Person).Divide(Unit.Parse("d")),
                Unit.Currency("USD").Divide(Unit.Person).Divide(Unit.Parse("d")),
                Unit.Currency("USD").Divide(Unit.Parse("d")));
        }
    }
}
