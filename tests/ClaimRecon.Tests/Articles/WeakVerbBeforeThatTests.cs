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
        [InlineData("Cement makers argue that 40 plants closed.", "argue", "Cement makers")]
        [InlineData("The inquiry has concluded that 12 files were lost.", "has concluded", "The inquiry")]
        [InlineData("Unless turnout rises, strategists think that 2 seats will fall.", "think", "strategists")]
        public void ANounPhraseOpeningItsClauseIsTheSourceOfAWeakVerbBeforeThat(string text, string cue, string source)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be(cue);
            s.Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("Cement makers argue 40 plants closed.")]
        [InlineData("He repeated his recent claim that 40 plants closed.")]
        [InlineData("Families waited in hopes that 40 buses would come.")]
        public void WithoutThatOrWithANounBeforeThatThereIsNoStatement(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }
    }
}
