using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// A change's subject described between commas before its verb: the name before the description is what changed (the
    /// thing, so two subjects described alike are not one quantity), and the description stays in About; an adverb or a
    /// relative clause between the commas is passed over. Sentences of our own.
    /// </summary>
    public sealed class AppositiveSubjectTests
    {
        private const string Pair = "Ferries, last year's best performing stock, dropped 1.6%, while rail, the worst performing stock, fell 0.9%.";

        [Theory]
        [InlineData("1.6%", "Ferries", "Ferries, last year's best performing stock")]
        [InlineData("0.9%", "rail", "rail, the worst performing stock")]
        public void TheNameBeforeTheDescriptionIsWhatChanged(string figure, string thing, string about)
        {
            var m = AboutTests.At(Pair, figure);

            m.Thing.Should().Be(thing);
            m.About.Should().Be(about);
        }

        [Fact]
        public void ARelativeClauseBetweenCommasIsNoDescription()
        {
            AboutTests.At("Shares of Harbour Mills, which makes ferries, rose 2%.", "2%").About.Should().NotStartWith("Shares of Harbour Mills,");
        }

        [Theory]
        [InlineData("The index, however, rose 2%.", "index")]
        [InlineData("Shares of Harbour Mills, which makes ferries, rose 2%.", "Harbour Mills")]
        public void AnAsideBetweenCommasIsPassedOver(string sentence, string thing)
        {
            AboutTests.At(sentence, "2%").Thing.Should().Be(thing);
        }
    }
}
