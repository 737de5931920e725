using System;
using System.Linq;
using ClaimRecon.Articles;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>Articles in, findings out, on texts of our own, including bad input.</summary>
    public sealed class ArticleReconcilerTests
    {
        private static readonly OffsetDateTime Day = new LocalDate(2026, 3, 2).AtMidnight().WithOffset(Offset.Zero);

        private static Article A(string text, string outlet = "Harbour Post") => new(text, outlet, Day);

        [Fact]
        public void TwoArticlesOnOneStoryShareAQuantityAndDisagree()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("More than 3,000 migrants have been relocated from Greece to Italy so far, officials said."),
                A("Only 1,200 migrants have been relocated from Greece to Italy so far, a charity said.", "Island Daily"),
            });

            r.Alignment.Quantities.Should().ContainSingle();
            r.Report.Contradictions.Contradictions.Should().ContainSingle().Which.Claims.Select(c => c.Id).Should().BeEquivalentTo("harbour-post-1", "island-daily-1");
            r.ClaimIdOf(r.Mentions[0].Id).Should().Be("harbour-post-1");
        }

        [Fact]
        public void AFiresAreaAndItsDailyCostAreComparedAcrossTwoArticles()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("A wildfire west of Cedar Hollow has burned more than 8,000 hectares, the forestry office said. About 400 firefighters are on the lines, and the state says fighting the fire costs $2 million a day."),
                A("The Cedar Hollow fire has grown to between 6,000 and 7,000 hectares, officials said. The state has spent $2 million for each day the fire has burned, a spokesman said.", "Island Daily"),
            });

            var burned = r.Claims.Claims.Single(c => c.Figure!.Wording == "more than 8,000 hectares");
            var grown = r.Claims.Claims.Single(c => c.Figure!.Wording == "between 6,000 and 7,000 hectares");
            burned.Quantity.Should().Be(grown.Quantity, "the area burned and the area the fire has grown to are one quantity");
            r.Claims.Claims.Where(c => c.Figure!.Wording!.StartsWith("$2 million", StringComparison.Ordinal)).Select(c => c.Quantity).Distinct().Should().ContainSingle("a daily cost said with \"costs\" and with \"spent\" is one quantity");
            r.Report.Contradictions.Contradictions.Should().ContainSingle().Which.Claims.Should().BeEquivalentTo(new[] { burned, grown });
        }

        [Fact]
        public void APartOfAGroupWrittenAsAFraction_IsAShareInPercent_NeverACountOfTheGroup()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("Some 300 porters walked off the job at the harbour, the union said. Half of the porters walked off the job, the port authority said."),
                A("About 35 percent of the porters walked off the job, a shipping agent said.", "Island Daily"),
            });

            var count = r.Claims.Claims.Single(c => c.Figure!.Wording == "Some 300");
            var half = r.Claims.Claims.Single(c => c.Figure!.Wording == "Half");
            var percent = r.Claims.Claims.Single(c => c.Figure!.Wording == "About 35 percent");
            half.Quantity.Should().NotBe(count.Quantity, "half of the porters is not 0.5 porters");
            half.Quantity.Should().Be(percent.Quantity, "a half and a percentage of one group measure one share");
            half.Range.ToString().Should().Be("[50, 50]");
            r.Report.Contradictions.Contradictions.Should().ContainSingle()
                .Which.Claims.Select(c => c.Id).Should().BeEquivalentTo(new[] { half.Id, percent.Id }, "50% and about 35% of the same porters disagree; 300 porters agree with both");
        }

        [Fact]
        public void ALumpSumIsNoCostOfWhatWasCountedBefore_AndACostPerHouseholdIsARateOfItsOwn()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("Crews cleared 60 roads by Friday, the county said. The flood cost the county an estimated $30 million, or about $2,500 for each flooded household, the county said."),
            });

            var total = r.Claims.Claims.Single(c => c.Figure!.Wording == "an estimated $30 million");
            var each = r.Claims.Claims.Single(c => c.Figure!.Wording == "about $2,500 for each flooded household");
            total.Quantity.ToString().Should().NotContain("road", "the cost is the flood's, not the cleared roads'");
            each.Quantity.Should().NotBe(total.Quantity, "a cost per household is no restatement of the total");
            r.Report.Contradictions.Findings.Should().BeEmpty("nothing here disagrees");
        }

        [Fact]
        public void AnArticleWithNoFiguresGivesNoClaimsAndNoError()
        {
            var r = ArticleReconciler.Reconcile(new[] { A("Nobody said how many people came."), A(string.Empty, "Island Daily") });

            r.Claims.Claims.Should().BeEmpty();
            r.Report.Contradictions.Findings.Should().BeEmpty();
            r.Readings.Should().HaveCount(2);
        }

        [Fact]
        public void AFigureWithNoRecognisableQuantityIsAClaimAndListed()
        {
            var r = ArticleReconciler.Reconcile(new[] { A("The answer was 42.") });

            r.Unrecognised.Should().ContainSingle();
            var claim = r.Claims.Claims.Should().ContainSingle().Which;
            claim.Quantity.Subject.Should().StartWith("unrecognised-");
            claim.Note.Should().Contain("not recognised");
        }

        [Fact]
        public void TwoUnrelatedArticlesShareNoQuantity()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("The new bridge is 1,200 metres long and cost $40 million."),
                A("The council hired 35 teachers and 12 nurses this year.", "Island Daily"),
            });

            r.Alignment.Quantities.Should().OnlyContain(q => !q.SpansArticles);
            r.Report.Contradictions.Findings.Should().BeEmpty();
        }

        [Fact]
        public void EvidenceIsTheSentenceAndNamesTheArticleAddress()
        {
            var article = new Article("Rain fell for days. About 4,000 migrants are held in Italy.", "Harbour Post", Day, new Uri("https://example.org/a"));

            var claim = ArticleReconciler.Reconcile(new[] { article }).Claims.Claims.Single();

            var evidence = claim.Evidence.Single();
            evidence.Quote.Should().Be("About 4,000 migrants are held in Italy.");
            evidence.Start.Should().Be(20);
            evidence.Url.Should().Be(new Uri("https://example.org/a"));
        }

        [Fact]
        public void ProposedRelationsCanBeLeftUnchecked()
        {
            const string text = "Housing costs 30 dollars per refugee per day. With 2,000 refugees in the camp, the daily bill is $90,000.";

            var checkedReport = ArticleReconciler.Reconcile(new[] { A(text) });
            var notChecked = ArticleReconciler.Reconcile(new[] { A(text) }, ArticleReconcilerOptions.Default.WithProposedRelationsChecked(false));

            checkedReport.Report.Contradictions.Contradictions.Should().ContainSingle().Which.Explanation.Should().Contain("proposed:");
            notChecked.Report.Contradictions.Contradictions.Should().BeEmpty();
            notChecked.ProposedRelations.Should().ContainSingle();
        }

        [Fact]
        public void BadArgumentsAreNamed()
        {
            var empty = () => ArticleReconciler.Reconcile(Array.Empty<Article>());
            empty.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("articles");
            var nulls = () => ArticleReconciler.Reconcile(new Article[] { null! });
            nulls.Should().Throw<ArgumentException>().WithMessage("*articles[0]*");
        }

        [Fact]
        public void ArticlesOfOneOutletGetDistinctIdentifiers()
        {
            var r = ArticleReconciler.Reconcile(new[] { A("About 4,000 migrants are held in Italy."), A("About 4,100 migrants are held in Italy.") });

            r.Claims.Claims.Select(c => c.Id).Should().Equal("harbour-post-1", "harbour-post-2-1");
        }

        [Fact]
        public void ADeniedReportGivesTheReportsOwnClaimSoTheDenialHasSomethingToDeny()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("A ministry spokesman rejected online claims that 4,000 migrants had been relocated from Greece to Italy, saying the true figure is about 2,500."),
            });

            var reported = r.Claims.Claims.Should().ContainSingle(c => c.Attribution.Origin == "circulating-claims").Which;
            reported.Stance.Should().Be(ClaimRecon.Claims.Stance.Relays);
            reported.Figure!.Wording.Should().Be("4,000");
            reported.Id.Should().Be("harbour-post-1-reported");
            r.Claims.Sources.Should().Contain(s => s.Id == "circulating-claims");
            r.Report.Contradictions.Findings.Should().ContainSingle(f => f.Kind == ClaimRecon.Contradictions.FindingKind.Denial);
        }

        [Fact]
        public void EachDeniedReportOfAnArticleGivesItsOwnClaim_AndADenialNamingNoReportGivesNone()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("A ministry spokesman rejected online claims that 4,000 migrants had been relocated from Greece to Italy. "
                    + "A coast guard officer denied that 300 boats had been seized near Crete. "
                    + "A port official dismissed rumours that 900 boats had been seized near Crete."),
            });

            r.Claims.Claims.Where(c => c.Attribution.Origin == "circulating-claims").Select(c => c.Figure!.Wording)
                .Should().Equal("4,000", "900");
        }

        [Fact]
        public void AReportSaidWhereOrByWhomItWentRound_IsStillTheReportsOwnClaim()
        {
            var r = ArticleReconciler.Reconcile(new[]
            {
                A("Reports on social media that 40 homes had burned were false, the fire chief said. "
                    + "Claims by two activists that 300 trees were felled are untrue, the park board said. "
                    + "Reports on the dam of 12 cracks were wrong, an engineer said."),
            });

            r.Claims.Claims.Where(c => c.Attribution.Origin == "circulating-claims").Select(c => c.Figure!.Wording)
                .Should().Equal(new[] { "40", "300" }, "the third names no clause the reports gave");
        }

        [Fact]
        public void ADenialOfAFigureThatNamesNoReportGivesNoSecondClaim()
        {
            var r = ArticleReconciler.Reconcile(new[] { A("A ministry spokesman denied that 4,000 migrants had been relocated from Greece to Italy.") });

            r.Claims.Claims.Should().NotContain(c => c.Attribution.Origin == "circulating-claims");
        }
    }
}
