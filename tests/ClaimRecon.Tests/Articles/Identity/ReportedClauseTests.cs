using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>
    /// Where the figure's clause starts: a clause reported after a verb of saying, with or without "that", has a subject
    /// of its own; a participle phrase that opens the sentence ends at its comma; a word right after a modal verb is a
    /// verb, not part of the noun before "of" and the figure. Sentences of our own.
    /// </summary>
    public sealed class ReportedClauseTests
    {
        [Theory]
        [InlineData("Harbour Bank said the ferry line will cut 30 sailings in March.", "30", "ferry line")]
        [InlineData("The mayor said on Tuesday the county would hire 25 nurses.", "25", "county")]
        [InlineData("Officials announced Monday that the depot had sold 400 bicycles.", "400", "depot")]
        [InlineData("Lena Park said last week the orchard grew 90 tonnes of pears.", "90 tonnes", "pears, orchard")]
        public void AReportedClauseIsAboutItsOwnSubject(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The ferry line said it would cut 30 sailings.", "30", "ferry line")]
        [InlineData("Harbour Bank reported profits of $4 million.", "$4 million", "profits, Harbour Bank")]
        [InlineData("Harbour Bank said 30 branches would close.", "30", "Harbour Bank")]
        public void WithNoSubjectAndVerbOfItsOwnTheClauseIsTheSayer(string sentence, string figure, string about)
        {
            AboutTests.At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AParticiplePhraseOpeningTheSentenceEndsAtItsComma()
        {
            AboutTests.At("Watching the weather closely, Priya Shah moved 60 hives.", "60").About.Should().Be("Priya Shah");
        }

        [Fact]
        public void AWordAfterAModalIsAVerbNotPartOfTheNoun()
        {
            AboutTests.At("The port said the board would impose charges of $40 a tonne.", "$40").About.Should().Be("charges, board");
        }
    }
}
