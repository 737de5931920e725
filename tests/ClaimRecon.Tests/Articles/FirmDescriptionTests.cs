using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// "The company", "the firm" and a firm named after the word that says what it is ("the utility North Shore Power"):
    /// one source, not a second one that would count as an independent witness. Sentences of our own.
    /// </summary>
    public sealed class FirmDescriptionTests
    {
        [Fact]
        public void TheCompanyAndTheFirmAreTheFirmNamedBefore()
        {
            var reading = Reading.Of("Brightwater Industries said it would cut 300 jobs. The company said another 120 posts were under review. The firm also said 40 stores would close.");

            reading.Mentions.Select(m => m.Source.Id).Should().Equal("brightwater-industries", "brightwater-industries", "brightwater-industries");
            reading.Mentions[1].DecisionFor(AttributionPart.Source).Rule.Should().Contain("resolve.definite-description.generic");
        }

        [Fact]
        public void AFirmWordNamesTheFirmAfterIt()
        {
            var reading = Reading.Of("More than 9,000 homes lost power, the utility Cold Creek Electric said. The company said 4,000 had been reconnected.");

            var first = reading.Mentions.Single(m => m.Mention.Text == "More than 9,000");
            first.Source.Id.Should().Be("cold-creek-electric");
            first.Source.Kind.Should().Be(SourceKind.Organization);
            reading.Mentions.Single(m => m.Mention.Text == "4,000").Source.Id.Should().Be("cold-creek-electric");
        }

        [Fact]
        public void ALongNameEndingInWhatAFirmSellsIsTheFirmTheCompanyMeans()
        {
            var reading = Reading.Of("About 6,000 homes were still cut off on Monday, according to Fernhill Valley Power. Crews restored 2,000 more overnight, the company said.");

            var first = reading.Mentions.Single(m => m.Mention.Text == "About 6,000");
            first.Source.Id.Should().Be("fernhill-valley-power");
            first.Source.Kind.Should().Be(SourceKind.Organization);
            reading.Mentions.Single(m => m.Mention.Text == "2,000").Source.Id.Should().Be("fernhill-valley-power");
        }

        [Fact]
        public void ATwoWordNameEndingInSuchAWordStaysAPerson()
        {
            var reading = Reading.Of("About 6,000 homes were still cut off on Monday, according to Nadia Power.");

            reading.Mentions.Single().Source.Kind.Should().Be(SourceKind.NamedPerson);
        }

        [Fact]
        public void AFirmWordNeverReachesAPublicBody()
        {
            var reading = Reading.Of("The transport ministry said 40 trains were cancelled. The company said 12 buses replaced them.");

            reading.Mentions.Single(m => m.Mention.Text == "12").Source.Id.Should().NotBe("transport-ministry");
        }
    }
}
