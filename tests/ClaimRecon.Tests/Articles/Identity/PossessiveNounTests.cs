using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What a figure measures when its noun follows a possessive: the word after "'s" is a noun ("the airline's costs",
    /// "the town's spending"), never a verb that ends the phrase. Sentences of our own.
    /// </summary>
    public sealed class PossessiveNounTests
    {
        [Theory]
        [InlineData("The airline's costs rose 4 per cent.", "4 per cent", "airline's costs")]
        [InlineData("The town's spending rose to $4 million.", "$4 million", "town's spending")]
        [InlineData("Fuel is 22 per cent of the airline's costs.", "22 per cent", "airline's costs")]
        public void TheWordAfterAPossessiveIsPartOfTheThing(string sentence, string figure, string thing)
        {
            AboutTests.At(sentence, figure).Thing.Should().Be(thing);
        }

        [Fact]
        public void TwoPropertiesOfOneOwnerAreTwoQuantities()
        {
            // Both were keyed by the owner alone ("airline's"), so its costs and its borrowing were one quantity.
            var costs = AboutTests.At("The airline's costs rose 4 per cent.", "4 per cent");
            var borrowing = AboutTests.At("The airline's borrowing rose 4 per cent.", "4 per cent");

            costs.Key.Should().NotBe(borrowing.Key);
        }

        [Theory]
        [InlineData("The airline's fares rose 4 per cent.", "4 per cent", "airline's fares")]
        [InlineData("Harbour's up 4 per cent this year.", "up 4 per cent", "Harbour's")]
        public void APlainNounOrAnIsAfterTheNameKeepsItsReading(string sentence, string figure, string thing)
        {
            AboutTests.At(sentence, figure).Thing.Should().Be(thing);
        }
    }
}
