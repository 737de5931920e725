using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on a drought story of our own (a water board, a farmers' union, a ministry), each in
    /// sentences of our own.
    /// </summary>
    public sealed class DroughtStoryReadingTests
    {
        [Theory]
        [InlineData("The ministry rejected that forecast.")]
        [InlineData("The ministry denied reports that the lake would run dry by October.")]
        [InlineData("The ministry said the warning was wrong.")]
        public void ADenialOfAStatementWithNoFigureInItPointsAtNoFigureNearIt(string denial)
        {
            var reading = Reading.Of("Tankers will serve 15 villages at about £40,000 a day, the board said.\n\nCampaigners say the lake could be empty by October. " + denial);

            reading.Denials.Should().ContainSingle().Which.DeniedFigures.Should().BeEmpty("the denial speaks of no figure: no number, no word for one, no direction");
        }

        [Theory]
        [InlineData("The ministry rejected that figure.")]
        [InlineData("The ministry said the estimate was wrong.")]
        [InlineData("The ministry said the cost was exaggerated.")]
        public void ADenialThatSpeaksOfAFigureStillPointsAtTheFigureBeforeIt(string denial)
        {
            var reading = Reading.Of("Tankers will serve 15 villages at about £40,000 a day, the board said. " + denial);

            reading.Denials.Should().ContainSingle().Which.DeniedFigures.Should().ContainSingle();
        }

        [Theory]
        [InlineData("Campaigners say 300 homes could flood. The ministry rejected that forecast.")]
        public void ADenialOfAStatementHoldingAFigurePointsAtThatFigure(string text)
        {
            var reading = Reading.Of("Tankers will serve 15 villages at about £40,000 a day, the board said. " + text);

            reading.Denials.Should().ContainSingle().Which.DeniedFigures.Single().Mention.Text.Should().Be("300");
        }

        [Fact]
        public void ASentenceThatDeniesOneFigureTwiceIsOneDenial_WithItsDirection()
        {
            var reading = Reading.Of("The growers' association put crop losses at £15 million. The board disputed the association's figures, saying the losses were far lower than claimed.");

            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.Direction.Should().Be(DenialDirection.Lower);
            denial.Source.Id.Should().Be("board");
            denial.DeniedFigures.Single().Mention.Text.Should().Be("£15 million");
        }

        [Fact]
        public void ABodyNamedByItsMembersIsOneOrganisation_AndAnotherSuchBodyIsNotIt()
        {
            var reading = Reading.Of(
                "The farmers' union said 450 farms had stopped irrigating.\n\nThe dockers' union said 300 members walked out.\n\nThe union said 12 farms were sold.");

            var farms = reading.Mentions.Single(x => x.Mention.Text == "450");
            farms.Source.Name.Should().Be("farmers' union");
            farms.SpeaksFor.Should().BeNull("the union is not a body of an owner called \"farmers\"");
            reading.Mentions.Single(x => x.Mention.Text == "300").Source.Name.Should().Be("dockers' union");
            reading.Mentions.Single(x => x.Mention.Text == "12").Source.Name.Should().Be("dockers' union", "\"the union\" is the nearest union named before");
        }
    }
}
