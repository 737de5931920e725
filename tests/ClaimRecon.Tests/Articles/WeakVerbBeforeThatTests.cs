using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A weak reporting verb ("argue", "think", "has concluded") with "that" after it reports what any noun phrase opening
    /// its clause says, not only a source noun or a name (session 20, from PolNeAR's train split). Sentences of our own,
    /// with the nouns before "that" the rule must leave alone.
    /// </summary>
    public sealed class WeakVerbBeforeThatTests
    {
        [Theory]
        [InlineData("Brick makers argue that 40 kilns closed.", "argue", "Brick makers")]
        [InlineData("The inquiry has concluded that 12 files were lost.", "has concluded", "The inquiry")]
        [InlineData("Unless turnout rises, pollsters think that 2 seats will fall.", "think", "pollsters")]
        public void ANounPhraseOpeningItsClauseIsTheSourceOfAWeakVerbBeforeThat(string text, string cue, string source)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be(cue);
            s.Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("Brick makers argue 40 kilns closed.")]
        [InlineData("He repeated his earlier claim that 40 kilns closed.")]
        [InlineData("Families waited in hopes that 40 buses would come.")]
        public void WithoutThatOrWithANounBeforeThatThereIsNoStatement(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }
    }
}
