using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A speaker whose description is too long or too unusual to be read as an appositive (session 21, from PolNeAR train
    /// misses where the phrase after the verb was taken for an inverted speaker): the phrase after "told" is whom it was
    /// told, and a phrase after "said" with a verb of its own opens what was said; the speaker is the sentence's subject.
    /// A possessive opens a description before a name as an article does. Sentences of our own.
    /// </summary>
    public sealed class LongSubjectTests
    {
        private static CitedStatement Cue(string text, string cue) => Reading.Of(text).Statements.Single(s => s.Cue.Text == cue && s.Source?.Text != "who");

        [Theory]
        [InlineData("Tomas Brandt, who said he had farmed in the valley for 40 years, said the repairs would cost 4 million dollars.", "Tomas Brandt")]
        [InlineData("Tomas Brandt, a farmer who said he had lived in the valley for 40 years, said the repairs would cost 4 million dollars.", "Tomas Brandt, a farmer who said he had lived in the valley for 40 years,")]
        [InlineData("Tomas Brandt \u2014 who said he had farmed in the valley for 40 years \u2014 said the repairs would cost 4 million dollars.", "Tomas Brandt")]
        public void APhraseWithItsOwnVerbAfterSaidIsWhatWasSaid(string text, string source)
        {
            var said = Cue(text, "said");

            said.Source!.Value.Text.Should().Be(source);
            said.Content.Text.Should().Be("the repairs would cost 4 million dollars");
        }

        [Theory]
        [InlineData("Tomas Brandt, who said he had farmed in the valley for 40 years, told the Courier that the repairs would cost 4 million dollars.", "Tomas Brandt")]
        [InlineData("In July, Tomas Brandt — a farmer who said he had lived in the valley for 40 years — told the Courier that the repairs would cost 4 million dollars.", "Tomas Brandt — a farmer who said he had lived in the valley for 40 years —")]
        public void ThePhraseAfterToldIsWhomItWasToldNotTheSpeaker(string text, string source)
        {
            var told = Cue(text, "told");

            told.Source!.Value.Text.Should().Be(source);
            told.Content.Text.Should().Be("the repairs would cost 4 million dollars");
        }

        [Theory]
        [InlineData("\u201CThe repairs will cost 4 million dollars,\u201D said Tomas Brandt.", "Tomas Brandt")]
        [InlineData("The repairs will cost 4 million dollars, said Tomas Brandt, the county engineer.", "Tomas Brandt, the county engineer")]
        public void ASpeakerWrittenAfterTheVerbIsStillRead(string text, string source)
        {
            Cue(text, "said").Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("Ortiz's lawyer, Tomas Brandt, said that 300 homes were flooded.", "Ortiz's lawyer, Tomas Brandt,")]
        [InlineData("On Monday, Velmar Bank's chief economist, Tomas Brandt, said that rates would rise to 4 percent.", "Velmar Bank's chief economist, Tomas Brandt,")]
        public void APossessiveOpensADescriptionBeforeAName(string text, string source)
        {
            Cue(text, "said").Source!.Value.Text.Should().Be(source);
        }
    }
}
