using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Words inside a source's span (session 20, from PolNeAR's train split): a web address is one word of its name, and
    /// "in fact" or "in the past" between subject and verb belongs to neither. Sentences of our own.
    /// </summary>
    public sealed class SourceWordingTests
    {
        [Theory]
        [InlineData("Staff at LakeWatch.org said 40 schools would close.", "said", "Staff at LakeWatch.org")]
        [InlineData("About 40 schools closed, according to DoverDaily.com.", "according to", "DoverDaily.com")]
        [InlineData("The U.S. Navy said 40 ships sailed.", "said", "The U.S. Navy")]
        public void AWebAddressIsOneWordOfItsName(string text, string cue, string source)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be(cue);
            s.Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("The board has in the past said 40 schools would close.", "The board")]
        [InlineData("Her aides have in fact said 40 schools would close.", "Her aides")]
        public void InFactOrInThePastBetweenSubjectAndVerbIsNoPartOfTheSource(string text, string source)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be("said");
            s.Source!.Value.Text.Should().Be(source);
        }
    }
}
