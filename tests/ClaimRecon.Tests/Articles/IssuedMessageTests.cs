using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// "X issued a statement saying ...": issuing the message is the act of saying, so the cue runs from the verb that
    /// issued it and X is the source (session 22, from PolNeAR train misses where the source read was "X issued a
    /// statement", or "released a statement" for a subject with an appositive). Sentences of our own.
    /// </summary>
    public sealed class IssuedMessageTests
    {
        [Theory]
        [InlineData("The harbor board issued a statement saying 40 boats were sold.", "The harbor board", "issued a statement saying", "40 boats were sold")]
        [InlineData("The ferry union put out a brief statement late Tuesday saying 300 crew had walked out.", "The ferry union", "put out a brief statement late Tuesday saying", "300 crew had walked out")]
        [InlineData("Lena Ortiz, the board chair, issued a short note confirming that 12 ferries were sold.", "Lena Ortiz, the board chair,", "issued a short note confirming", "12 ferries were sold")]
        [InlineData("The dockers' union sent a letter on Monday urging the board to keep 40 boats.", "The dockers' union", "sent a letter on Monday urging", "the board to keep 40 boats")]
        [InlineData("The firm also released a report saying 12 ferries were unsafe.", "The firm", "also released a report saying", "12 ferries were unsafe")]
        [InlineData("The ferry union issued a statement on Friday, saying 300 crew had walked out.", "The ferry union", "issued a statement on Friday, saying", "300 crew had walked out")]
        public void TheIssuingVerbOpensTheCue(string text, string source, string cue, string content)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be(source);
            statement.Cue.Text.Should().Be(cue);
            statement.Content.Text.Should().Be(content);
        }

        [Fact]
        public void AColonAfterTheParticipleTakesTheQuotation()
        {
            var statement = Reading.Of("Her campaign sent out an email to donors saying: \"We raised $2 million.\"").Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be("Her campaign");
            statement.Cue.Text.Should().Be("sent out an email to donors saying:");
        }

        [Fact]
        public void APostedMessageIsOneStatement()
        {
            var statement = Reading.Of("The campaign posted a video saying Ortiz owned 3 homes.").Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be("The campaign");
            statement.Cue.Text.Should().Be("posted a video saying");
        }

        [Fact]
        public void AParticipleAfterACommaStillTakesTheClauseSubject()
        {
            var statement = Reading.Of("The board met on Monday, saying 40 boats were sold.").Statements.Should().ContainSingle().Which;
            statement.Cue.Text.Should().Be("saying");
        }
    }
}
