using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// What changes in a forecast change ("Sales are forecast to rise 2%"): the change verb after "to" and the forecast
    /// word before it are verbs, not the measured thing (<see cref="ClaimRecon.Articles.Identity.MentionIdentity.Thing"/>),
    /// session 18. Sentences of our own.
    /// </summary>
    public sealed class InfinitiveChangeTests
    {
        [Theory]
        [InlineData("Sales are forecast to rise 2% this year.", "2%", "Sales")]
        [InlineData("Prices are expected to grow 5%.", "5%", "Prices")]
        [InlineData("Ticket sales are set to climb to 3 million.", "3 million", "Ticket sales")]
        public void TheSubjectBeforeAForecastChangeIsTheThing(string sentence, string figure, string thing)
        {
            var m = AboutTests.At(sentence, figure);
            m.Thing.Should().Be(thing);
            m.About.Should().Be(thing);
        }
    }
}
