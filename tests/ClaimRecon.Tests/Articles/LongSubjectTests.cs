using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A speaker whose description was not read as an appositive (session 21, from PolNeAR train misses where the phrase
    /// after the verb was taken for an inverted speaker): a possessive opens a description before a name as an article
    /// does. Sentences of our own.
    /// </summary>
    public sealed class LongSubjectTests
    {
        private static CitedStatement Cue(string text, string cue) => Reading.Of(text).Statements.Single(s => s.Cue.Text == cue);

        [Theory]
        [InlineData("Ortiz's lawyer, Tomas Brandt, said that 300 homes were flooded.", "Ortiz's lawyer, Tomas Brandt,")]
        [InlineData("On Monday, Velmar Bank's chief economist, Tomas Brandt, said that rates would rise to 4 percent.", "Velmar Bank's chief economist, Tomas Brandt,")]
        public void APossessiveOpensADescriptionBeforeAName(string text, string source)
        {
            Cue(text, "said").Source!.Value.Text.Should().Be(source);
        }
    }
}
