using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on a crowd-size story of our own (police against organisers), each in sentences of our own,
    /// against a Friday 14 March 2025 publication.
    /// </summary>
    public sealed class CrowdStoryReadingTests
    {
        [Fact]
        public void AMinistryNamedByItsOwnWordIsNotTheMinistryNamedBefore()
        {
            var reading = Reading.Of("The transport ministry said 40 trains were cancelled. Fares will rise by 3%, according to the treasury ministry.");

            reading.Mentions.Single(m => m.Mention.Text == "40").Source.Id.Should().Be("transport-ministry");
            var fares = reading.Mentions.Single(m => m.Mention.Text == "3%");
            fares.Source.Id.Should().Be("treasury-ministry", "\"treasury\" is not a word of the transport ministry");
            fares.DecisionFor(AttributionPart.Source).Rule.Should().NotContain("resolve.definite-description");
        }

        [Fact]
        public void TheBareDescriptionStillMeansTheBodyNamedBefore()
        {
            var reading = Reading.Of("The transport ministry said 40 trains were cancelled. Fares will rise by 3%, according to the ministry.");

            reading.Mentions.Single(m => m.Mention.Text == "3%").Source.Id.Should().Be("transport-ministry");
        }

        [Fact]
        public void ASecondSpeakerAfterWhileIsNotCitedByTheFirst()
        {
            var reading = Reading.Of("Police said 2,500 people joined the rally, while the organisers said 9,000 had come.");

            var theirs = reading.Mentions.Single(m => m.Mention.Text == "9,000");
            theirs.Chain.ToString().Should().NotContain("police", "the organisers are not quoted by the police");
            theirs.Source.Name.Should().Contain("organisers");
            reading.Mentions.Single(m => m.Mention.Text == "2,500").Source.Id.Should().Be("police");
        }

        [Fact]
        public void AnUnderestimateDeniesTheFigureOfTheSourceItNamesAndPutsTheTruthHigher()
        {
            var reading = Reading.Of("Police said 2,500 people joined the rally, while the organisers said 9,000 had come.\n\"The police figure is a serious underestimate,\" said Tomas Berg, one of the organisers.");

            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.Direction.Should().Be(DenialDirection.Higher);
            denial.DeniedFigures.Should().ContainSingle().Which.Mention.Text.Should().Be("2,500", "the words name the police's figure, not the nearest one");
            denial.DecisionFor(AttributionPart.Denied).Rule.Should().Be("denied.figure.named-source");
        }

        [Theory]
        [InlineData("an overestimate", DenialDirection.Lower)]
        [InlineData("undercounted", DenialDirection.Higher)]
        [InlineData("overstated", DenialDirection.Lower)]
        public void DenialWordsOfEstimatesHaveTheirDirection(string words, DenialDirection direction)
        {
            var reading = Reading.Of($"The council counted 1,200 cyclists on the bridge. A cycling group said the count was {words}.");

            reading.Denials.Should().ContainSingle().Which.Direction.Should().Be(direction);
        }

        [Fact]
        public void AMarchIsNoMonth()
        {
            var m = Reading.Figure("Police said 2,500 people took part in the march.", "2,500");

            m.Describes.Should().BeNull("lower-case \"march\" is the event, not the month");
        }

        [Fact]
        public void TheMonthMarchStillIsOne()
        {
            var m = Reading.Figure("Police said 2,500 people took part in March.", "2,500");

            m.Describes.Should().Be(TimeReference.InMonth(new YearMonth(2025, 3), "in March"));
        }

        [Fact]
        public void LastMonthsEventIsLastMonth()
        {
            var m = Reading.Figure("Last month's rally drew 4,000 people, police said.", "4,000");

            m.Describes.Should().Be(TimeReference.InMonth(new YearMonth(2025, 2), "Last month's"));
            m.DecisionFor(AttributionPart.Describes).Rule.Should().Be("describes.in");
        }

        [Fact]
        public void AWeekdaysEventIsThatDay()
        {
            var m = Reading.Figure("Police said 2,500 people joined in Tuesday's rally.", "2,500");

            m.Describes.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 11), "in Tuesday's"));
        }
    }
}
