using ClaimRecon.Articles;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>When a figure was said and what time it describes, against a Friday 14 March 2025 publication.</summary>
    public sealed class TimeTests
    {
        [Fact]
        public void WithNoTimeGivenTheFigureWasSaidWhenPublished()
        {
            var m = Reading.Figure("The coach said 12 players were injured.", "12");

            m.StatedAt.Should().Be(TimeReference.At(Reading.Published));
            m.StatedAt.Precision.Should().Be(TimePrecision.Instant);
            m.DecisionFor(AttributionPart.StatedAt).Rule.Should().Be("stated-at.published");
            m.Describes.Should().BeNull();
        }

        [Fact]
        public void InAnArticleKnownOnlyByItsDayTheFigureWasSaidOnThatDay()
        {
            var article = new Article("The coach said 12 players were injured.", "Daily Ledger", new LocalDate(2025, 3, 14));

            var m = ArticleReader.Read(article).Mentions.Should().ContainSingle().Subject;

            m.StatedAt.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 14)));
            m.StatedAt.Precision.Should().Be(TimePrecision.Day, "midnight UTC would be a time the article never gave");
            m.DecisionFor(AttributionPart.StatedAt).Rule.Should().Be("stated-at.published");
        }

        [Fact]
        public void InAnArticleKnownOnlyByItsDayAWeekdayStillResolvesAgainstThatDay()
        {
            var article = new Article("The coast guard said on Monday that 17 boats had been rescued so far.", "Daily Ledger", new LocalDate(2025, 3, 14));

            ArticleReader.Read(article).Mentions.Should().ContainSingle().Which.StatedAt
                .Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 10), "on Monday"));
        }

        [Fact]
        public void AWeekdayIsTheLatestSuchDayOnOrBeforePublication()
        {
            var m = Reading.Figure("The coast guard said on Monday that 17 boats had been rescued so far.", "17");

            m.StatedAt.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 10), "on Monday"));
            m.Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 10));
            m.Describes.Precision.Should().Be(TimePrecision.Day);
            m.DecisionFor(AttributionPart.Describes).Rule.Should().Be("describes.so-far");
        }

        [Fact]
        public void TheSameWeekdayAsPublicationIsThatDay()
        {
            Reading.Figure("The club on Friday announced 40 new members.", "40").StatedAt
                .Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 14), "on Friday"));
        }

        [Fact]
        public void LastWeekIsTheWeekBeforeAndSinceRunsToTheDaySaid()
        {
            var m = Reading.Figure("Officials said last week that 60 schools have closed since January.", "60");

            m.StatedAt.FirstDay.Should().Be(new LocalDate(2025, 3, 3));
            m.StatedAt.LastDay.Should().Be(new LocalDate(2025, 3, 9));
            m.Describes!.FirstDay.Should().Be(new LocalDate(2025, 1, 1));
            m.Describes.LastDay.Should().Be(new LocalDate(2025, 3, 9));
            m.DecisionFor(AttributionPart.Describes).Rule.Should().Be("describes.since");
        }

        [Fact]
        public void AMonthDayDateAndLateMonth()
        {
            Reading.Figure("The council said on Feb. 7 that 300 permits were issued.", "300").StatedAt
                .Should().Be(TimeReference.OnDay(new LocalDate(2025, 2, 7), "on Feb. 7"));
            Reading.Figure("\u201CWe expect 300 permits,\u201D the mayor said in late January.", "300").StatedAt
                .Should().Be(TimeReference.Between(new LocalDate(2025, 1, 21), new LocalDate(2025, 1, 31), "in late January"));
        }

        [Fact]
        public void ByTheEndOfAMonthLooksAhead()
        {
            var m = Reading.Figure("The plant will hire 200 workers by the end of June, the company said.", "200");

            m.Describes.Should().Be(TimeReference.OnDay(new LocalDate(2025, 6, 30), "by the end of June"));
        }

        [Fact]
        public void InAYearIsThatYear()
        {
            var m = Reading.Figure("The port handled 9,000 ships in 2023, officials said.", "9,000");

            m.Describes.Should().Be(TimeReference.InYear(2023, "in 2023"));
        }

        [Fact]
        public void APerfectTenseDescribesTheDaySaid()
        {
            var m = Reading.Figure("The coach said 12 players have been injured.", "12");

            m.Describes!.FirstDay.Should().Be(new LocalDate(2025, 3, 14));
            m.DecisionFor(AttributionPart.Describes).Rule.Should().Be("describes.perfect");
        }
    }
}
