using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// A body one article names with its country and another without it, on articles of our own: one source when the
    /// country is unambiguous, two when it is not (a wrong merge hides who said what, so the traps matter most).
    /// </summary>
    public sealed class CrossArticleAliasTests
    {
        private const string WithCountry = "Egypt's Water Authority said on Monday that 1,200 wells have been sealed in Egypt so far.";
        private const string BareAboutEgypt = "The Water Authority said 1,350 wells have been sealed in Egypt so far. Egyptian farmers say Egypt needs the water.";
        private const string BareAboutJordan = "The Water Authority said 900 wells have been sealed in Jordan so far. Jordan's farmers object, and Jordanian officials said Jordan would act, unlike Egypt.";

        private static readonly OffsetDateTime Day = new LocalDate(2026, 3, 2).AtMidnight().WithOffset(Offset.Zero);

        private static ArticleReconciliation Reconcile(ArticleReconcilerOptions? options, params string[] texts) =>
            ArticleReconciler.Reconcile(texts.Select((t, i) => new Article(t, "Outlet " + (char)('A' + i), Day)), options);

        /// <summary>The water authority the figure's chain names (the body, not the government it speaks for).</summary>
        private static string SpeakerOf(ArticleReconciliation r, string figure) =>
            r.Claims.Claims.Single(c => c.Figure?.Wording == figure).Attribution.Steps.Select(s => s.SourceId).Single(id => id.Contains("water"));

        private static string OriginOf(ArticleReconciliation r, string figure) =>
            r.Claims.Claims.Single(c => c.Figure?.Wording == figure).Attribution.Origin;

        [Fact]
        public void ABodyNamedWithoutItsCountryIsTheBodyAnotherArticleNamesWithIt()
        {
            var r = Reconcile(null, WithCountry, BareAboutEgypt);

            SpeakerOf(r, "1,350").Should().Be(SpeakerOf(r, "1,200"));
            OriginOf(r, "1,350").Should().Be(OriginOf(r, "1,200"), "both speak for Egypt's government, one origin, not two");
        }

        [Fact]
        public void ABareNameInAnArticleAboutAnotherCountryStaysItsOwn()
        {
            var r = Reconcile(null, WithCountry, BareAboutJordan);

            SpeakerOf(r, "900").Should().NotBe(SpeakerOf(r, "1,200"), "the article names Jordan most, so its Water Authority is Jordan's");
        }

        [Fact]
        public void TwoCountriesBodiesOfOneNameAliasNothing()
        {
            var r = Reconcile(null, WithCountry, BareAboutEgypt, "Jordan's Water Authority said 900 wells have been sealed in Jordan so far.");

            SpeakerOf(r, "1,350").Should().NotBe(SpeakerOf(r, "1,200"));
            SpeakerOf(r, "1,350").Should().NotBe(SpeakerOf(r, "900"));
        }

        [Fact]
        public void TheCallerCanTurnItOff()
        {
            var r = Reconcile(ArticleReconcilerOptions.Default.WithBodiesAliasedAcrossArticles(false), WithCountry, BareAboutEgypt);

            ArticleReconcilerOptions.Default.AliasBodiesAcrossArticles.Should().BeTrue();
            SpeakerOf(r, "1,350").Should().NotBe(SpeakerOf(r, "1,200"));
        }

        [Theory]
        [InlineData("Egypt's Water Authority", "Egypt", "Water Authority")]
        [InlineData("the Egyptian Water Authority", "Egypt", "Water Authority")]
        [InlineData("Egypt\u2019s Ministry of Health", "Egypt", "Ministry of Health")]
        [InlineData("the Water Authority", null, null)]
        [InlineData("Iraq's Kurdistan", null, null)]
        public void ACountryIsSplitFromTheBodysName(string name, string? country, string? rest)
        {
            var split = CrossArticleAliases.CountryAndRest(name);

            split?.Country.Should().Be(country);
            split?.Name.Should().Be(rest);
            (split is null).Should().Be(country is null);
        }
    }
}
