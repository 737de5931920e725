using System.Linq;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Speakers joined by "and" are one source wherever the coordination opens its clause (session 20, from PolNeAR's
    /// train split): after an opening phrase, after "that" or "But", with a pronoun first, with "both", as a list, and
    /// as a document's authors. Sentences of our own, with the clauses the rule must leave alone.
    /// </summary>
    public sealed class CoordinatedSubjectTests
    {
        [Theory]
        [InlineData("In Dover, the mayor and her aides said 40 schools would close.", "the mayor and her aides")]
        [InlineData("After the vote, Ms. Okafor and two deputies said 12 wards had been counted.", "Ms. Okafor and two deputies")]
        [InlineData("He and his deputies have said 40 schools would close.", "He and his deputies")]
        [InlineData("The clerk wrote that he and the treasurer had said 12 invoices were unpaid.", "he and the treasurer")]
        [InlineData("But dock owners and their insurers say 300 boats were lost.", "dock owners and their insurers")]
        [InlineData("Both the ferry union and the harbor board confirmed that 14 crossings were cut.", "Both the ferry union and the harbor board")]
        [InlineData("Farmers, truckers and dock workers said 300 jobs were at risk.", "Farmers, truckers and dock workers")]
        [InlineData("Farm unions, haulage firms, and county officials said 300 jobs were at risk.", "Farm unions, haulage firms, and county officials")]
        [InlineData("A study by Lakeside College and the state water board found that 30 wells were dry.", "A study by Lakeside College and the state water board")]
        public void SpeakersJoinedByAndAreOneSource(string text, string source)
        {
            var statements = Reading.Of(text).Statements;
            var s = statements[statements.Count - 1];

            s.Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("Turnout rose, the mayor and her staff say 40 schools would close.", "her staff")]
        [InlineData("He resigned and his aides said 40 schools would close.", "his aides")]
        [InlineData("The plant closed and workers said 40 jobs went.", "workers")]
        public void AClauseBeforeTheLastConjunctIsNoPartOfTheSource(string text, string source)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Source!.Value.Text.Should().Be(source);
        }
    }
}
