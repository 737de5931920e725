using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on a two-article vaccination story of our own (a health authority's case counts, a group
    /// disputing them, the authority's spokesman answering), each in sentences of our own.
    /// </summary>
    public sealed class VaccinationStoryReadingTests
    {
        [Theory]
        [InlineData("A board spokeswoman dismissed suggestions from the drivers' union that the figure was exaggerated.")]
        [InlineData("Mr Ortega rejected claims by a tenants' group that the count was inflated, saying every unit had been inspected.")]
        [InlineData("The ministry denied reports that the toll had been understated.")]
        public void RejectingAClaimThatAFigureIsWrongDeniesNoFigure(string answer)
        {
            var reading = Reading.Of("The transport board said 46 buses were out of service on Friday.\n\n" + answer);

            reading.Denials.Should().BeEmpty();
        }

        [Fact]
        public void RejectingAClaimAsExaggeratedIsStillADenial()
        {
            var reading = Reading.Of("Activists said 300 trees had been felled in the park.\n\nThe council rejected the activists' claims as exaggerated.");

            var denial = reading.Denials.Should().ContainSingle().Subject;
            denial.DeniedFigures.Single().Mention.Text.Should().Be("300");
            denial.Direction.Should().Be(DenialDirection.Lower);
        }

        [Fact]
        public void ADenialOfFiguresTakesTheFigureWhoseSentenceSharesItsWords()
        {
            var reading = Reading.Of(
                "The number of confirmed flu cases in the county has reached 480, the health office said. Clinics have given more than 6,000 flu shots since October, "
                + "and about 700 pupils have stayed home this week.\n\n"
                + "A patients' group said the figures were inflated and that many of the cases were never confirmed by a laboratory.");

            reading.Denials.Should().ContainSingle().Which.DeniedFigures.Single().Mention.Text.Should().Be("480");
        }
    

        [Fact]
        public void ADenialReachesFurtherBackForAFigureWhoseSentenceSharesSeveralOfItsWords()
        {
            var reading = Reading.Of(
                "Confirmed flu cases in the county have reached 480, the health office said.\n\n"
                + "Dr. Lena Roth said 52 patients had been treated in hospital.\n\n"
                + "Clinics have given more than 6,000 flu shots since October.\n\n"
                + "A patients' group said the figures were inflated and that many cases were never confirmed.");

            reading.Denials.Should().ContainSingle().Which.DeniedFigures.Single().Mention.Text.Should().Be("480");
        }
    }
}
