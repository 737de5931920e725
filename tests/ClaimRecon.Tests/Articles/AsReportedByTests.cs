using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// "As reported by X, ..." (session 18, from PolNeAR train misses): a reporting verb's past participle between "as" and
    /// "by" names its agent as the source. Sentences of our own.
    /// </summary>
    public sealed class AsReportedByTests
    {
        [Theory]
        [InlineData("As reported by the Harbor Gazette, the ferry line carried 90,000 riders last year.", "reported", "the Harbor Gazette", "the ferry line carried 90,000 riders last year")]
        [InlineData("As noted by the port clerk, the ferry line carried 90,000 riders last year.", "noted", "the port clerk", "the ferry line carried 90,000 riders last year")]
        [InlineData("The ferry line carried 90,000 riders last year, as estimated by the port clerk.", "estimated", "the port clerk", "The ferry line carried 90,000 riders last year")]
        public void TheAgentAfterAsAndAParticipleIsTheSource(string text, string cue, string source, string content)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be(cue);
            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().Be(content);
            s.Rule.Should().Be("source.as-by");
        }
    }
}
