using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A pronoun with a contracted auxiliary ("she's", "they’ve", session 18, from PolNeAR train sources, which name the
    /// pronoun alone): the pronoun is the source and is resolved like any pronoun; the auxiliary belongs to the cue.
    /// Sentences of our own.
    /// </summary>
    public sealed class ContractionTests
    {
        [Theory]
        [InlineData("They've said that 40 buses are idle.", "They", "'ve said")]
        [InlineData("They\u2019ve said that 40 buses are idle.", "They", "\u2019ve said")]
        [InlineData("\u201CWe have 40 buses,\u201D she's said.", "she", "'s said")]
        public void APronounsContractedAuxiliaryBelongsToTheCue(string text, string source, string cue)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Source!.Value.Text.Should().Be(source);
            s.Cue.Text.Should().Be(cue);
        }

        [Fact]
        public void APronounWithAContractionIsTheSubjectOfAConjoinedVerb()
        {
            var s = Reading.Of("She's a depot manager but concedes that 40 buses are idle.").Statements.Should().ContainSingle().Which;

            s.Source!.Value.Text.Should().Be("She");
            s.Cue.Text.Should().Be("concedes");
        }

        [Fact]
        public void APronounWithAContractionIsResolvedToItsSpeaker()
        {
            Reading.Figure("Lena Ortiz said the depot has 12 buses. She's said that 40 more are idle.", "40").Source.Name.Should().Be("Lena Ortiz");
        }

        [Theory]
        [InlineData("She's here", new[] { 3, 2, 4 })]
        [InlineData("We\u2019re here", new[] { 2, 3, 4 })]
        [InlineData("The mayor's office", new[] { 3, 7, 6 })]
        public void APronounAndItsContractionAreTwoWordsAPossessiveStaysOne(string text, int[] lengths)
        {
            Tokens.Read(text).Select(t => t.End - t.Start).Should().Equal(lengths);
        }
    }
}
