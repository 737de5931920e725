using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// A subject that opens its clause with a possessive and plain words before a name keeps them ("The firm's new Kettle 9":
    /// the firm's kettle, not any Kettle 9). Sentences of our own.
    /// </summary>
    public sealed class OwnerBeforeNameTests
    {
        [Theory]
        [InlineData("The firm's new Kettle 9 holds 2 litres.", "2 litres", "firm's new Kettle 9")]
        [InlineData("The council's chief planner Lena Park approved 300 homes.", "300", "council's chief planner Lena Park")]
        public void APossessiveOpeningTheSubjectStaysWithTheName(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void APossessiveAfterAPrepositionIsNoPartOfTheName()
        {
            AboutTests.At("In the town's north Harbour Mills employs 300 people.", "300").About.Should().Be("Harbour Mills");
        }
    }
}
