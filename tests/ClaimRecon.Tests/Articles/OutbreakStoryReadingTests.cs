using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Time;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Readings that went wrong on an outbreak story of our own (a health office's daily case counts), each in sentences of
    /// our own, against a Friday 14 March 2025 publication.
    /// </summary>
    public sealed class OutbreakStoryReadingTests
    {
        [Fact]
        public void EachFigureOfARiseIsDatedToItsOwnDay()
        {
            var reading = Reading.Of("The clinic said cases rose to 212 on Tuesday, up from 190 on Monday.");

            var now = reading.Mentions.Single(m => m.Mention.Text.Contains("212"));
            now.Describes.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 11), "on Tuesday"));
            now.DecisionFor(AttributionPart.Describes).Rule.Should().Be("describes.on");
            var before = reading.Mentions.Single(m => m.Mention.Text.Contains("190"));
            before.Describes.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 10), "on Monday"));
        }

        [Fact]
        public void TheDayOfTheSayingIsNotTheDayOfTheFigure()
        {
            var m = Reading.Figure("The clinic said on Tuesday that 212 cases were confirmed.", "212");

            m.StatedAt.Should().Be(TimeReference.OnDay(new LocalDate(2025, 3, 11), "on Tuesday"));
            m.Describes.Should().BeNull("the only day in the sentence is when the clinic spoke");
        }
    }
}
