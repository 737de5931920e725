using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A poll, count or average that "has", "gives" or "gave" someone a standing reports it, as "shows" would (session 22,
    /// from PolNeAR train misses where no attribution was read). Sentences of our own.
    /// </summary>
    public sealed class PollStandingTests
    {
        [Theory]
        [InlineData("Tuesday's Harbor Courier poll has Ortiz leading Brandt by 6 points.", "Tuesday's Harbor Courier poll", "has", "Ortiz leading Brandt by 6 points")]
        [InlineData("In the river wards, a Courier survey out on Sunday had him at 7 points.", "a Courier survey out on Sunday", "had", "him at 7 points")]
        [InlineData("The latest count by the clerk gives her 212 of the 400 seats.", "The latest count by the clerk", "gives", "her 212 of the 400 seats")]
        [InlineData("The dockers' poll gave Brandt (R) a lead of 5 points.", "The dockers' poll", "gave", "Brandt (R) a lead of 5 points")]
        public void APollThatGivesSomeoneAStandingReportsIt(string text, string source, string cue, string content)
        {
            var statement = Reading.Of(text).Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be(source);
            statement.Cue.Text.Should().Be(cue);
            statement.Content.Text.Should().Be(content);
        }

        [Fact]
        public void APollGivingAStandingAfterWithReportsIt()
        {
            var statement = Reading.Of("Ortiz is ahead in the north, with a new poll giving her a 9-point edge.").Statements.Should().ContainSingle().Which;
            statement.Source!.Value.Text.Should().Be("a new poll");
            statement.Cue.Text.Should().Be("giving");
        }

        [Fact]
        public void TheFigureOfTheStandingIsThePolls()
        {
            Reading.Figure("The county poll has Ortiz at 41 percent.", "41 percent").SourceSpan!.Value.Text.Should().Be("The county poll");
        }

        [Theory]
        [InlineData("The harbour poll has an error margin of 3.5 points.")]
        [InlineData("The mayor has Ortiz at her side for 3 days.")]
        [InlineData("The poll had Ortiz's name spelled wrong.")]
        [InlineData("The harbor board gave Ortiz a lead role in the 2026 talks.")]
        public void NoStandingOrNoPollReadsNothing(string text)
        {
            Reading.Of(text).Statements.Should().BeEmpty();
        }
    }
}
