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
    

        [Fact]
        public void ATimeInsideASinceClauseStartsThePeriod()
        {
            var m = Reading.Figure("The clinic said 214 cases had been confirmed since the outbreak began in January.", "214");

            m.Describes!.FirstDay.Should().Be(new LocalDate(2025, 1, 1));
            m.Describes.LastDay.Should().Be(new LocalDate(2025, 3, 14));
            m.DecisionFor(AttributionPart.Describes).Rule.Should().Be("describes.since");
        }

        [Fact]
        public void SinceTheStartOfAMonthRunsFromItsFirstDay()
        {
            var m = Reading.Figure("Crews have laid about 9,000 metres of pipe since the start of February, the utility said.", "about 9,000 metres");

            m.Describes.Should().Be(TimeReference.Between(new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 14), "since the start of February"));
        }

        [Fact]
        public void AtTheStartOfTheWeekIsItsMonday()
        {
            var m = Reading.Figure("The count rose to 253, up from 214 at the start of the week, the clinic said.", "up from 214");

            m.Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 10));
            m.Describes.LastDay.Should().Be(new LocalDate(2025, 3, 10));
        }

        [Fact]
        public void ByTheEndOfTheYearIsTheLastDayOfThisYear()
        {
            var m = Reading.Figure("The city plans to plant 5,000 trees by the end of the year.", "5,000");

            m.Describes.Should().Be(TimeReference.OnDay(new LocalDate(2025, 12, 31), "by the end of the year"));
        }

        [Fact]
        public void APlaceAfterAtIsNoTime()
        {
            var m = Reading.Figure("Staff met 40 families at the clinic, the charity said.", "40");

            m.Describes.Should().BeNull();
        }
    }
}
