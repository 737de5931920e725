using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A speaker set off from the verb by commas (session 18, from PolNeAR train misses where no attribution was found at
    /// all): a name followed by several descriptions keeps them all; a name followed by an aside about how or where it was
    /// said is the source without the aside. Sentences of our own; each had no statement, or none with this source, before.
    /// </summary>
    public sealed class SubjectAsideTests
    {
        private static CitedStatement Cue(string text, string cue) => Reading.Of(text).Statements.Single(s => s.Cue.Text == cue);

        [Theory]
        [InlineData("Mara Voss, 64, of Linfield, said that 2,000 ballots were late.", "Mara Voss, 64, of Linfield,")]
        [InlineData("Mara Voss, 64, a retired nurse, said that 2,000 ballots were late.", "Mara Voss, 64, a retired nurse,")]
        [InlineData("Mara Voss, 64, who drives a school bus, said that 2,000 ballots were late.", "Mara Voss, 64, who drives a school bus,")]
        [InlineData("Mara Voss, now 64 and retired in Linfield, Ore., said that 2,000 ballots were late.", "Mara Voss, now 64 and retired in Linfield, Ore.,")]
        public void ANameKeepsEveryDescriptionBeforeItsVerb(string text, string source)
        {
            Cue(text, "said").Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void AQuotationsSpeakerKeepsEveryDescription()
        {
            var said = Cue("\u201CWe counted 2,000 late ballots,\u201D Mara Voss, 64, of Linfield, Ore., who works at the depot, said on Monday.", "said");

            said.Source!.Value.Text.Should().Be("Mara Voss, 64, of Linfield, Ore., who works at the depot,");
            said.Content.Text.Should().Be("\u201CWe counted 2,000 late ballots,\u201D");
        }

        [Theory]
        [InlineData("Mara Voss, speaking at a town meeting, said that 2,000 ballots were late.", "Mara Voss")]
        [InlineData("The clerk, in an effort to calm voters, wrote that 2,000 ballots were late.", "The clerk")]
        [InlineData("She, during a visit to the depot, said that 2,000 ballots were late.", "She")]
        public void AnAsideAboutHowItWasSaidIsNoPartOfTheSource(string text, string source)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().Be("2,000 ballots were late");
            s.Rule.Should().Be("source.verb.subject-before.aside");
        }

        [Fact]
        public void ACitingAsideIsTheVerbsCircumstanceNotAStatementOfItsOwn()
        {
            var s = Reading.Of("Mara Voss, citing county records, said that 2,000 ballots were late.").Statements.Should().ContainSingle().Which;

            s.Cue.Text.Should().Be("said");
            s.Source!.Value.Text.Should().Be("Mara Voss");
        }
    }
}
