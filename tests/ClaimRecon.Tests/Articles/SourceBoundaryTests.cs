using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Where a source span ends (session 14, from PolNeAR train misses whose cue was found but whose source had other
    /// boundaries): an inverted speaker who is described rather than named runs to its comma; a named one ends before "in
    /// an interview" and the like; an appositive that ends
    /// the sentence after a trailing "according to X" belongs to the source. Sentences of our own; each rule's near misses
    /// beside it.
    /// </summary>
    public sealed class SourceBoundaryTests
    {
        private static CitedStatement Said(string text) => Reading.Of(text).Statements.Single(s => s.Cue.Text == "said");

        [Theory]
        [InlineData("\u201CWe will need 40 more buses,\u201D said a longtime aide to the mayor.", "a longtime aide to the mayor")]
        [InlineData("\u201CWe will need 40 more buses,\u201D said one aide familiar with the depot's plans, who asked not to be named.", "one aide familiar with the depot's plans")]
        [InlineData("\u201CWe will need 40 more buses,\u201D said a council member who backs the plan.", "a council member who backs the plan")]
        [InlineData("\u201CWe will need 40 more buses,\u201D said an engineer at the depot on Tuesday.", "an engineer at the depot")]
        [InlineData("\u201CWe will need 40 more buses,\u201D said one depot worker who requested anonymity.", "one depot worker")]
        [InlineData("\u201CWe will need 40 more buses,\u201D said a driver for the county in an interview.", "a driver for the county")]
        public void AnInvertedSpeakerDescribedNotNamedRunsToItsComma(string text, string source)
        {
            Said(text).Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("\u201CWe will need 40 more buses,\u201D said Lena Ortiz, who runs the depot.", "Lena Ortiz, who runs the depot")]
        public void ANamedSpeakerKeepsItsRelativeClause(string text, string source)
        {
            Said(text).Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("About 600 teachers marched on Monday, the teachers' federation said.", "the teachers' federation")]
        [InlineData("About 600 teachers marched on Monday, the teachers\u2019 federation said.", "the teachers\u2019 federation")]
        [InlineData("The growers' council said 600 orchards were flooded.", "The growers' council")]
        public void APluralsPossessiveApostropheStaysInsideTheSource(string text, string source)
        {
            // The apostrophe after a plural's s used to end the phrase, so the federation was no source at all.
            Said(text).Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("Harbor Radio's Mina Cole said 14 ferries were idle.", "mina-cole", "harbor-radio")]
        [InlineData("Coast Reporters' Jonas Hale said 14 ferries were idle.", "jonas-hale", "coast-reporters")]
        public void APersonNamedAfterAnOwnersPossessiveSpeaksForTheOwner(string text, string person, string owner)
        {
            var m = Reading.Figure(text, "14");

            m.Source.Id.Should().Be(person);
            m.ChainSources.Select(s => s.Id).Should().Contain(owner);
        }

        [Fact]
        public void ABodyNamedAfterItsCountrysPossessiveStaysOneBody()
        {
            Reading.Figure("Jordan's Water Ministry said 14 wells were dry.", "14").Source.Id.Should().Be("jordans-water-ministry");
        }

        [Fact]
        public void AClauseAfterTheVerbIsNoDescription()
        {
            var statements = Reading.Of("Ortiz, who said she rides the bus daily, said one route she likes so far is the 40 line.").Statements;

            statements.Should().NotContain(s => s.Source != null && s.Source.Value.Text.Contains("40"));
        }

        [Theory]
        [InlineData("The depot hired 40 drivers, according to the Harbor Trust, a transit watchdog.", "the Harbor Trust, a transit watchdog")]
        [InlineData("The depot hired 40 drivers, according to Lena Ortiz, who runs the depot.", "Lena Ortiz, who runs the depot")]
        [InlineData("The depot hired 40 drivers, according to Lena Ortiz, director of the depot.", "Lena Ortiz, director of the depot")]
        public void AnAppositiveEndingTheSentenceAfterATrailingAccordingToBelongsToTheSource(string text, string source)
        {
            var s = Reading.Of(text).Statements.Should().ContainSingle().Which;

            s.Source!.Value.Text.Should().Be(source);
            s.Content.Text.Should().Be("The depot hired 40 drivers");
        }

        [Theory]
        [InlineData("According to the Harbor Trust, the depot hired 40 drivers.", "the Harbor Trust")]
        [InlineData("The depot hired 40 drivers, according to the Harbor Trust, and the union agreed.", "the Harbor Trust")]
        public void AClauseAfterAccordingToIsNoAppositive(string text, string source)
        {
            Reading.Of(text).Statements.Single(x => x.Cue.Text.Equals("according to", System.StringComparison.OrdinalIgnoreCase)).Source!.Value.Text.Should().Be(source);
        }

        [Theory]
        [InlineData("\u201CWe will need 40 more buses,\u201D said Mayor Lena Ortiz in a telephone interview.", "Mayor Lena Ortiz")]
        [InlineData("\u201CWe will need 40 more buses,\u201D said Lena Ortiz in an email to staff.", "Lena Ortiz")]
        public void AnInvertedNamedSpeakerEndsBeforeHowItWasSaid(string text, string source)
        {
            Said(text).Source!.Value.Text.Should().Be(source);
        }

        [Fact]
        public void AnAppositiveKeepsItsOwnPhraseOfPlace()
        {
            Said("\u201CWe will need 40 more buses,\u201D said Lena Ortiz, who drove for the county in a rural district.").Source!.Value.Text
                .Should().Be("Lena Ortiz, who drove for the county in a rural district");
        }

        [Theory]
        [InlineData("\u201CThe clinic needs 30 more nurses,\u201D said Sen. Lena Ortiz (D-Ore.), a hospital backer.", "Sen. Lena Ortiz (D-Ore.), a hospital backer")]
        [InlineData("Rep. Lena Ortiz (D-Ore.), chair of the health panel, said the clinic needs 30 more nurses.", "Rep. Lena Ortiz (D-Ore.), chair of the health panel,")]
        [InlineData("Rep. Lena Ortiz, R-Ky., said the clinic needs 30 more nurses.", "Rep. Lena Ortiz, R-Ky.,")]
        public void ALawmakersPartyAndStateStayInTheName(string text, string source)
        {
            // The period of "Ore." before a closing bracket was read as a stop, so the bracketed name was no phrase; "R-Ky." set off by
            // commas was read as an abbreviated place that names no speaker: each figure had no attribution.
            Said(text).Source!.Value.Text.Should().Be(source);
        }
    }
}
