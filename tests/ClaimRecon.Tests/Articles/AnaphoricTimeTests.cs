using ClaimRecon.Articles;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Times that point back ("on the same day", "the next day", "in the same week") resolve against the previous dated
    /// event in the text; publication Friday 14 March 2025. Sentences of our own.
    /// </summary>
    public sealed class AnaphoricTimeTests
    {
        [Fact]
        public void OnTheSameDayIsTheDayOfTheEventBeforeIt()
        {
            var m = Reading.Figure("A ferry sank on Tuesday, with the Coast Guard announcing on the same day that 23 passengers had been rescued.", "23");

            m.StatedAt.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 11), "on the same day"));
            m.DecisionFor(AttributionPart.StatedAt).Rule.Should().Be("stated-at.anaphoric");
        }

        [Fact]
        public void TheNextDayAndThePreviousDayMoveOneDayFromTheEventBeforeThem()
        {
            Reading.Figure("The council met on March 3. The mayor said the next day that 48 homes were flooded.", "48").StatedAt
                .Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 4), "the next day"));
            Reading.Figure("The storm reached the coast on Wednesday. Officials said on the previous day that 60 roads were closed.", "60").StatedAt
                .Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 11), "on the previous day"));
        }

        [Fact]
        public void InTheSameWeekDescribesTheWeekOfTheEventBeforeIt()
        {
            var m = Reading.Figure("Rescuers reached the village on Sunday. The agency said 75 families were moved to shelters in the same week.", "75");

            m.Describes.Should().NotBeNull();
            m.Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 3), "the week of Sunday 9 March runs Monday 3 to Sunday 9");
            m.Describes.LastDay.Should().Be(new LocalDate(2025, 3, 9));
        }

        [Fact]
        public void WithNoEarlierDateTheSameDayStaysThePublicationMoment()
        {
            var m = Reading.Figure("Officials may revise the count. The mayor said on the same day that 48 homes were flooded.", "48");

            m.StatedAt.Should().Be(TimeReference.At(Reading.Published), "\"may\" is a verb here, not a month, and no other date comes before");
            m.DecisionFor(AttributionPart.StatedAt).Rule.Should().Be("stated-at.published");
        }

        [Fact]
        public void OnThatDayBeforeTheVerbIsTheDayOfTheEventBeforeIt()
        {
            var m = Reading.Figure("The port opened on Monday. The harbour master on that day said 31 ships had docked.", "31");

            m.StatedAt.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 10), "on that day"));
        }
    }
}
