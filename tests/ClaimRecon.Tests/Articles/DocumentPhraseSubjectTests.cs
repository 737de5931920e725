using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A document named with a long phrase after its head is the subject of its verb ("Figures from a phone survey run by a
    /// research group for the harbor board and two unions show"): the subject read leftwards from the verb stopped inside
    /// the phrase, at "and", "by" or a comma, and gave no statement or a source inside it ("Fisheries and
    /// Forestry"); the memo sent "by the port authority" was read before and stays. A document inside an opening phrase, or a past form with its object in the
    /// phrase ("forced the mayor to"), is no such subject. Sentences of our own.
    /// </summary>
    public sealed class DocumentPhraseSubjectTests
    {
        [Theory]
        [InlineData("Figures from a phone survey run by a research group for the harbor board and two unions show 40 percent of members backed the levy.", "show",
            "Figures from a phone survey run by a research group for the harbor board and two unions")]
        [InlineData("A study published in June by the Academy of Farming, Fisheries and Forestry found 40 farms had closed.", "found",
            "A study published in June by the Academy of Farming, Fisheries and Forestry")]
        [InlineData("A county memo on ferry repairs sent in March by the port authority noted 40 berths were closed.", "noted",
            "A county memo on ferry repairs sent in March by the port authority")]
        [InlineData("A memo relating to property taxes finds 300 homes would pay more.", "finds", "A memo relating to property taxes")]
        [InlineData("A new Courier survey of renters and homeowners shows a 60-30 split on the levy.", "shows", "A new Courier survey of renters and homeowners")]
        public void TheDocumentWithItsPhraseIsTheSource(string text, string cue, string source)
        {
            var statement = Reading.Of(text).Statements.Single(s => s.Cue.Text == cue);

            statement.Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void ADocumentInsideAnOpeningPhraseIsNoSubject()
        {
            var statement = Reading.Of("In a report on the harbor, officials noted 40 berths were closed.").Statements.Single(s => s.Cue.Text == "noted");

            statement.Source!.Value.Text.Should().Be("officials");
        }

        [Fact]
        public void APastFormWithItsObjectEndsTheDocumentPhrase()
        {
            var reading = Reading.Of("The sale of the ferries by the county forced the mayor to cut 40 jobs.");

            reading.Statements.Select(s => s.Source?.Text).Should().NotContain(s => s != null && s.Contains("sale"));
        }
    }
}
