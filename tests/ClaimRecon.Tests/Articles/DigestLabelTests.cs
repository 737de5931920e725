using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A digest quoting other writers labels each quotation with their names after a dash: two people joined by "and"
    /// ("- Lena Ortiz and Tomas Brandt: “...”") and "More from" before the names ("- More from Ortiz and Brandt: “...”")
    /// name the speakers, as one name did. Names joined by "and" before a colon with no quotation after it stay a title.
    /// Sentences of our own, after an opening paragraph (the headline has its own rule).
    /// </summary>
    public sealed class DigestLabelTests
    {
        private const string Opening = "Harbor digest for Monday.\n\n";

        [Theory]
        [InlineData("FERRY FARES ARE NOT THE WHOLE STORY - Lena Ortiz and Tomas Brandt: \u201CThe levy would raise 4 million dollars a year.\u201D", "Lena Ortiz and Tomas Brandt")]
        [InlineData("Some more on the harbor - More from Ortiz and Brandt: \u201COf the 300 berths, 40 stand empty.\u201D", "Ortiz and Brandt")]
        [InlineData("More from Ortiz: \u201COf the 300 berths, 40 stand empty.\u201D", "Ortiz")]
        public void TheNamesBeforeTheColonAreTheSpeakers(string line, string source)
        {
            var statement = Reading.Of(Opening + line).Statements.Single(s => s.Cue.Text == ":");

            statement.Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void NamesJoinedByAndBeforeATitleAreNoSpeakers()
        {
            Reading.Of(Opening + "Ortiz and Brandt: A Rivalry of 40 Years").Statements.Should().BeEmpty();
        }
    }
}
