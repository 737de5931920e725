using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on a power-outage story of our own (a utility against a county office), each in sentences of
    /// our own, against a Friday 14 March 2025 publication.
    /// </summary>
    public sealed class OutageStoryReadingTests
    {
        [Fact]
        public void WhichAfterAPassiveAgentStandsForTheAgentNotTheClause()
        {
            var reading = Reading.Of("The airline's count was challenged by the Pilots Association, which said that 300 flights were cancelled.");

            var m = reading.Mentions.Single(x => x.Mention.Text == "300");
            m.Source.Id.Should().Be("pilots-association", "\"which\" stands for the phrase right before its comma, not for the clause that holds it");
            m.Source.Name.Should().NotContain("challenged");
        }

        [Fact]
        public void TheBodyNamedThroughWhichIsTheOneALaterDescriptionMeans()
        {
            var reading = Reading.Of(
                "The airline's count was challenged by the Pilots Association, which said on Tuesday that it was too low. The association estimated that 450 flights were cancelled.");

            reading.Mentions.Single(x => x.Mention.Text == "450").Source.Id.Should().Be("pilots-association");
        }

        [Fact]
        public void WhoAfterAQuoteAndItsVerbStandsForTheSpeakerAlone()
        {
            var reading = Reading.Of("\"We were not ready for this,\" said fire chief Dana Reyes, who put the damage at $2 million.");

            var m = reading.Mentions.Single(x => x.Mention.Text == "$2 million");
            m.Source.Name.Should().NotContain("said").And.NotContain("\"");
            m.Source.Name.Should().Contain("Dana Reyes");
        }
    }
}
