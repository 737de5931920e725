using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A public body named with its country ("Jordan's Water Ministry", "the Egyptian Health Ministry") speaks for that
    /// country's government, so its figures and the government's own are one origin. Sentences of our own.
    /// </summary>
    public sealed class GovernmentBodyTests
    {
        [Fact]
        public void ABodyNamedWithItsCountrysPossessiveSpeaksForTheCountry()
        {
            var m = Reading.Figure("Jordan's Water Ministry said 40 wells had run dry.", "40");

            m.Chain.ToString().Should().Be("daily-ledger \u2192 cites \u2192 jordans-water-ministry \u2192 speaks for \u2192 jordan");
            m.Chain.Origin.Should().Be("jordan");
            m.Decisions.Single(d => d.Part == AttributionPart.Chain).Rule.Should().EndWith("chain.body-of-country");
        }

        [Fact]
        public void ABodyNamedWithTheCountrysAdjectiveSpeaksForTheCountry()
        {
            var m = Reading.Figure("The Egyptian Health Ministry said 1,200 clinics were open.", "1,200");

            m.Chain.Origin.Should().Be("egypt");
            m.Chain.Steps.Select(s => s.Relation).Last().Should().Be(ClaimRecon.Sources.AttributionRelation.SpeaksFor);
        }

        [Fact]
        public void APersonOfABodyOfACountrySpeaksForTheBodyThenTheCountry()
        {
            var m = Reading.Figure("Colonel Rana Haddad of Jordan's Civil Defence Directorate said 35 people were rescued.", "35");

            m.Chain.ToString().Should().Be("daily-ledger \u2192 cites \u2192 rana-haddad \u2192 speaks for \u2192 jordans-civil-defence-directorate \u2192 speaks for \u2192 jordan");
        }

        [Fact]
        public void ALaterShortNameOfAKnownBodyKeepsItsCountry()
        {
            var reading = Reading.Of("Iraq's Joint Operations Command said 40 convoys had crossed. The JOC said on Tuesday that 12 more were waiting.");

            reading.Mentions.Single(m => m.Mention.Text == "12").Chain.ToString().Should().Be("daily-ledger \u2192 cites \u2192 joint-operations-command \u2192 speaks for \u2192 iraq");
        }

        [Fact]
        public void TheCountyIsTheCountysGovernment_NotTheCountySheriffNamedBefore()
        {
            var reading = Reading.Of("The county sheriff said 210 households had left. The county said it had spent $3 million on shelters. The sheriff said 14 roads were shut.");

            var spent = reading.Mentions.Single(m => m.Mention.Text == "$3 million");
            spent.Chain.Origin.Should().Be("county", "a body is not one of its officials");
            spent.Source.Kind.Should().Be(ClaimRecon.Sources.SourceKind.OfficialBody);
            reading.Mentions.Single(m => m.Mention.Text == "14").Chain.Origin.Should().Be("daily-ledger/county-sheriff", "the sheriff is the county sheriff");
        }

        [Fact]
        public void TheCompanyIsTheBodyASpokeswomanSpokeFor()
        {
            var reading = Reading.Of("About 90 drivers quit, said Mara Lind, a spokeswoman for the bus operator's parent company. The company said 30 had been rehired.");

            var rehired = reading.Mentions.Single(m => m.Mention.Text == "30");
            rehired.Source.Kind.Should().NotBe(ClaimRecon.Sources.SourceKind.NamedPerson, "the company is not its spokeswoman");
            rehired.Source.Name.Should().Contain("company");
            rehired.Decisions.Single(d => d.Part == AttributionPart.Source).Rule.Should().EndWith("resolve.definite-description.body");
        }

        [Fact]
        public void ABodyNamedWithoutACountryKeepsItsOwnOrigin()
        {
            Reading.Figure("The Water Ministry said 40 wells had run dry.", "40").Chain.Origin.Should().Be("water-ministry");
        }

        [Fact]
        public void MediaOfACountryAndAPlaceInsideACountryDoNotSpeakForItsGovernment()
        {
            Reading.Figure("Jordanian media reported that 40 wells had run dry.", "40").Chain.Origin.Should().NotBe("jordan", "news outlets are not the government");
            Reading.Figure("Iraq's Kurdistan Region said 40 wells had run dry.", "40").Chain.Origin.Should().NotBe("iraq", "a region is a government of its own, not a body of the country's");
        }

        [Fact]
        public void TheBodyAndTheCountryGivingOneFigureAreOneIndependentOrigin()
        {
            var day = new LocalDate(2026, 3, 2).AtMidnight().WithOffset(Offset.Zero);
            var r = ArticleReconciler.Reconcile(new[]
            {
                new Article("Jordan's Water Ministry said on Monday that 40 wells have run dry so far.", "Harbour Post", day),
                new Article("Jordan announced on Monday that 40 wells have run dry so far.", "Island Daily", day),
            });

            r.Claims.Claims.Select(c => c.Attribution.Origin).Should().Equal("jordan", "jordan");
            r.Report.Contradictions.Merges.Should().ContainSingle().Which.Periods.Single().Explanation.Should().Contain("held by 1 of 1 independent source (Jordan [2 claims])");
        }
    }
}
