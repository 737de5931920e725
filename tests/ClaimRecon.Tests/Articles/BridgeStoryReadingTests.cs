using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on a bridge-cost story of our own (a council, its opposition, a contractor), each in
    /// sentences of our own.
    /// </summary>
    public sealed class BridgeStoryReadingTests
    {
        [Fact]
        public void AFigureTheSpeakerDeniedStaysItsOwnSpeakers_AndTheDenialPointsAtIt()
        {
            var reading = Reading.Of("The opposition put the overspend at £260 million, a figure the council denied.");

            var m = reading.Mentions.Single();
            m.Source.Name.Should().Be("opposition");
            m.Stance.Should().Be(Stance.Estimates);
            var denial = reading.Denials.Should().ContainSingle().Which;
            denial.Source.Name.Should().Be("council");
            denial.DeniedFigures.Single().Mention.Text.Should().Be("£260 million");
        }

        [Theory]
        [InlineData("The union put the cost at 12,000 pounds, an estimate the minister rejected.", "union", "minister")]
        [InlineData("Residents counted 85 trucks a day, a number Halden Quarries rejected.", "residents", "Halden Quarries")]
        public void AnAppositiveNounForAFigureSeparatesWhoGaveItFromWhoDeniedIt(string text, string speaker, string denier)
        {
            var reading = Reading.Of(text);

            reading.Mentions.Single().Source.Name.Should().Be(speaker);
            reading.Denials.Should().ContainSingle().Which.Source.Name.Should().Be(denier);
        }

        [Fact]
        public void AFirmBeforeAWhichClauseIsTheSubjectOfTheVerbAfterIt()
        {
            var reading = Reading.Of("Velmar Construction, which is building the bridge, said it employs 1,500 people on the project.");

            reading.Mentions.Single().Source.Name.Should().Be("Velmar Construction");
        }

        [Fact]
        public void APronounWithAVerbAfterSaidOpensWhatWasSaid_ItIsNoInvertedSpeaker()
        {
            var reading = Reading.Of("The depot is short of staff, said it needs 40 more drivers.");

            reading.Mentions.Single().Source.Id.Should().NotBe("unresolved-it");
        }
    }
}
