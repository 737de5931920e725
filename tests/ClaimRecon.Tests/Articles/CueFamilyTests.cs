using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>Cue families and source spans added after studying where attribution corpora put cues; one sentence of our own each.</summary>
    public sealed class CueFamilyTests
    {
        [Fact]
        public void TwoApostrophesQuoteLikeDoubleQuotationMarks()
        {
            var m = Reading.Figure("''We moved 75 families before dawn,'' said Captain Ines Varga.", "75");

            m.Quote!.Value.Text.Should().StartWith("''We moved");
            m.SourceSpan!.Value.Text.Should().Be("Captain Ines Varga");
            m.CueKind.Should().Be(CueKind.QuoteSpeakerAfter);
        }

        [Fact]
        public void AQuotationThatEndedTheSentenceBeforeIsNotTheNextSpeakersContent()
        {
            var reading = Reading.Of("\u201CThe bridge will hold.\u201D\nThe county engineer said 14 bolts were replaced.");

            var said = reading.Statements.Single(s => s.Cue.Text == "said");
            said.Content.Text.Should().Be("14 bolts were replaced");
            said.Source!.Value.Text.Should().Be("The county engineer");
        }

        [Theory]
        [InlineData("\u201CThe levee held,\u201D said Noor Haddad, who manages the pumping station at Brill.", "Noor Haddad, who manages the pumping station at Brill")]
        [InlineData("Around 40 pumps are running, said Noor Haddad, 52, of Brill.", "Noor Haddad, 52, of Brill")]
        [InlineData("\u201CWe ran 40 pumps,\u201D said Noor Haddad, an engineer at the station, adding that two had failed.", "Noor Haddad, an engineer at the station,")]
        public void AnAppositiveAfterTheSpeakerBelongsToTheSource(string text, string source)
        {
            var said = Reading.Of(text).Statements.First(s => s.Cue.Text == "said");

            said.Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void AnAppositiveRelativeClauseBeforeTheVerbBelongsToTheSource()
        {
            var said = Reading.Of("Noor Haddad, who manages the station, said 40 pumps were running.").Statements.Single(s => s.Cue.Text == "said");

            said.Source!.Value.Text.Should().Be("Noor Haddad, who manages the station,");
        }

        [Fact]
        public void AccordingToNeedsNoSourceNoun()
        {
            var m = Reading.Figure("The turnout reached 61 percent, according to the county tally sheet average.", "61 percent");

            m.CueKind.Should().Be(CueKind.AccordingTo);
            m.SourceSpan!.Value.Text.Should().Be("the county tally sheet average");
        }

        [Theory]
        [InlineData("The mayor wants to hire 200 teachers.", "wants", "The mayor")]
        [InlineData("The union called for 30 more inspectors.", "called for", "The union")]
        [InlineData("The court ruled that 12 ballots were invalid.", "ruled", "The court")]
        [InlineData("The governor pledged to open 15 shelters.", "pledged", "The governor")]
        public void StanceAndIntentionVerbsAreCues(string text, string cue, string source)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;

            statement.Cue.Text.Should().Be(cue);
            statement.Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void CalledAloneNamesRatherThanSays()
        {
            Reading.Of("A group called the River Friends planted 900 trees.").Statements.Should().BeEmpty();
        }

        [Fact]
        public void AVerbInsideAQuotationIsTheSpeakersWordsNotANewAttribution()
        {
            var reading = Reading.Of("\u201CI told the board we had 300 volunteers, and they said it was not enough,\u201D said Mayor Lena Ortiz.");

            reading.Statements.Should().ContainSingle().Which.Cue.Text.Should().Be("said");
            reading.Statements[0].Cue.Start.Should().BeGreaterThan(reading.Article.Text.IndexOf('\u201D', System.StringComparison.Ordinal));
            Reading.Figure(reading.Article.Text, "300").SourceSpan!.Value.Text.Should().Be("Mayor Lena Ortiz");
        }

        [Fact]
        public void AQuotationLeftOpenToTheParagraphsEndHoldsItsVerbsToo()
        {
            var reading = Reading.Of("Mayor Lena Ortiz said: \u201CWe hired 40 wardens. The council says that is too few.\n\nThe council said 60 were needed.");

            reading.Statements.Select(s => s.Cue.Text).Should().Equal("said:", "said");
        }

        [Theory]
        [InlineData("Twenty-four percent of the riders said the fares were too high.")]
        [InlineData("Six in 10 residents say the ferry should run at night.")]
        [InlineData("A slim majority of members said they would strike.")]
        [InlineData("Nearly half of the riders said they had not heard of the plan.")]
        public void AShareOfAGroupBeforeSaidIsAPollsFindingNotASpeaker(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }

        [Fact]
        public void AnOrdinalBeforeTheSourceNounIsNoShare()
        {
            Reading.Of("A third source said 40 trucks crossed.").Statements.Should().ContainSingle().Which.Source!.Value.Text.Should().Be("A third source");
        }

        [Theory]
        [InlineData("A 2021 report by the harbour authority found that 300 berths were idle.", "A 2021 report by the harbour authority")]
        [InlineData("A study released in May by the port institute found that 300 berths were idle.", "A study released in May by the port institute")]
        [InlineData("A county poll last week found that 41 percent backed the levy.", "A county poll last week")]
        public void ADocumentKeepsItsAuthorAndDateInTheSourceSpan(string text, string source)
        {
            Reading.Of(text).Statements.Should().ContainSingle().Which.Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("The mayor also said 12 bridges needed repair.", "also said")]
        [InlineData("The council would later say that 9 roads had closed.", "would later say")]
        [InlineData("The agency has repeatedly said that 70 wells were dry.", "has repeatedly said")]
        public void AuxiliariesAndAdverbsBeforeTheVerbBelongToTheCue(string text, string cue)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;

            statement.Cue.Text.Should().Be(cue);
        }

        [Fact]
        public void ABareWeekdayAfterTheVerbBelongsToTheCue()
        {
            var statement = Reading.Of("The county said Tuesday that 18 roads were closed.").Statements.Should().ContainSingle().Which;

            statement.Cue.Text.Should().Be("said Tuesday");
            statement.Source!.Value.Text.Should().Be("The county");
        }

        [Fact]
        public void IsExpectedToIsAnAgentlessPassiveCue()
        {
            var statement = Reading.Of("The new bridge is expected to cost $40 million.").Statements.Should().ContainSingle().Which;

            statement.Cue.Text.Should().Be("is expected");
            statement.Kind.Should().Be(CueKind.Passive);
            statement.Source.Should().BeNull();
        }
    }
}
