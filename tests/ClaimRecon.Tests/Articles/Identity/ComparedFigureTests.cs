using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What a figure is about (<see cref="ClaimRecon.Articles.Identity.MentionIdentity.About"/>) when it is set against
    /// the figure before it. Sentences of our own.
    /// </summary>
    public sealed class ComparedFigureTests
    {
        [Theory]
        [InlineData("The fund keeps 40 per cent of its assets in cash, down from 55 per cent.", "40 per cent", "55 per cent", "assets, fund")]
        [InlineData("The orchard's yield was 12 tonnes, down from a peak of 19 tonnes.", "12 tonnes", "19 tonnes", "orchard's yield")]
        [InlineData("Exports made up 30 per cent of output, compared with 25 per cent a decade ago.", "30 per cent", "25 per cent", "output, Exports")]
        [InlineData("Grain makes up 62 per cent of the port's cargo, compared to 58 per cent last year.", "62 per cent", "58 per cent", "port's cargo, Grain")]
        [InlineData("Grain was 62 per cent of the cargo in May versus 58 per cent in April.", "62 per cent", "58 per cent", "cargo, Grain")]
        public void AFigureSetAgainstTheOneBeforeItIsAboutWhatThatOneIsAbout(string sentence, string first, string second, string about)
        {
            AboutTests.At(sentence, first).About.Should().Be(about);
            AboutTests.At(sentence, second).About.Should().Be(about);
        }

        [Fact]
        public void AFigureInAnotherUnitAfterFromIsNotSetAgainstTheOneBefore()
        {
            // "from 300 staff": a count, not the percentage's earlier value.
            (AboutTests.At("Lakeside Mills cut its payroll by 12 per cent, down from 300 staff.", "300").About ?? string.Empty).Should().NotContain("payroll");
        }
    }
}
