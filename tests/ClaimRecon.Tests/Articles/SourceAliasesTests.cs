using System;
using ClaimRecon.Articles;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    public sealed class SourceAliasesTests
    {
        [Theory]
        [InlineData("the Joint Operations Command")]
        [InlineData("JOC")]
        [InlineData("Iraq's Joint Operations Command")]
        [InlineData("Iraq\u2019s Joint Operations Command")]
        [InlineData("joint operations command")]
        public void TheNamesOfOneBodyFindOneSource(string name)
        {
            SourceAliases.Default.Find(name)!.Id.Should().Be("joint-operations-command");
        }

        [Fact]
        public void ABracketedAcronymAtTheEndOfANameIsTried()
        {
            SourceAliases.Default.Find("U.S. Central Command (CENTCOM)")!.Id.Should().Be("centcom");
            SourceAliases.Default.Find("US Central Command")!.Id.Should().Be("centcom");
        }

        [Fact]
        public void APhraseThatOnlyMentionsAKnownBodyIsNotThatBody()
        {
            SourceAliases.Default.Find("a source within Iraq's Joint Operations Command").Should().BeNull();
            SourceAliases.Default.Find("figures from U.S. Central Command (CENTCOM)").Should().BeNull();
        }

        [Fact]
        public void TheCallerExtendsTheTableWithoutChangingTheOriginal()
        {
            var harbour = new Source("harbour-board", "Harbour Board", SourceKind.OfficialBody);

            var extended = SourceAliases.Default.With(harbour, "HB", "the Port Board");

            extended.Find("the Port Board").Should().Be(harbour);
            extended.Find("HB").Should().Be(harbour);
            extended.AliasesOf("harbour-board").Should().Contain(new[] { "HB", "the Port Board" });
            SourceAliases.Default.Find("HB").Should().BeNull();
        }

        [Fact]
        public void AnAliasCannotNameTwoSources()
        {
            var act = () => SourceAliases.Default.With(new Source("joc-2", "Other Command", SourceKind.OfficialBody), "JOC");

            act.Should().Throw<ArgumentException>().WithMessage("*\"JOC\"*joint-operations-command*joc-2*").Which.ParamName.Should().Be("aliases");
        }

        [Fact]
        public void TheReaderUsesTheCallersTable()
        {
            var aliases = SourceAliases.Empty.With(new Source("harbour-board", "Harbour Board", SourceKind.OfficialBody), "the Port Board");
            var article = new Article("The Port Board said 45 ships were waiting.", "Daily Ledger", Reading.Published);

            ArticleReader.Read(article, aliases).Mentions[0].Chain.SourceIds.Should().Equal("daily-ledger", "harbour-board");
        }

        [Fact]
        public void AnOutletQuotingAnotherOutletIsAChainNotAMerge()
        {
            var m = Reading.Figure("The Meridian Times reported that 45 ships were waiting.", "45", outlet: "Kurdistan24");

            m.Chain.SourceIds.Should().Equal("kurdistan24", "meridian-times");
            m.ChainSources[0].Kind.Should().Be(SourceKind.NewsOutlet);
            m.ChainSources[1].Kind.Should().Be(SourceKind.NewsOutlet);
        }

        [Fact]
        public void SourcesOfTwoArticlesShareIdentifiersThroughTheTable()
        {
            var a = Reading.Figure("The JOC said 45 ships were waiting.", "45", outlet: "Kurdistan24");
            var b = Reading.Figure("Iraq's Joint Operations Command said 50 ships were waiting.", "50", outlet: "Daily Ledger");

            a.Source.Id.Should().Be(b.Source.Id);
        }
    }
}
