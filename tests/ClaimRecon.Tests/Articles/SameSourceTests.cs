using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using ClaimRecon.Sources;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// One source under several descriptions (headline, standfirst, lead, body), appositives that name a person after a
    /// description, and figures the outlet works out itself. Sentences of our own.
    /// </summary>
    public sealed class SameSourceTests
    {
        private const string Story =
            "Harbour Source to Tidewater Post: 300 Boats Checked at the Quay\n\n"
            + "More than 300 boats have been checked at the quay this month, with inspectors citing long delays.\n\n"
            + "BRILL (Tidewater Post) - More than 300 boats have been checked at the quay, a senior harbour source told Tidewater Post.\n\n"
            + "The source said the checks cost the port a great deal.\n\n"
            + "A high-ranking harbour source at the Port Authority told Tidewater Post that more than 300 boats had been checked by Friday.\n\n"
            + "The quay has 14 berths.";

        private const string Authority = "port-authority/high-ranking-harbour-source";

        [Fact]
        public void TheHeadlineTheLeadAndTheBodyNameOneSource()
        {
            var reading = Reading.Of(Story, "Tidewater Post");

            var boats = reading.Mentions.Where(m => m.Mention.Value == 300).ToList();
            boats.Should().HaveCount(4, "headline, standfirst, lead and body each give the figure");
            boats.Should().OnlyContain(m => m.Source.Id == Authority);
            boats.Should().OnlyContain(m => m.SpeaksFor!.Id == "port-authority");
            boats[0].DecisionFor(AttributionPart.Source).Rule.Should().EndWith("+resolve.same-source");
            boats[1].DecisionFor(AttributionPart.Source).Rule.Should().StartWith("source.summary-of-body");
            boats[2].SourceSpan!.Value.Text.Should().Be("a senior harbour source", "the words as written stay the evidence");
        }

        [Fact]
        public void AFigureAfterTheFirstCitingParagraphStaysTheOutletsOwn()
        {
            var text = "A harbour source at the Port Authority told Tidewater Post that 40 cranes were idle.\n\nThe quay has 14 berths.\n\nA dock foreman said 14 berths were open.";

            var berths = Reading.Of(text, "Tidewater Post").Mentions.First(m => m.Mention.Text == "14");

            berths.Chain.Steps.Should().BeEmpty();
            berths.Source.Id.Should().Be("tidewater-post");
        }

        [Fact]
        public void AStandfirstFigureThatNoCitedSourceRepeatsStaysTheOutletsOwn()
        {
            var text = "About 90 cranes stand idle at the quay.\n\nA harbour source at the Port Authority told Tidewater Post that 40 cranes were idle.";

            var cranes = Reading.Figure(text, "About 90", "Tidewater Post");

            cranes.Source.Id.Should().Be("tidewater-post");
        }

        [Fact]
        public void TwoFittingSourcesLeaveTheVagueOneOnItsOwn()
        {
            var text = "A senior harbour source told Tidewater Post that 40 cranes were idle.\n\n"
                + "A harbour source at the Port Authority said 12 tugs were at sea. A harbour source at the Customs Office said 9 ships were held.";

            var cranes = Reading.Figure(text, "40", "Tidewater Post");

            cranes.Source.Id.Should().Be("tidewater-post/senior-harbour-source");
            cranes.SpeaksFor.Should().BeNull();
        }

        [Fact]
        public void ASourceWithAnotherHeadWordIsNotTheSame()
        {
            var text = "A senior police source told Tidewater Post that 40 cranes were idle.\n\nA harbour source at the Port Authority said 12 tugs were at sea.";

            Reading.Figure(text, "40", "Tidewater Post").Source.Id.Should().Be("tidewater-post/senior-police-source");
        }

        [Theory]
        [InlineData("In late March the head of the Port Authority, Mira Solberg, said that 8,000 containers would be checked.", "Mira Solberg")]
        [InlineData("In late March the head of the Port Authority, Omar al-Sayegh, said that 8,000 containers would be checked.", "Omar al-Sayegh")]
        public void ADescriptionThenANameBetweenCommasIsThatPersonSpeakingForTheOrganisation(string text, string name)
        {
            var m = Reading.Figure(text, "8,000");

            m.SourceSpan!.Value.Text.Should().StartWith("the head of the Port Authority, " + name);
            m.Source.Kind.Should().Be(SourceKind.NamedPerson);
            m.Source.Name.Should().Be(name);
            m.SpeaksFor!.Id.Should().Be("port-authority");
        }

        [Fact]
        public void TheyPutTheNumberAtTakesTheGroupNamedBefore()
        {
            var m = Reading.Figure("Dock unions reported that 12 berths were closed. They put the total number of idle cranes in the port at 40.", "40");

            m.Source.Id.Should().Be("daily-ledger/dock-unions", "an unnamed group of the outlet's story, read as a role");
            m.Stance.Should().Be(Stance.Estimates);
        }

        [Fact]
        public void AFigureTheOutletWorksOutFromAnotherSourcesCountIsTheOutlets()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article(
                    "The camp spends about $12 per detainee per day. The Interior Ministry puts the number of detainees at 500, so the daily bill comes to $6,000, or roughly $180,000 a month.",
                    "Tidewater Post",
                    new LocalDate(2026, 3, 2).AtMidnight().WithOffset(Offset.Zero)),
            });

            Origin(r, "500").Should().Be("interior-ministry");
            Origin(r, "$6,000").Should().Be("tidewater-post", "$12 (the outlet's) × 500 (the ministry's) is nobody's but the outlet's");
            Origin(r, "roughly $180,000 a month").Should().Be("tidewater-post", "it converts the outlet's own $6,000");
        }

        [Fact]
        public void AFigureWorkedOutFromOneCitedSourcesFiguresStaysThatSources()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article(
                    "The Interior Ministry said the camp spends about $12 per detainee per day, holds 500 detainees and pays $6,000 a day in all.",
                    "Tidewater Post",
                    new LocalDate(2026, 3, 2).AtMidnight().WithOffset(Offset.Zero)),
            });

            r.ProposedRelations.Should().NotBeEmpty("the product is proposed either way");
            Origin(r, "$6,000 a day").Should().Be("interior-ministry");
        }

        private static string Origin(ArticleReconciliation r, string figure) =>
            r.Claims.Claims.Single(c => c.Figure?.Wording == figure).Attribution.Origin;
    }
}
