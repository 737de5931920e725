using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A subject that a relative clause without commas describes ("Riders who attended the hearing said"): the source is
    /// the noun phrase with its clause, not the clause's own words ("attended the hearing" was read). A clause whose first
    /// word is no verb ("the man who police said") or is a reporting verb ("emails that showed the board sought") is left
    /// alone. Sentences of our own.
    /// </summary>
    public sealed class RelativeClauseSubjectTests
    {
        private static CitedStatement Cue(string text, string cue) => Reading.Of(text).Statements.Single(s => s.Cue.Text == cue);

        [Theory]
        [InlineData("Ferry riders who attended the hearing said fares rose 12 percent.", "Ferry riders who attended the hearing")]
        [InlineData("Those who back the levy say it would raise 5 million dollars.", "Those who back the levy")]
        [InlineData("After the vote, harbor pilots who had opposed the plan said 40 berths would close.", "harbor pilots who had opposed the plan")]
        [InlineData("Two dock workers who have not been paid said 300 jobs were cut.", "Two dock workers who have not been paid")]
        [InlineData("Farm groups that tracked the spending say the fund lost 2 million dollars.", "Farm groups that tracked the spending")]
        public void ARelativeClauseBelongsToTheSubjectItDescribes(string text, string source)
        {
            var cue = Cue(text, text.Contains(" say ") ? "say" : "said");

            cue.Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void AClauseWithItsOwnSubjectAfterWhoIsNotJoined()
        {
            var reading = Reading.Of("The man who police said fired 12 shots was arrested on Tuesday.");

            reading.Statements.Where(s => s.Cue.Text == "said").Select(s => s.Source?.Text).Should().NotContain(s => s != null && s.Contains("man"));
        }

        [Fact]
        public void AClauseOpeningWithAReportingVerbIsWhatWasReported()
        {
            var reading = Reading.Of("The mayor pointed to emails released last week that showed board members sought to cut 40 jobs.");

            reading.Statements.Where(s => s.Cue.Text.Contains("sought")).Select(s => s.Source?.Text).Should().NotContain(s => s != null && s.Contains("emails"));
        }
    }
}
