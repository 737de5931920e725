using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Cues added after studying PolNeAR's train split (session 4): polls as sources, "according to" phrases to the
    /// clause's end, document subjects of "found"/"show", perfect auxiliaries, signed colons, conjoined verbs, and cue
    /// words used as nouns. One sentence of our own each.
    /// </summary>
    public sealed class DocumentCueTests
    {
        private static CitedStatement Cue(string text, string cue) => Reading.Of(text).Statements.Single(s => s.Cue.Text == cue);

        [Fact]
        public void APollAfterInIsTheSourceAndInTheCue()
        {
            var m = Reading.Figure("In a county poll released Tuesday, 41 percent of renters backed the levy.", "41 percent");

            m.CueKind.Should().Be(CueKind.Statement);
            m.Cue!.Value.Text.Should().Be("In");
            m.SourceSpan!.Value.Text.Should().Be("a county poll released Tuesday");
        }

        [Fact]
        public void InBeforeAnythingButAPollIsNoCue()
        {
            Reading.Of("The levy has 41 percent support in the township.").Statements.Should().BeEmpty();
        }

        [Theory]
        [InlineData("The mayor leads by 12 points in the polls.")]
        [InlineData("Her support tops 60 percent in some polls.")]
        public void PollsAtLargeCiteNoPoll(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }

        [Theory]
        [InlineData("In a county poll last month, 40 percent backed the levy.", "a county poll last month")]
        [InlineData("In a comparable poll in late March, 40 percent backed the levy.", "a comparable poll in late March")]
        [InlineData("In the same poll last year 40 percent backed the levy.", "the same poll last year")]
        [InlineData("In a county poll in May 12 percent backed the levy.", "a county poll in May")]
        [InlineData("A county poll conducted last week found 40 percent backed the levy.", "A county poll conducted last week")]
        [InlineData("A county poll out this week shows 40 percent backed the levy.", "A county poll out this week")]
        public void APollsDateBelongsToItsName(string text, string source)
        {
            Reading.Of(text).Statements.Should().ContainSingle().Which.Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void NamedPollsAfterInStillCite()
        {
            Reading.Of("The mayor leads by 12 points in the Lakeside Herald polls.").Statements.Should().ContainSingle()
                .Which.Source!.Value.Text.Should().Be("the Lakeside Herald polls");
        }

        [Fact]
        public void AccordingToRunsToTheClausesEnd()
        {
            var m = Reading.Figure("Turnout rose to 58 percent, according to a tally by the Lakeside election board.", "58 percent");

            m.SourceSpan!.Value.Text.Should().Be("a tally by the Lakeside election board");
        }

        [Fact]
        public void AccordingToStopsWhereANewClauseBegins()
        {
            var m = Reading.Figure("Turnout rose to 58 percent, according to the clerk and she expects more.", "58 percent");

            m.SourceSpan!.Value.Text.Should().Be("the clerk");
        }

        [Fact]
        public void ACueWordAfterANumberOrBeforeAnotherVerbIsANoun()
        {
            Reading.Of("Voters in all 12 states backed the plan.").Statements.Should().NotContain(s => s.Cue.Text == "states");

            var put = Reading.Of("Initial estimates put the cost at $4 million.").Statements.Should().ContainSingle().Which;
            put.Cue.Text.Should().Be("put the cost at");
            put.Source!.Value.Text.Should().Be("Initial estimates");
        }

        [Fact]
        public void ThePerfectsAuxiliaryBelongsToTheCueAndIsNoPassive()
        {
            var said = Reading.Of("The council has said that 300 homes will be built.").Statements.Should().ContainSingle().Which;

            said.Cue.Text.Should().Be("has said");
            said.Source!.Value.Text.Should().Be("The council");
        }

        [Theory]
        [InlineData("Exit polls taken in Brill found 62 percent backed the mayor.", "found", "Exit polls taken in Brill")]
        [InlineData("New filings show 1,200 donors gave to the fund.", "show", "New filings")]
        public void ADocumentSubjectTakesAWeakVerb(string text, string cue, string source)
        {
            Cue(text, cue).Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void AnInvertedSpeakerMayOpenWithALowerCaseRank()
        {
            Cue("\u201CWe need 40 more buses,\u201D said former Mayor Ines Varga.", "said").Source!.Value.Text.Should().Be("former Mayor Ines Varga");
        }

        [Fact]
        public void ALowerCaseDescriptionThenANameBeforeTheVerbIsTheSource()
        {
            var m = Reading.Figure("The depot added 12 buses, a spokeswoman, Lena Ortiz, said on Monday.", "12");

            m.SourceSpan!.Value.Text.Should().Be("a spokeswoman, Lena Ortiz,");
            m.Source.Name.Should().Be("Lena Ortiz");
        }

        [Theory]
        [InlineData("Polls closed at eight.\n\nTurnout is up - Ana Ruiz: \u201CWe counted 900 ballots by noon.\u201D", "Ana Ruiz")]
        [InlineData("Polls closed at eight.\n\nLena Ortiz: We counted 900 ballots by noon.", "Lena Ortiz")]
        public void ANameBeforeAColonSignsWhatFollows(string text, string source)
        {
            var m = Reading.Figure(text, "900");

            m.Cue!.Value.Text.Should().Be(":");
            m.SourceSpan!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void ALabelBeforeAColonSignsNothing()
        {
            Reading.Figure("Polls closed at eight.\n\nUpdate: We counted 900 ballots by noon.", "900").SourceSpan.Should().BeNull();
        }

        [Fact]
        public void AWeakVerbWithAPronounRightAfterAQuotationIsTheSpeakers()
        {
            var m = Reading.Figure("Ines Varga said the depot has 12 buses.\n\u201CAnother 30 buses will arrive in May,\u201D she continued.", "30");

            m.Cue!.Value.Text.Should().Be("continued");
            m.Source.Name.Should().Be("Ines Varga");
        }

        [Fact]
        public void AConjoinedVerbSharesTheClausesSubject()
        {
            var said = Cue("The mayor toured the depot and said 40 buses were idle.", "said");

            said.Source!.Value.Text.Should().Be("The mayor");
            said.Rule.Should().Be("source.verb.conjoined");
        }

        [Theory]
        [InlineData("The ferry line lost $3 million last year, according to a report.", "a report")]
        [InlineData("The ferry line lost $3 million last year, according to the report.", "the report")]
        [InlineData("The ferry line lost $3 million last year, according to one estimate.", "one estimate")]
        [InlineData("According to the port's estimate, the ferry line lost $3 million last year.", "the port's estimate")]
        [InlineData("The ferry line lost $3 million last year, according to a report in the Harbor Gazette.", "a report in the Harbor Gazette")]
        public void AReportingVerbUsedAsANounAfterAnArticleIsTheSource(string text, string source)
        {
            // "report" and "estimate" are also reporting verbs; after an article, a number or a possessive they are the
            // noun the phrase is about, so "according to a report" used to have no source at all.
            Cue(text, text.StartsWith("According", System.StringComparison.Ordinal) ? "According to" : "according to").Source!.Value.Text.Should().Be(source);
        }
    }
}
