using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Cues whose source or content is set off inside the sentence (session 11, from PolNeAR train misses): where or how
    /// something was said after a trailing speaker, a participle that speaks for the sentence's own subject, "according
    /// to X," set inside its sentence, an aside in brackets after the source, an opening bracket before a subject, and a
    /// place abbreviation followed by a comma, and a straight quote closing after a phrase with a space before it. Sentences
    /// of our own; each rule's near misses beside it.
    /// </summary>
    public sealed class AsideCueTests
    {
        private static CitedStatement Single(string text) => Reading.Of(text).Statements.Should().ContainSingle().Which;

        [Theory]
        [InlineData("The depot hired 40 drivers, he said in an interview on Friday.", "he")]
        [InlineData("The depot hired 40 drivers, Ines Varga said at a council meeting.", "Ines Varga")]
        [InlineData("The depot hired 40 drivers, she said by telephone.", "she")]
        public void WhereItWasSaidDoesNotBecomeTheContent(string text, string source)
        {
            var s = Single(text);

            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().Be("The depot hired 40 drivers");
            Reading.Figure(text, "40").SourceSpan!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void ASpeakerWithAThatClauseAfterThePhraseStillSaysWhatFollows()
        {
            var s = Single("Ines Varga said in an interview that the depot hired 40 drivers.");

            s.Content.Text.Should().Be("the depot hired 40 drivers");
        }

        [Theory]
        [InlineData("Mayor Ines Varga changed her plans in June, saying that about 1,200 homes would be built.", "Mayor Ines Varga", "about 1,200 homes would be built")]
        [InlineData("She was more careful, saying the depot might hire 40 drivers.", "She", "the depot might hire 40 drivers")]
        [InlineData("The county officials closed the bridge, saying 14 cracks were found.", "The county officials", "14 cracks were found")]
        [InlineData("But Varga stayed calm, adding that 3 of the buses were new.", "Varga", "3 of the buses were new")]
        public void AParticipleSpeaksForTheSentencesOwnSubject(string text, string source, string content)
        {
            var s = Single(text);

            s.Cue.Text.Should().BeOneOf("saying", "adding");
            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().Be(content);
            s.Rule.Should().Be("source.participle.sentence-subject");
        }

        [Theory]
        [InlineData("The storm closed the bridge, saying 14 cracks were found.")]
        [InlineData("The old report from the county came out, saying 14 cracks were found.")]
        public void AParticipleAfterASubjectThatIsNoSourceFindsNoStatement(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }

        [Theory]
        [InlineData("But, according to the survey, 46 percent of tenants pay late.", "the survey")]
        [InlineData("In addition, according to the council, 9 more depots will open.", "the council")]
        [InlineData("While most repairs were small, according to an engineer, two of them were urgent.", "an engineer")]
        public void AccordingToSetInsideItsSentenceTakesTheClauseAfterIt(string text, string source)
        {
            var s = Single(text);

            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().NotBeEmpty();
            text.Substring(s.Content.Start).Should().StartWith(s.Content.Text);
            s.Content.Start.Should().BeGreaterThan(text.IndexOf(source, System.StringComparison.Ordinal));
        }

        [Fact]
        public void AccordingToAfterALongClauseStillTakesTheClauseBefore()
        {
            var s = Single("The depot hired 40 drivers in June, according to the council, and more will follow.");

            s.Content.Text.Should().Be("The depot hired 40 drivers in June");
        }

        [Theory]
        [InlineData("The depot hired 40 drivers, according to payroll records (a partial count).", "payroll records")]
        [InlineData("The depot hired 40 drivers, according to the Transit Riders Union (TRU).", "the Transit Riders Union (TRU)")]
        public void AnAsideInBracketsAfterTheSourceIsNotItsNameButAnAcronymIs(string text, string source)
        {
            Single(text).Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void AnOpeningBracketStartsTheSubjectInsideIt()
        {
            var s = Single("The depot has 40 drivers (Varga estimates the fleet at 90 buses).");

            s.Source!.Value.Text.Should().Be("Varga");
        }

        [Theory]
        [InlineData("Ines Varga, a driver from Macon, Ga., who joined in May, said 40 drivers had quit.")]
        [InlineData("Ines Varga, 34, of Macon, Ga., said 40 drivers had quit.")]
        public void AnAbbreviatedPlaceSetOffByCommasNamesNoSpeaker(string text)
        {
            // The place may be read as part of the speaker's description ("Ines Varga, 34, of Macon, Ga.,"), never as the speaker.
            Reading.Of(text).Statements.Should().NotContain(s => s.Source != null && s.Source.Value.Text.Contains("Ga.") && !s.Source.Value.Text.StartsWith("Ines Varga", System.StringComparison.Ordinal));
        }

        [Fact]
        public void ANameSuffixSetOffByCommasStaysWithTheName()
        {
            Single("Ines Varga, Jr., said 40 drivers had quit.").Source!.Value.Text.Should().Be("Ines Varga, Jr.,");
        }

        [Theory]
        [InlineData("a clerk in Macon, Ga., said", "Ga.")]
        [InlineData("the Transit Co., which runs buses", "Co.")]
        public void APeriodRightBeforeACommaBelongsToItsWord(string text, string word)
        {
            var tokens = Tokens.Read(text);

            tokens.Should().Contain(t => t.Kind == TokenKind.Word && text.Substring(t.Start, t.End - t.Start) == word);
            tokens.Should().NotContain(t => t.Kind == TokenKind.Stop);
        }

        [Theory]
        [InlineData("\"We lost 40 drivers, 'a record,' \" Ines Varga said.")]
        [InlineData("\"We lost 40 drivers and 3 buses, \" Ines Varga said.")]
        public void AStraightQuoteAloneBetweenSpacesAfterAPhraseClosesIt(string text)
        {
            var s = Single(text);

            s.Source!.Value.Text.Should().Be("Ines Varga");
            s.Content.Text.Should().StartWith("\"We lost 40 drivers");
        }

        [Fact]
        public void AStraightQuoteWithASpaceAfterItOpensAfterAColon()
        {
            var s = Single("She said: \" We lost 40 drivers.\" Then she left.");

            s.Content.Text.Should().Be("\" We lost 40 drivers.\"");
        }
    }
}
