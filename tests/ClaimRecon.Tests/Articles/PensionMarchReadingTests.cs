using ClaimRecon.Articles;
using ClaimRecon.Claims;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on a second two-article protest story of our own (police, organisers, an independent crowd
    /// count, a minister), each in sentences of our own.
    /// </summary>
    public sealed class PensionMarchReadingTests
    {
        [Fact]
        public void AFigureGivenIsAFigureSaid()
        {
            var m = Reading.Figure("The police gave a figure of 1,500, while organisers claimed 4,000.", "1,500");

            m.Source.Id.Should().Be("police");
            m.Cue!.Value.Text.Should().Be("gave a figure of");
            m.Stance.Should().Be(Stance.Asserts);
        }

        [Fact]
        public void AnEstimateGivenIsAnEstimate()
        {
            var m = Reading.Figure("The coastguard provided an early estimate of 70 boats.", "70");

            m.Source.Name.Should().Be("coastguard");
            m.Stance.Should().Be(Stance.Estimates);
        }

        [Fact]
        public void ACapitalisedTitleAfterWhatItIsInIsARole_NotPartOfTheName()
        {
            var m = Reading.Figure("Health Minister Ola Berg said 12 clinics had closed.", "12");

            m.Source.Id.Should().Be("ola-berg");
            m.Source.Kind.Should().Be(SourceKind.NamedPerson);
            m.Source.Role.Should().Be("Health Minister");
        }

        [Theory]
        [InlineData("Turnout was 38%, according to an unofficial tally by the election commission.", "election commission")]
        [InlineData("Turnout was 38%, according to an independent count by the polling firm Northstar.", "Northstar")]
        [InlineData("A 2024 survey by Harbour Watch found that 38% of berths were empty.", "Harbour Watch")]
        public void ADocumentByAnAuthorIsADocumentSpeakingForTheAuthor(string text, string author)
        {
            var m = Reading.Figure(text, "38%");

            m.Source.Kind.Should().Be(SourceKind.Document);
            m.SpeaksFor!.Name.Should().Be(author);
        }
    }
}
