using System.Linq;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A participle of saying with no cue before it says what the sentence's subject said: after "by", "after", "before" or
    /// "upon" as after a comma, past an opening phrase or subordinate clause with its comma (of time or place too: "Later
    /// that day,", "Here in Dover,"), and with the descriptions set off after a name; a word opening a subordinate clause
    /// is never that subject (session 24, from PolNeAR train misses: such participles had no statement, or the
    /// source "When ..." or "Although ..."). Sentences of our own.
    /// </summary>
    public sealed class ParticipleSubjectTests
    {
        [Theory]
        [InlineData("Ortiz closed the meeting by saying 12 ferries would be sold.", "Ortiz", "saying", "12 ferries would be sold")]
        [InlineData("The union ended its strike after telling members that 300 jobs were safe.", "The union", "telling", "300 jobs were safe")]
        [InlineData("The harbor chief surprised the council by arguing that 40 boats were unsafe.", "The harbor chief", "arguing", "40 boats were unsafe")]
        public void AParticipleAfterAPrepositionOfMeansTakesTheSentenceSubject(string text, string source, string cue, string content)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be(source);
            statement.Cue.Text.Should().Be(cue);
            statement.Content.Text.Should().Be(content);
        }

        [Fact]
        public void ACueBeforeThePrepositionIsTheOneStatement()
        {
            var statement = Reading.Of("Ortiz responded by saying 12 ferries would be sold.").Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be("Ortiz");
            statement.Cue.Text.Should().Be("responded");
        }

        [Theory]
        [InlineData("On Tuesday, Ortiz backed the ferry plan, saying 40 boats would be sold.", "Ortiz", "40 boats would be sold")]
        [InlineData("While the board met downtown, the mayor toured the docks, saying 12 ferries were idle.", "the mayor", "12 ferries were idle")]
        [InlineData("Although the board voted no, Ortiz kept the plan, saying 40 boats would be sold.", "Ortiz", "40 boats would be sold")]
        public void TheSubjectFollowsAnOpeningPhraseAndItsComma(string text, string source, string content)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be(source);
            statement.Cue.Text.Should().Be("saying");
            statement.Content.Text.Should().Be(content);
        }

        [Theory]
        [InlineData("Later that day, Ortiz toured the docks, saying 12 ferries were idle.", "Ortiz")]
        [InlineData("Last week, the mayor closed two piers, saying 40 boats were unsafe.", "the mayor")]
        [InlineData("Here in Dover, Ortiz backed the plan, saying 40 boats would be sold.", "Ortiz")]
        [InlineData("On Monday, after a long meeting, Ortiz backed the plan, saying 40 boats would be sold.", "Ortiz")]
        public void TheSubjectFollowsAnOpeningPhraseOfTimeOrPlace(string text, string source)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be(source);
            statement.Cue.Text.Should().Be("saying");
        }

        [Theory]
        [InlineData("Lena Ortiz, president of the harbor board, closed the meeting, saying 40 boats were sold.", "Lena Ortiz, president of the harbor board,", "saying")]
        [InlineData("Ortiz, who runs the depot, praised the crews, noting that 300 had worked overtime.", "Ortiz, who runs the depot,", "noting")]
        [InlineData("Ortiz, the mayor, toured the docks, then left, saying 12 ferries were idle.", "Ortiz, the mayor,", "saying")]
        public void ANamedSubjectKeepsItsDescriptions(string text, string source, string cue)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be(source);
            statement.Cue.Text.Should().Be(cue);
        }

        [Theory]
        [InlineData("When Ortiz spoke she thanked the crews, saying 300 had worked overtime.")]
        [InlineData("Although Ortiz lost the vote she kept the plan, saying 40 boats would be sold.")]
        [InlineData("There is talk about the plan, saying 12 ferries are idle.")]
        public void AWordOpeningASubordinateClauseIsNoSubject(string text)
        {
            Reading.Of(text).Statements.Where(s => s.Source is { } source && source.Text.Split(' ')[0] is "When" or "Although" or "There")
                .Should().BeEmpty();
        }
    }
}
