using System.Linq;
using ClaimRecon.Articles;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// Both seed articles, from their text in ../shared/seeds to the report, against what a careful fact-checker finds in
    /// them (our own reading, written before the code ran): four quantities that look alike (moved so far, planned,
    /// held, Turkish contingent); the moved-so-far figures agree (2,250 on 7 February rising to between 5,000 and 6,000 by
    /// 10 February, "more than 4,580" and "more than 5,000" inside it); the 7,000 said to have been moved is what
    /// circulating claims gave, and the Joint Operations Command source denies it (the one contradiction about that
    /// total); the rumoured "thousands" of Turkish nationals bear on the Turkish contingent ("nearly 2,000" in Turkish
    /// media) and are denied too; the two 7,000s are one plan and agree; CENTCOM's nearly 7,000 is held, not moved, so
    /// it does not contradict 5,000-6,000; the cost arithmetic holds ($10 × nearly 7,000 ≈ $70,000 a day; × 28-31
    /// days ≈ $2.1 million a month); 30% of 7,000 = 2,100 agrees with "nearly 2,000" only when the hedges are read a
    /// little wide; the border wall is another story.
    /// </summary>
    public sealed class SeedStoryReconciliationTests
    {
        private static ArticleReconciliation Reconcile() => ArticleReconciler.Reconcile(new[]
        {
            new Article(SeedArticles.Text("000"), "Kurdistan24", new LocalDate(2026, 2, 10).AtMidnight().WithOffset(Offset.FromHours(3))),
            new Article(SeedArticles.Text("003"), "The New Region", new LocalDate(2026, 2, 7).AtMidnight().WithOffset(Offset.FromHours(3))),
        });

        private static string[] Wordings(ArticleReconciliation r, string key) =>
            r.Claims.Claims.Where(c => c.Quantity.ToString() == key).Select(c => (c.Stance == Stance.Denies ? "denies " : string.Empty) + (c.Figure?.Wording ?? "(no figure)")).OrderBy(w => w, System.StringComparer.Ordinal).ToArray();

        [SeedFact]
        public void EveryFigureOfBothArticlesIsAClaim()
        {
            var r = Reconcile();

            r.Mentions.Should().HaveCount(22);
            r.Claims.Claims.Where(c => c.Figure is not null).Should().HaveCount(24, "every figure, plus the two denied figures as the reports that were denied gave them");
            r.Mentions.Should().OnlyContain(m => r.Claims.Claims.Any(c => c.Id == r.ClaimIdOf(m.Id)));
            r.Claims.Claims.Where(c => c.Figure is null).Select(c => c.Id).Should().Equal(new[] { "kurdistan24-denial-1" }, "the JOC source's \"far lower than what is being reported\" gives no figure");
            r.Unrecognised.Should().BeEmpty();
        }

        [SeedFact]
        public void TheFiguresMovedSoFarAreOneQuantityAcrossBothArticles()
        {
            var r = Reconcile();
            var moved = r.Alignment.QuantityOf(r.Mentions.Single(m => m.ArticleId == "the-new-region" && m.Mention.Text == "2,250" && m.Sentence.Contains("so far")).Id);

            moved.SpansArticles.Should().BeTrue();
            moved.Quantity.Kind.Should().Be(QuantityKind.Cumulative);
            Wordings(r, moved.Quantity.Key.ToString()).Should().Equal(
                "2,250", "2,250", "2,250", "7,000", "More than 5,000", "More than 5,000", "More than 5,000", "between 5,000 and 6,000", "denies 7,000", "more than 4,580", "more than 5,000");
        }

        [SeedFact]
        public void PlannedHeldAndTurkishFiguresAreOtherQuantities()
        {
            var r = Reconcile();
            var planned = r.Alignment.QuantityOf(r.Mentions.Single(m => m.ArticleId == "the-new-region" && m.Mention.Text == "7,000").Id).Quantity;
            var held = r.Alignment.QuantityOf(r.Mentions.Single(m => m.Mention.Text == "nearly 7,000").Id).Quantity;

            planned.Kind.Should().Be(QuantityKind.Target);
            Wordings(r, planned.Key.ToString()).Should().Equal("7,000", "7,000");
            held.Kind.Should().Be(QuantityKind.Level);
            Wordings(r, held.Key.ToString()).Should().Contain("nearly 7,000").And.NotContain("7,000");
            var turkish = r.Alignment.QuantityOf(r.Mentions.Single(m => m.Mention.Text == "nearly 2,000").Id).Quantity;
            turkish.Key.Should().NotBe(planned.Key);
            r.Alignment.Quantities.Should().HaveCount(10);
        }

        [SeedFact]
        public void TheMovedSoFarMergeIsBetween5000And6000AndTheDenialIsNamed()
        {
            var r = Reconcile();
            var key = r.Alignment.QuantityOf(r.Mentions.First(m => m.Mention.Text == "more than 4,580").Id).Quantity.Key;

            var merge = r.Report.Contradictions.Merges.Single(m => m.Quantity.Key == key);
            merge.Periods.Should().HaveCount(2, "7 February and 10 February");
            merge.Periods[1].Consensus.ToString().Should().Be("(5000, 6000]");
            merge.Periods[1].Explanation.Should().Contain("circulating claims [7,000, 7,000]").And.Contain("denied by Iraq", "the Joint Operations Command is Iraq's, so its denial is Iraq's");
            merge.Timeline!.IsConsistent.Should().BeTrue("2,250 on 7 February rising past 5,000 by 10 February never falls");
        }

        [SeedFact]
        public void TheHeadlineStandfirstAndLeadAreTheJointOperationsCommandSourceAndWithTheSecurityMediaCellOneIraqiOriginHoldsTheTenthFebruaryRange()
        {
            var r = Reconcile();
            var key = r.Alignment.QuantityOf(r.Mentions.First(m => m.Mention.Text == "more than 4,580").Id).Quantity.Key;

            var tenth = r.Report.Contradictions.Merges.Single(m => m.Quantity.Key == key).Periods[1];
            tenth.Explanation.Should().Contain("held by 1 of 2 independent sources (Iraq [6 claims])",
                "Iraq's Joint Operations Command source and Iraq's Security Media Cell both speak for Iraq; the circulating 7,000 is left out");
            r.Claims.Claims.Where(c => c.Quantity == key && c.Figure?.Wording?.StartsWith("More than 5,000", System.StringComparison.Ordinal) == true)
                .Select(c => c.Attribution.ToString()).Should().OnlyContain(c => c.Contains("joint-operations-command/high-ranking-security-source") && c.EndsWith("speaks for \u2192 iraq", System.StringComparison.Ordinal))
                .And.HaveCount(3);
        }

        [SeedFact]
        public void TheSeventhFebruary2250IsOneOriginIraqThroughItsSecurityMediaCellAndItsOwnAnnouncement()
        {
            var r = Reconcile();
            var key = r.Alignment.QuantityOf(r.Mentions.First(m => m.Mention.Text == "more than 4,580").Id).Quantity.Key;

            var seventh = r.Report.Contradictions.Merges.Single(m => m.Quantity.Key == key).Periods[0];
            seventh.Explanation.Should().Contain("held by 1 of 1 independent source (Iraq [3 claims])", "the Security Media Cell is Iraq's, and Iraq's own announcement is the same origin");
            r.Claims.Claims.Where(c => c.Figure?.Wording == "2,250").Select(c => c.Attribution.Origin).Should().Equal("iraq", "iraq", "iraq");
        }

        [SeedFact]
        public void TheDailyAndMonthlyCostsAreKurdistan24sOwnArithmetic()
        {
            var r = Reconcile();
            string Origin(string wording) => r.Claims.Claims.Single(c => c.Figure?.Wording == wording).Attribution.ToString();

            Origin("$70,000").Should().Be("kurdistan24", "$10 a day (Kurdistan24's investigations) times nearly 7,000 (CENTCOM's estimate)");
            Origin("about $2.1 million per month").Should().Be("kurdistan24");
            Origin("nearly 7,000").Should().Be("kurdistan24 \u2192 cites \u2192 centcom");
        }

        [SeedFact]
        public void TheTextImpliesTheCostArithmeticAndTheTurkishShareAndTheyHold()
        {
            var r = Reconcile();

            r.ProposedRelations.Select(p => p.Relation.Kind.ToString()).Should().Equal("Product", "PerPeriod", "PercentOf");
            r.ProposedRelations.Should().OnlyContain(p => p.ArticleId == "kurdistan24");
            r.Report.Contradictions.Findings.Should().NotContain(f => f.Kind == FindingKind.DerivedRelationViolation, "$10 x nearly 7,000 is about $70,000 a day, about $2.1 million a month");
            var share = r.Report.Contradictions.Findings.Should().ContainSingle(f => f.Kind == FindingKind.HedgeDependent).Which;
            share.Explanation.Should().Contain("proposed:").And.Contain("nearly 2,000");
        }

        [SeedFact]
        public void TheCirculating7000IsRelayedByCirculatingClaimsAndDeniedByTheJointOperationsCommand()
        {
            var r = Reconcile();
            var moved = r.Alignment.QuantityOf(r.Mentions.First(m => m.Mention.Text == "more than 4,580").Id).Quantity.Key;

            var relayed = r.Claims.Claims.Should().ContainSingle(c => c.Attribution.Origin == "circulating-claims" && c.Quantity == moved).Which;
            relayed.Stance.Should().Be(Stance.Relays);
            relayed.Figure!.Wording.Should().Be("7,000");
            var denial = r.Report.Contradictions.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial && f.Quantity == moved).Which;
            denial.Claims.Select(c => c.Attribution.Origin).Distinct().Should().BeEquivalentTo("circulating-claims", "iraq");
        }

        [SeedFact]
        public void TheDeniedThousandsOfTurkishNationalsBearOnTheTurkishContingent()
        {
            var r = Reconcile();
            var contingent = r.Alignment.QuantityOf(r.Mentions.Single(m => m.Mention.Text == "nearly 2,000").Id).Quantity.Key;

            Wordings(r, contingent.ToString()).Should().Equal("denies (no figure)", "denies thousands", "nearly 2,000", "thousands");
            r.Report.Contradictions.Findings.Should().Contain(f => f.Kind == FindingKind.Denial && f.Quantity == contingent && f.Claims.Any(c => c.Attribution.Origin == "circulating-claims"))
                .Which.Explanation.Should().Contain("Iraq (via Kurdistan24) denies").And.Contain("thousands");
        }

        [SeedFact]
        public void TheContradictionsAreTheJointOperationsCommandsDenialsAndTheRumouredThousandsAgainstNearly2000()
        {
            var r = Reconcile();
            var moved = r.Alignment.QuantityOf(r.Mentions.First(m => m.Mention.Text == "more than 4,580").Id).Quantity.Key;
            var contingent = r.Alignment.QuantityOf(r.Mentions.Single(m => m.Mention.Text == "nearly 2,000").Id).Quantity.Key;
            var contradictions = r.Report.Contradictions.Contradictions.ToList();

            contradictions.Should().OnlyContain(f => f.Quantity == moved || f.Quantity == contingent, "the plan, the held count, the costs and the wall contradict nothing");
            contradictions.Where(f => f.Kind == FindingKind.Denial).Should().OnlyContain(f => f.Origins.Contains("iraq"), "the Joint Operations Command source speaks for the JOC, which speaks for Iraq");
            contradictions.Where(f => f.Quantity == moved).Should().ContainSingle("only the circulating 7,000 is at odds with (5,000, 6,000]");
            var rumourAgainstTurkishMedia = contradictions.Should().ContainSingle(f => f.Kind != FindingKind.Denial).Which;
            rumourAgainstTurkishMedia.Kind.Should().Be(FindingKind.RangeConflict);
            rumourAgainstTurkishMedia.Gap.Should().Be(0, "\"thousands\" starts at 2,000 where \"nearly 2,000\" stops: they touch and share no value");
            rumourAgainstTurkishMedia.Claims.Select(c => c.Attribution.Origin).Should().BeEquivalentTo("circulating-claims", "turkish-media");
        }

        [SeedFact]
        public void TheHtmlReportShowsEachFigureInItsSentenceWithItsSource()
        {
            var html = Reconcile().Report.ToHtml();

            html.Should().Contain("Each figure in its sentence").And.Contain("<mark>more than 4,580</mark>")
                .And.Contain("<b>Iraq</b> <span class=\"cr-muted\">(through Security Media Cell, asserts, kurdistan24-15)</span>", "the origin, and who spoke for it");
        }
    }
}
