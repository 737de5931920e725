using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Weak verbs that name an act of saying ("vowed", "cited", "urged", "sought") after a bare pronoun with no "that":
    /// found from the misses of PolNeAR's train split (session 17). One sentence of our own each, and the object-first
    /// clauses the rule must leave alone.
    /// </summary>
    public sealed class SpeechActCueTests
    {
        [Theory]
        [InlineData("He vowed to cut the ferry fare by 20 percent.", "vowed", "He", "to cut the ferry fare by 20 percent")]
        [InlineData("And she pledged to hire 40 more drivers.", "pledged", "she", "to hire 40 more drivers")]
        [InlineData("She calls for $2 billion in new spending on roads.", "calls for", "She", "$2 billion in new spending on roads")]
        [InlineData("He cited a survey in which 40 percent of riders complained.", "cited", "He", "a survey in which 40 percent of riders complained")]
        [InlineData("It sought $5 million in flood aid.", "sought", "It", "$5 million in flood aid")]
        [InlineData("She also asked whether 30 buses were late.", "also asked", "She", "whether 30 buses were late")]
        [InlineData("They urged the council to fund 12 more stops.", "urged", "They", "the council to fund 12 more stops")]
        public void ASpeechActAfterABarePronounIsACue(string text, string cue, string source, string content)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be(cue);
            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().Be(content);
        }

        [Theory]
        [InlineData("The depot met the target it pledged to reach, 40 buses.")]
        [InlineData("The losses he blamed on the storm came to $5 million.")]
        [InlineData("The raise he seeks to the wage is 40 percent.")]
        [InlineData("The deals, which he estimates will last 10 years, are worth $5 million.")]
        [InlineData("They did what he urged to do with 40 buses.")]
        [InlineData("He thinks 40 buses were late.")]
        [InlineData("She wants 40 more buses.")]
        public void AnObjectBeforeThePronounOrABeliefIsNoCue(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }
    }
}
