using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Where a name ends: a lowercase past form that does not end in "-ed" right after it is its verb ("Harbour Mills
    /// cut prices"), not part of the name. Sentences of our own.
    /// </summary>
    public sealed class NamePastVerbTests
    {
        [Theory]
        [InlineData("Harbour Mills cut prices on 40 lamps.", "40", "Harbour Mills")]
        [InlineData("Lena Park found homes for 30 dogs.", "30", "Lena Park")]
        public void APastFormAfterANameIsItsVerb(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void ACapitalisedWordInTheNameStaysInIt()
        {
            AboutTests.At("Harbour Cut Flowers sold 400 bunches.", "400").About.Should().Be("Harbour Cut Flowers");
        }
    }
}
