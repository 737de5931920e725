using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Weak verbs that name an act of saying ("vowed", "cited", "urged", "sought") after a bare pronoun with no "that",
    /// and verbs of judging aloud ("blasted", "described", "condemned"): found from the misses of PolNeAR's train split
    /// (session 17). One sentence of our own each, and the object-first clauses the rules must leave alone.
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
        [InlineData("The mayor blasted the plan to close 12 depots.", "blasted", "The mayor", "the plan to close 12 depots")]
        [InlineData("Councillor Ruiz described the 40 closures as reckless.", "described", "Councillor Ruiz", "the 40 closures as reckless")]
        [InlineData("The ferry union condemned the 15 percent fare rise.", "condemned", "The ferry union", "the 15 percent fare rise")]
        [InlineData("Polls show as many as 30 percent of riders are unhappy.", "show", "Polls", "as many as 30 percent of riders are unhappy")]
        public void AVerbOfJudgingAloudIsACue(string text, string cue, string source, string content)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be(cue);
            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().Be(content);
        }

        [Theory]
        [InlineData("It was a figure the board described as preliminary, 40 buses.")]
        [InlineData("The union blasted out a robocall to 4,000 members.")]
        public void AnObjectBeforeAWeakVerbOrASendingVerbIsNoCue(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }

        [Theory]
        [InlineData("The ferry union, by contrast, said 40 sailings were cut.")]
        [InlineData("The ferry union, for example, said 40 sailings were cut.")]
        [InlineData("The ferry union, in fact, said 40 sailings were cut.")]
        public void ASentenceAdverbBetweenCommasStandsBetweenSubjectAndVerb(string text)
        {
            Reading.Of(text).Statements.Should().ContainSingle().Which.Source!.Value.Text.Should().Be("The ferry union");
        }

        [Fact]
        public void AWeakVerbInARelativeClauseKeepsTheAppositive()
        {
            var s = Reading.Of("Dana Reyes, a driver who described herself as cautious, said 40 buses were late.").Statements.Single(x => x.Cue.Text == "said");

            s.Source!.Value.Text.Should().Be("Dana Reyes, a driver who described herself as cautious,");
        }

        [Fact]
        public void ARelativeClauseWithAWeakVerbBetweenCommasDescribesTheSpeaker()
        {
            var s = Reading.Of("Lee Ortiz, who was listed as a delegate, told the Courier that 40 buses were late.").Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be("told");
            s.Source!.Value.Text.Should().Be("Lee Ortiz, who was listed as a delegate,");
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
