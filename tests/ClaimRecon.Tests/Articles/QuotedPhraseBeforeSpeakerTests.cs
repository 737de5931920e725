using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A quotation after a preposition or a possessive, right before a speaker, is a quoted phrase (a programme's name,
    /// words echoed from someone else), not what the speaker said, when the speaker goes on to say something after the
    /// verb (session 22, from PolNeAR train misses where the programme's name was read as the content). Sentences of our own.
    /// </summary>
    public sealed class QuotedPhraseBeforeSpeakerTests
    {
        [Theory]
        [InlineData("Wednesday on the Valley Courier's \"Harbor Hour,\" Lena Ortiz said if the levy fails, 40 boats will be sold.", "if the levy fails, 40 boats will be sold")]
        [InlineData("Asked about the board's \"secret list,\" Brandt said 12 names were on it.", "12 names were on it")]
        [InlineData("Praising the crew's \"quiet courage,\" Ortiz said, \"We owe them 40 new boats.\"", "\"We owe them 40 new boats.\"")]
        public void TheSpeakerSaysWhatFollowsTheVerb(string text, string content)
        {
            Reading.Of(text).Statements.Should().ContainSingle().Which.Content.Text.Should().Be(content);
        }

        [Theory]
        [InlineData("\"We sold 40 boats,\" Ortiz said sarcastically.", "\"We sold 40 boats,\"")]
        [InlineData("\"We sold 40 boats,\" Ortiz said in an interview.", "\"We sold 40 boats,\"")]
        [InlineData("\"We sold 40 boats,\" Ortiz said on Friday.", "\"We sold 40 boats,\"")]
        public void WithNothingSaidAfterTheVerbTheQuotationIsTheSpeakers(string text, string content)
        {
            Reading.Of(text).Statements.Should().ContainSingle().Which.Content.Text.Should().Be(content);
        }
    }
}
