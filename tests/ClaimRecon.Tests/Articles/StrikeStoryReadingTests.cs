using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Sources;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on a two-article strike story of our own (a teachers' union, an education department, a
    /// mayor's office), each in sentences of our own.
    /// </summary>
    public sealed class StrikeStoryReadingTests
    {
        [Fact]
        public void ASpeakerAfterTheFigureStillSpeaks_WhenAParticipleOfTheWritersFollows()
        {
            var m = Reading.Figure("Nearly 900 nurses stayed home on Monday, the Lakeside Nurses Association said, forcing two clinics to close.", "Nearly 900");

            m.Source.Name.Should().Be("Lakeside Nurses Association");
            m.Cue!.Value.Text.Should().Be("said");
        }

        [Fact]
        public void APhraseThatQualifiesTheFigureAfterTheSpeakerIsStillWhatWasSaid()
        {
            var reading = Reading.Of("About 450 drivers joined the stoppage, Omar Reyes told reporters, out of roughly 1,300 on the payroll.");

            reading.Mentions.Single(m => m.Mention.Text == "About 450").Source.Id.Should().Be("omar-reyes");
            reading.Mentions.Single(m => m.Mention.Text == "roughly 1,300").Source.Id.Should().Be("omar-reyes");
        }

        [Fact]
        public void APersonTitledWithALowerCaseBodyIsNamed_AndSpeaksForTheBodyNamedBefore()
        {
            var reading = Reading.Of("The Metro Transit Agency said 80 routes were cut.\n\nRoughly 60 buses ran, agency spokeswoman Dana Cole said.");

            var buses = reading.Mentions.Single(m => m.Mention.Text == "Roughly 60");
            buses.Source.Id.Should().Be("dana-cole");
            buses.Source.Kind.Should().Be(SourceKind.NamedPerson);
            buses.SpeaksFor!.Name.Should().Be("Metro Transit Agency");
        }

        [Fact]
        public void APersonTitledWithALowerCaseDescriptionIsNamed()
        {
            var m = Reading.Figure("About 300 crews were working overnight, forest spokeswoman Mia Lund said.", "About 300");

            m.Source.Id.Should().Be("mia-lund");
            m.Source.Kind.Should().Be(SourceKind.NamedPerson);
        }

        [Fact]
        public void TheOfficesOfTwoHoldersAreTwoSources()
        {
            var reading = Reading.Of("The governor's office said 14 roads were shut.\n\nThe treasurer's office said repairs would cost $2 million.");

            var roads = reading.Mentions.Single(m => m.Mention.Text == "14").Source;
            var cost = reading.Mentions.Single(m => m.Mention.Text == "$2 million").Source;
            roads.Name.Should().Be("governor's office");
            cost.Name.Should().Be("treasurer's office");
            roads.Id.Should().NotBe(cost.Id);
        }

        [Fact]
        public void ADenialOfANamedSourcesFigureTakesTheFigureSaidBeforeIt()
        {
            var reading = Reading.Of(
                "The Riverside Tenants Union said 2,000 families faced eviction this winter. Landlords have raised rents sharply since the spring, and the city has "
                + "opened two new shelters.\n\n\"The union's number is wrong,\" the housing minister said.\n\nUnion chair Ada Park said 35 buildings had been inspected.");

            reading.Denials.Should().ContainSingle().Which.DeniedFigures.Single().Mention.Text.Should().Be("2,000");
        }

        [Fact]
        public void OfficialsNamedWithTheirBodySpeakForIt_AndTheBodyIsNamedAfterwardsByItsNoun()
        {
            var reading = Reading.Of("Water department officials put the loss at 3 million litres a day.\n\nThe department said 12 mains had burst.");

            var loss = reading.Mentions.Single(m => m.Mention.Text.StartsWith("3 million", System.StringComparison.Ordinal));
            loss.SpeaksFor!.Name.Should().Be("Water department");
            reading.Mentions.Single(m => m.Mention.Text == "12").Source.Id.Should().Be(loss.SpeaksFor.Id);
        }

        [Fact]
        public void ABodyOneArticleNamesOnlyByItsNounIsTheOneBodyOfThatNounAnotherArticleNames()
        {
            var r = Reconcile(
                "The Eastfield Dockworkers Union said 400 members had walked out.",
                "The union said 450 members were on strike by noon.");

            OriginOf(r, "400").Should().Be(OriginOf(r, "450"));
        }

        [Fact]
        public void ADescriptionOfABodyIsTheOneBodyTheArticlesNameThatEndsWithIt()
        {
            var r = Reconcile(
                "The Linden Vale water board said 40 wells had run dry.",
                "The water board said 52 wells had run dry by Sunday.");

            OriginOf(r, "52").Should().Be(OriginOf(r, "40"));
        }

        [Fact]
        public void ANounThatFitsTwoNamedBodiesAliasesNeither()
        {
            var r = Reconcile(
                "The Eastfield Dockworkers Union said 400 members had walked out. The Harbour Pilots Union said 30 pilots joined them.",
                "The union said 450 members were on strike by noon.");

            OriginOf(r, "450").Should().NotBe(OriginOf(r, "400")).And.NotBe(OriginOf(r, "30"));
        }

        [Theory]
        [InlineData("The board said 320 families were rehoused, a number which the tenants' union rejected.")]
        [InlineData("The board said 320 families were rehoused, a figure that the tenants' union rejected.")]
        [InlineData("The board said 320 families were rehoused, which the tenants' union denied.")]
        public void ADenialInARelativeClauseDeniesTheFigureBeforeIt_WhichKeepsItsSpeaker(string text)
        {
            var reading = Reading.Of(text);

            reading.Mentions.Single().Source.Id.Should().Be("board");
            reading.Mentions.Single().Stance.Should().Be(ClaimRecon.Claims.Stance.Asserts);
            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.Source.Name.Should().Be("tenants' union");
            denial.DeniedFigures.Single().Mention.Text.Should().Be("320");
        }

        [Fact]
        public void AFigureRejectedAsTooLowIsDeniedWithTheTruthHigher()
        {
            var m = Reading.Figure("The auditor rejected the $4 million estimate as far too low.", "$4 million");

            m.Stance.Should().Be(ClaimRecon.Claims.Stance.Denies);
            m.Denies!.Direction.Should().Be(ClaimRecon.Claims.DenialDirection.Higher);
        }

        [Fact]
        public void ACountSaidToBeTooLowIsDenied_ButAPriceSaidToBeTooHighIsNot()
        {
            var count = Reading.Figure("The agency's earlier count of 2,400 was too low, the inspector said.", "2,400");
            var rent = Reading.Figure("Renters say monthly rents of $1,900 are too high.", "$1,900");

            count.Stance.Should().Be(ClaimRecon.Claims.Stance.Denies);
            count.Denies!.Direction.Should().Be(ClaimRecon.Claims.DenialDirection.Higher);
            rent.Stance.Should().Be(ClaimRecon.Claims.Stance.Asserts, "a price called too high is a complaint, not a figure called wrong");
        }

        [Fact]
        public void APluralNounOpeningItsSentenceIsAGroupNotAPerson()
        {
            var m = Reading.Figure("Renters say monthly rents of $1,900 are too high.", "$1,900");

            m.Source.Kind.Should().NotBe(SourceKind.NamedPerson);
            m.Source.Name.Should().Be("renters");
        }

        [Fact]
        public void ASpeakerSetInsideTheSentenceSpeaksForTheClauseJoinedAfterIt()
        {
            var reading = Reading.Of("Rescuers pulled 48 people from the water, the coastguard said, and 6 more were still missing.");

            reading.Mentions.Select(m => m.Source.Name).Should().Equal("coastguard", "coastguard");
        }

        /// <summary>Two articles of one day, from two outlets, reconciled.</summary>
        private static ArticleReconciliation Reconcile(string a, string b)
        {
            var day = new LocalDate(2026, 3, 2).AtMidnight().WithOffset(Offset.Zero);
            return ArticleReconciler.Reconcile(new[] { new Article(a, "Outlet A", day), new Article(b, "Outlet B", day) });
        }

        private static string OriginOf(ArticleReconciliation r, string figure) =>
            r.Claims.Claims.Single(c => c.Figure?.Wording == figure).Attribution.Origin;
    }
}
