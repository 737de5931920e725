using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Hedging;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Hedging
{
    /// <summary>Identifiers and phrases of hedges, and reading them back.</summary>
    public sealed class HedgeTextTests
    {
        public static IEnumerable<object[]> EveryHedge => HedgingGenerators.AllHedges.Select(h => new object[] { h });

        [Theory]
        [InlineData(Hedge.None, "none")]
        [InlineData(Hedge.Exactly, "exactly")]
        [InlineData(Hedge.MoreThan, "moreThan")]
        [InlineData(Hedge.AtLeast, "atLeast")]
        [InlineData(Hedge.FewerThan, "fewerThan")]
        [InlineData(Hedge.AtMost, "atMost")]
        [InlineData(Hedge.UpTo, "upTo")]
        [InlineData(Hedge.Nearly, "nearly")]
        [InlineData(Hedge.Almost, "almost")]
        [InlineData(Hedge.About, "about")]
        [InlineData(Hedge.Approximately, "approximately")]
        [InlineData(Hedge.Roughly, "roughly")]
        [InlineData(Hedge.Between, "between")]
        [InlineData(Hedge.Range, "range")]
        [InlineData(Hedge.Vague, "vague")]
        public void ToIdentifier_GivesTheJsonName(Hedge hedge, string identifier)
        {
            HedgeText.ToIdentifier(hedge).Should().Be(identifier);
        }

        [Fact]
        public void ToIdentifier_CoversEveryDefinedHedgeWithADistinctName()
        {
            HedgingGenerators.AllHedges.Should().HaveCount(15, "the table above lists 15 hedges; a new one needs a name and a test row");
            HedgingGenerators.AllHedges.Select(HedgeText.ToIdentifier).Should().OnlyHaveUniqueItems();
        }

        [Theory]
        [MemberData(nameof(EveryHedge))]
        public void TryParse_OfToIdentifier_GivesTheSameHedge(Hedge hedge)
        {
            var identifier = HedgeText.ToIdentifier(hedge);

            HedgeText.TryParse(identifier, out var parsed).Should().BeTrue($"\"{identifier}\" is the identifier of {hedge}");
            parsed.Should().Be(hedge);
            HedgeText.Parse(identifier).Should().Be(hedge);
            HedgeText.Parse(identifier.ToUpperInvariant()).Should().Be(hedge, "names are read ignoring case");
        }

        [Theory]
        [MemberData(nameof(EveryHedge))]
        public void TryParse_OfToPhrase_GivesTheSameHedge(Hedge hedge)
        {
            var phrase = HedgeText.ToPhrase(hedge);
            if (hedge == Hedge.None)
            {
                phrase.Should().BeEmpty("a bare figure has no words");
                HedgeText.TryParse(phrase, out _).Should().BeFalse();
                return;
            }

            HedgeText.TryParse(phrase, out var parsed).Should().BeTrue($"\"{phrase}\" is the phrase of {hedge}");
            parsed.Should().Be(hedge);
        }

        [Theory]
        [InlineData("more than", Hedge.MoreThan)]
        [InlineData("More Than", Hedge.MoreThan)]
        [InlineData("  more than  ", Hedge.MoreThan)]
        [InlineData("at least", Hedge.AtLeast)]
        [InlineData("fewer than", Hedge.FewerThan)]
        [InlineData("at most", Hedge.AtMost)]
        [InlineData("up to", Hedge.UpTo)]
        [InlineData("nearly", Hedge.Nearly)]
        [InlineData("ALMOST", Hedge.Almost)]
        [InlineData("roughly", Hedge.Roughly)]
        [InlineData("between", Hedge.Between)]
        public void Parse_EnglishPhrase_GivesTheHedge(string text, Hedge expected)
        {
            HedgeText.Parse(text).Should().Be(expected);
        }

        [Theory]
        [InlineData(Hedge.MoreThan, "more than")]
        [InlineData(Hedge.AtLeast, "at least")]
        [InlineData(Hedge.FewerThan, "fewer than")]
        [InlineData(Hedge.AtMost, "at most")]
        [InlineData(Hedge.UpTo, "up to")]
        [InlineData(Hedge.Nearly, "nearly")]
        [InlineData(Hedge.None, "")]
        public void ToPhrase_GivesEnglishWords(Hedge hedge, string phrase)
        {
            HedgeText.ToPhrase(hedge).Should().Be(phrase);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("kinda")]
        [InlineData("more  than")]
        [InlineData("over")]
        public void TryParse_TextNamingNoHedge_ReturnsFalseAndNone(string? text)
        {
            HedgeText.TryParse(text, out var hedge).Should().BeFalse();
            hedge.Should().Be(Hedge.None);
        }
    }
}
