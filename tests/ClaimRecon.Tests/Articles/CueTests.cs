using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>One sentence of our own for each kind of cue news uses to attribute a figure.</summary>
    public sealed class CueTests
    {
        [Fact]
        public void SaidWithTheSubjectBefore()
        {
            var m = Reading.Figure("Harbour officials said 340 containers were damaged.", "340");

            m.SourceSpan!.Value.Text.Should().Be("Harbour officials");
            m.Cue!.Value.Text.Should().Be("said");
            m.CueKind.Should().Be(CueKind.ReportingVerb);
            m.Source.Kind.Should().Be(SourceKind.AnonymousOfficial);
            m.Chain.ToString().Should().Be("daily-ledger \u2192 cites \u2192 daily-ledger/harbour-officials");
            m.DecisionFor(AttributionPart.Source).Rule.Should().Be("source.verb.subject-before");
        }

        [Theory]
        [InlineData("The flood had reached 2,300 homes by Monday, county officials said, as rain kept falling on the hills.", "2,300", "county officials")]
        [InlineData("About 40 boats were lost, the harbour master said, while crews searched the bay.", "About 40", "the harbour master")]
        [InlineData("Sales fell 12%, the chain said, because shoppers stayed home.", "12%", "the chain")]
        public void ATrailingSpeakerStaysTrailingWhenAClauseOfNarrationFollows(string sentence, string figure, string source)
        {
            var m = Reading.Figure(sentence, figure);

            m.SourceSpan!.Value.Text.Should().Be(source);
            m.DecisionFor(AttributionPart.Source).Rule.Should().Be("source.verb.trailing");
        }

        [Fact]
        public void QuotationWithTheSpeakerAfterAndTheVerbFirst()
        {
            var m = Reading.Figure("\u201CWe counted 87 ferries in the strait,\u201D said Mayor Lena Ortiz.", "87");

            m.SourceSpan!.Value.Text.Should().Be("Mayor Lena Ortiz");
            m.CueKind.Should().Be(CueKind.QuoteSpeakerAfter);
            m.Quote!.Value.Text.Should().StartWith("\u201CWe counted");
            m.Source.Should().Be(new Source("lena-ortiz", "Lena Ortiz", SourceKind.NamedPerson, "Mayor"));
        }

        [Fact]
        public void QuotationWithTheSpeakerAfterAcrossSentences()
        {
            var m = Reading.Figure("\u201CThe shelter is full. About 600 families have left the valley,\u201D the spokeswoman said.", "About 600");

            m.SourceSpan!.Value.Text.Should().Be("the spokeswoman");
            m.Cue!.Value.Text.Should().Be("said");
            m.CueKind.Should().Be(CueKind.QuoteSpeakerAfter);
        }

        [Fact]
        public void ToldAnotherOutletMakesThatOutletALinkOfTheChain()
        {
            var m = Reading.Figure("A senior official at the Port Authority told the Meridian Times that 45 ships were waiting.", "45");

            m.SourceSpan!.Value.Text.Should().Be("A senior official at the Port Authority");
            m.Chain.SourceIds.Should().Equal("daily-ledger", "meridian-times", "port-authority/senior-official", "port-authority");
            m.Chain.Steps[m.Chain.Steps.Count - 1].Relation.Should().Be(AttributionRelation.SpeaksFor);
            m.SpeaksFor!.Name.Should().Be("Port Authority");
        }

        [Fact]
        public void ToldTheArticlesOwnOutletAddsNoLink()
        {
            var m = Reading.Figure("Nearly 45 ships were waiting, a port official told the Daily Ledger.", "Nearly 45");

            m.Chain.SourceIds.Should().Equal("daily-ledger", "daily-ledger/port-official");
            m.DecisionFor(AttributionPart.Source).Rule.Should().Be("source.verb.trailing");
        }

        [Fact]
        public void AccordingTo()
        {
            var m = Reading.Figure("According to the Port Authority, 45 ships were waiting.", "45");

            m.CueKind.Should().Be(CueKind.AccordingTo);
            m.Cue!.Value.Text.Should().Be("According to");
            m.SourceSpan!.Value.Text.Should().Be("the Port Authority");
            m.Chain.SourceIds.Should().Equal("daily-ledger", "port-authority");
        }

        [Fact]
        public void Citing()
        {
            var m = Reading.Figure("The ferry line cancelled 12 routes, citing the transport ministry.", "12");

            m.CueKind.Should().Be(CueKind.Citing);
            m.SourceSpan!.Value.Text.Should().Be("the transport ministry");
            m.Source.Kind.Should().Be(SourceKind.OfficialBody);
        }

        [Fact]
        public void DataFromAsTheSubjectOfShow()
        {
            var m = Reading.Figure("Data from the weather service show 41 storms this year.", "41");

            m.SourceSpan!.Value.Text.Should().Be("Data from the weather service");
            m.Cue!.Value.Text.Should().Be("show");
            m.Source.Kind.Should().Be(SourceKind.Document);
            m.SpeaksFor!.Id.Should().Be("weather-service");
            m.Chain.SourceIds.Should().Equal("daily-ledger", "weather-service/data", "weather-service");
        }

        [Fact]
        public void FiguresFromWithoutAVerb()
        {
            var m = Reading.Figure("The river rose 2 metres overnight, figures from the flood office.", "2 metres");

            m.CueKind.Should().Be(CueKind.DataFrom);
            m.SourceSpan!.Value.Text.Should().Be("the flood office");
        }

        [Fact]
        public void SaidInAStatement()
        {
            var m = Reading.Figure("The council said in a statement that 500 beds will be added.", "500");

            m.CueKind.Should().Be(CueKind.Statement);
            m.SourceSpan!.Value.Text.Should().Be("The council");
        }

        [Fact]
        public void SourcesSay()
        {
            var m = Reading.Figure("Sources say 25 officers were suspended.", "25");

            m.SourceSpan!.Value.Text.Should().Be("Sources");
            m.Cue!.Value.Text.Should().Be("say");
            m.Source.Kind.Should().Be(SourceKind.AnonymousOfficial);
        }

        [Fact]
        public void PassiveWithNoEarlierSourceIsCirculatingClaimsRelayed()
        {
            var m = Reading.Figure("It was reported that 90 flights were cancelled.", "90");

            m.CueKind.Should().Be(CueKind.Passive);
            m.SourceSpan.Should().BeNull();
            m.Source.Kind.Should().Be(SourceKind.Unattributed);
            m.Stance.Should().Be(Stance.Relays);
        }

        [Fact]
        public void PassiveCarriesOverTheSourceOfTheParagraph()
        {
            var m = Reading.Figure("Local broadcasters reported that 14 bridges were closed. It was also reported that 6 roads were flooded.", "6");

            m.CueKind.Should().Be(CueKind.Passive);
            m.Source.Name.Should().Be("Local broadcasters");
            m.Stance.Should().Be(Stance.Relays, "media reports are relayed");
            m.DecisionFor(AttributionPart.Source).Rule.Should().Contain("carried-over");
        }

        [Fact]
        public void NestedAttributionCitesBothSpeakers()
        {
            var m = Reading.Figure("The mayor said the fire chief told her that 8 engines responded.", "8");

            m.SourceSpan!.Value.Text.Should().Be("the fire chief");
            m.Chain.SourceIds.Should().Equal("daily-ledger", "daily-ledger/mayor", "daily-ledger/fire-chief");
        }

        [Fact]
        public void HeAddedCarriesTheSpeakerOverToTheNextSentence()
        {
            var m = Reading.Figure("Mayor Lena Ortiz said the shelter was full. She added that 300 volunteers had signed up.", "300");

            m.SourceSpan!.Value.Text.Should().Be("She");
            m.Cue!.Value.Text.Should().Be("added");
            m.Source.Id.Should().Be("lena-ortiz");
            m.DecisionFor(AttributionPart.Source).Rule.Should().Contain("resolve.pronoun.person");
        }

        [Fact]
        public void ADefiniteDescriptionRefersBackToTheSourceItDescribes()
        {
            var m = Reading.Figure("A city engineer said the bridge was safe. The engineer added that 3 cables need repair.", "3");

            m.Source.Id.Should().Be("daily-ledger/city-engineer");
        }

        [Fact]
        public void ParticipleAfterACommaTakesTheClauseSubject()
        {
            var m = Reading.Figure("The union rejected the offer, saying 2,000 jobs were at risk.", "2,000");

            m.Cue!.Value.Text.Should().Be("saying");
            m.SourceSpan!.Value.Text.Should().Be("The union");
            m.Stance.Should().Be(Stance.Asserts, "the rejection is of the offer, not of the figure");
        }

        [Fact]
        public void RelativePronounStandsForThePhraseBeforeIt()
        {
            var m = Reading.Figure("The insurer, which estimates the loss at $2 million, closed the office.", "$2 million");

            m.SourceSpan!.Value.Text.Should().Be("which");
            m.Source.Name.Should().Be("insurer");
            m.Stance.Should().Be(Stance.Estimates);
        }

        [Fact]
        public void HeadlineNamesItsSourceBeforeTheColon()
        {
            var m = Reading.Figure("Port Official to Daily Ledger: 45 Ships Stuck Off the Coast\nThe queue grew overnight.", "45");

            m.CueKind.Should().Be(CueKind.Headline);
            m.Chain.SourceIds.Should().Equal("daily-ledger", "daily-ledger/port-official");
        }

        [Theory]
        [InlineData("Hurricane Dara: 31 Homes Flattened\nCrews worked through the night.", "31")]
        [InlineData("Floods: 8 Bridges Closed\nRoads were shut.", "8")]
        [InlineData("Election 2026: Turnout at 58%\nPolls closed at ten.", "58%")]
        public void AHeadlineLabelThatNamesAnEventIsNoSpeaker(string text, string figure)
        {
            var m = Reading.Figure(text, figure);

            m.CueKind.Should().Be(CueKind.None, "a storm, a flood or an election says nothing");
            m.Chain.Should().Be(AttributionChain.Direct("daily-ledger"));
        }

        [Fact]
        public void AHeadlineLabelWithAnEventWordBeforeALowerCaseNounStillNamesASpeaker()
        {
            var m = Reading.Figure("Fire chief: 12 homes lost in blaze\nCrews are still there.", "12");

            m.CueKind.Should().Be(CueKind.Headline);
            m.Source.Name.Should().Be("fire chief");
        }

        [Theory]
        [InlineData("Election Commission: Turnout Hit 61%\nPolls closed at nine.", "61%", "election commission")]
        [InlineData("Budget Office: Deficit to Reach $2 Trillion\nThe forecast runs to 2030.", "$2 Trillion", "budget office")]
        [InlineData("Flood Board: 300 Homes at Risk\nLevees are being checked.", "300", "flood board")]
        public void AHeadlineLabelNamingABodyAfterAnEventStillNamesASpeaker(string text, string figure, string speaker)
        {
            var m = Reading.Figure(text, figure);

            m.CueKind.Should().Be(CueKind.Headline, "a commission, an office or a board speaks");
            m.Source.Name.Should().Be(speaker);
        }

        [Fact]
        public void NobodyCitedLeavesTheOutletAsTheSource()
        {
            var m = Reading.Figure("The storm destroyed 140 homes.", "140");

            m.CueKind.Should().Be(CueKind.None);
            m.SourceSpan.Should().BeNull();
            m.Chain.Should().Be(AttributionChain.Direct("daily-ledger"));
            m.Source.Kind.Should().Be(SourceKind.NewsOutlet);
            m.DecisionFor(AttributionPart.Source).Rule.Should().Be("source.outlet");
        }

        [Fact]
        public void TheOutletsOwnInvestigationIsTheOutlet()
        {
            var m = Reading.Figure("According to the Daily Ledger's count, 31 shops have closed.", "31");

            m.Chain.Should().Be(AttributionChain.Direct("daily-ledger"));
        }
    }
}
