using System;
using System.IO;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Serialization;
using ClaimRecon.Tests.Merging;
using ClaimRecon.Tests.Support;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Contradiction detection on the seed story (samples/seed-story.json). Every expected figure is worked out by hand
    /// in the comments from the figures in the reports, never taken from the detector.
    /// </summary>
    public sealed class SeedStoryContradictionTests
    {
        private static readonly QuantityKey Transferred = QuantityKey.Parse("isis-detainees-syria-iraq/transferred");
        private static readonly QuantityKey Slated = QuantityKey.Parse("isis-detainees-syria-iraq/slated-for-transfer");
        private static readonly QuantityKey Share = QuantityKey.Parse("isis-detainees-syria-iraq/turkish-share");
        private static readonly QuantityKey Turkish = QuantityKey.Parse("isis-detainees-turkish-nationals/being-transferred");
        private static readonly QuantityKey Held = QuantityKey.Parse("isis-detainees-iraq/held");
        private static readonly QuantityKey PerDetainee = QuantityKey.Parse("isis-detainees-iraq/detention-cost-per-detainee");
        private static readonly QuantityKey Daily = QuantityKey.Parse("isis-detainees-iraq/detention-cost-daily");
        private static readonly QuantityKey Monthly = QuantityKey.Parse("isis-detainees-iraq/detention-cost-monthly");

        /// <summary>daily = held × cost per detainee (true).</summary>
        private static readonly DerivedRelation DailyFromHeld = DerivedRelation.Product(Daily, Held, PerDetainee);

        /// <summary>monthly = daily per month (true).</summary>
        private static readonly DerivedRelation MonthlyFromDaily = DerivedRelation.PerPeriod(Monthly, Daily);

        /// <summary>Turkish nationals = share % of the slated total (true).</summary>
        private static readonly DerivedRelation TurkishFromShare = DerivedRelation.PercentOf(Turkish, Share, Slated);

        /// <summary>monthly = transferred × cost per detainee: what the monthly figure would be for the detainees moved so far.</summary>
        private static readonly DerivedRelation MonthlyFromTransferred = DerivedRelation.Product(Monthly, Transferred, PerDetainee)
            .WithName("the monthly cost if it were for the detainees transferred so far");

        private static readonly DerivedRelation[] TrueRelations = { DailyFromHeld, MonthlyFromDaily, TurkishFromShare };

        private static readonly DerivedRelation[] AllRelations = { DailyFromHeld, MonthlyFromDaily, TurkishFromShare, MonthlyFromTransferred };

        private readonly ITestOutputHelper _output;

        public SeedStoryContradictionTests(ITestOutputHelper output) => _output = output;

        private static ClaimSet Seed() =>
            ClaimJson.ReadFile(Path.Combine(TestPaths.RepositoryRoot(), "samples", "seed-story.json")).GetValueOrThrow();

        private ContradictionReport Detect(params DerivedRelation[] relations)
        {
            var set = Seed();
            var report = ContradictionDetector.For(set, relations).Detect(set.Claims);
            _output.WriteLine(report.ToString());
            return report;
        }

        [Fact]
        public void TheDeniedSevenThousand_IsADenialAgainstTheJocRange_OneThousandAway()
        {
            foreach (var relations in new[] { Array.Empty<DerivedRelation>(), AllRelations })
            {
                var report = Detect(relations);
                var denial = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Denial && f.Quantity.Equals(Transferred)).Subject;

                denial.Quantity.Should().Be(Transferred);
                denial.Period.Should().Be(TimeReference.Parse("2026-02-10"));
                denial.IsContradiction.Should().BeTrue();
                denial.Severity.Should().Be(1m, "an explicit denial is the most severe finding");
                denial.Ids().Should().Contain(new[] { "k24-joc-source-denies-7000", "k24-circulating-claims-7000" });
                denial.Ids().Should().Contain("k24-joc-source-between-5000-6000", "the JOC's own range is what the denied figure is measured against");
                denial.Ids().Should().NotContain(id => id.StartsWith("nr-", StringComparison.Ordinal), "the 7 February figures are another period");
                denial.Origins.Should().Equal("circulating-claims", "joc");

                // The JOC's statements intersect to (5,000, 6,000]; 7,000 − 6,000 = 1,000, and 1,000 / 7,000 = 14.3%.
                denial.Gap.Should().Be(1000m);
                denial.RelativeGap.Should().BeApproximately(1m / 7m, 0.0000001m);
                denial.Explanation.Should().Contain("denies").And.Contain("7,000").And.Contain("(5,000, 6,000]").And.Contain("1,000")
                    .And.Contain("14.3%").And.Contain("Joint Operations Command").And.Contain("Circulating claims").And.Contain("10 February 2026");
                denial.Rule.Should().NotBeNullOrWhiteSpace();
                report.Findings[0].Should().BeSameAs(denial, "severity 1 comes first");
            }
        }

        [Fact]
        public void TheRisingCount_2250_MoreThan4580_MoreThan5000_IsNotAConflict()
        {
            var report = Detect(AllRelations);
            var onTransferred = report.Findings.Where(f => f.Quantity.Equals(Transferred)).ToList();

            onTransferred.Should().ContainSingle("only the denial concerns the transferred count").Which.Kind.Should().Be(FindingKind.Denial);
            report.Findings.Should().NotContain(f => f.Kind == FindingKind.BrokenProgression || f.Kind == FindingKind.Revision || f.Kind == FindingKind.RangeConflict);
            report.Findings.Should().NotContain(f => f.Ids().Contains("k24-security-media-cell-more-than-4580") && f.Ids().Contains("nr-security-media-cell-2250"),
                "the Security Media Cell's 2,250 on 7 February and more than 4,580 on 10 February are a running total rising");
            report.Merges.Single(m => m.Quantity.Key.Equals(Transferred)).Periods.Should().HaveCount(2, "7 and 10 February are merged apart");
        }

        [Fact]
        public void PlannedSevenThousand_AndMovedFiveToSixThousand_AreDifferentQuantities_NotAConflict()
        {
            var set = Seed();
            var slatedIds = set.Claims.Where(c => c.Quantity.Equals(Slated)).Select(c => c.Id).ToHashSet();
            var transferredIds = set.Claims.Where(c => c.Quantity.Equals(Transferred)).Select(c => c.Id).ToHashSet();
            slatedIds.Should().Contain(new[] { "nr-fayyadh-7000", "k24-turkish-media-slated-7000" });

            var plain = Detect();
            plain.Findings.Should().NotContain(f => f.Ids().Any(slatedIds.Contains), "with no relation declared, the planned total is compared with nothing");
            plain.Findings.Should().OnlyContain(f => f.Claims.All(c => c.Quantity.Equals(f.Quantity)), "claims on different quantities are never compared");

            var related = Detect(AllRelations);
            related.Findings.Should().NotContain(f => f.Ids().Any(slatedIds.Contains) && f.Ids().Any(transferredIds.Contains),
                "no declared relation links the planned total to the count moved so far");
            related.Findings.Where(f => f.Derivation is null).Should().OnlyContain(f => f.Claims.All(c => c.Quantity.Equals(f.Quantity)));
        }

        [Fact]
        public void SevenThousandTimesTenDollars_IsSeventyThousandADay_AndAMonthOfItContainsTwoPointOneMillion_SoTheTrueRelationsFindNothing()
        {
            // By hand: 7,000 × $10 = $70,000 a day; × 28 days = $1,960,000, × 31 days = $2,170,000, around $2,100,000.
            var daily = new UnitRange(NumericRange.Point(7000), Unit.Person).Multiply(new UnitRange(NumericRange.Point(10), Unit.Parse("USD/day/person")));
            daily.Range.Should().Be(NumericRange.Point(70000));
            var monthly = RangeArithmetic.Multiply(daily.Range, NumericRange.Closed(28, 31));
            monthly.Should().Be(NumericRange.Closed(1960000, 2170000));
            monthly.Contains(2100000m).Should().BeTrue();
            daily.ConvertTo(Unit.Parse("USD/month")).Range.Should().Be(monthly);

            var report = Detect(TrueRelations);

            // "nearly 7,000" = [6,300, 7,000) and "approximately $10" = [9, 11]: 6,300 × 9 = 56,700 up to (not reaching) 7,000 × 11 = 77,000.
            var fromHeld = report.Derivations.Should().ContainSingle(d => d.Relation == DailyFromHeld).Subject;
            fromHeld.Result.Range.Should().Be(new NumericRange(RangeBound.Closed(56700), RangeBound.Open(77000)));
            fromHeld.Result.Unit.Should().Be(Unit.Parse("USD/day"));
            fromHeld.Result.Range.Contains(70000m).Should().BeTrue();
            fromHeld.Operands.Select(o => o.Quantity).Should().Equal(Held, PerDetainee);

            // The stated $70,000 a day, for a month of 28 to 31 days.
            var fromDaily = report.Derivations.Should().ContainSingle(d => d.Relation == MonthlyFromDaily).Subject;
            fromDaily.Result.Range.Should().Be(NumericRange.Closed(1960000, 2170000));
            fromDaily.Result.Unit.Should().Be(Unit.Parse("USD/month"));
            fromDaily.Operands.Single().Claims.Select(c => c.Id).Should().Equal("k24-daily-cost-70000");

            report.Findings.Should().NotContain(f => f.Quantity.Equals(Daily) || f.Quantity.Equals(Monthly), "the true relations hold for the daily and monthly cost");
            report.Unchecked.Should().BeEmpty();
        }

        [Fact]
        public void TheJocRangeTimesTenDollars_DoesNotReachTwoPointOneMillion_AndTheFindingSaysItRestsOnTheSevenThousand()
        {
            // By hand: 5,000 × $10 × 28 = $1,400,000 and 6,000 × $10 × 31 = $1,860,000 < $2,100,000.
            var joc = RangeArithmetic.Multiply(RangeArithmetic.Multiply(NumericRange.Closed(5000, 6000), NumericRange.Point(10)), NumericRange.Closed(28, 31));
            joc.Should().Be(NumericRange.Closed(1400000, 1860000));
            joc.Contains(2100000m).Should().BeFalse();
            joc.Upper.Value.Should().Be(1860000m);

            var report = Detect(AllRelations);
            var finding = report.Findings.Should().ContainSingle(f => f.Derivation != null && f.Derivation.Relation == MonthlyFromTransferred).Subject;

            // Under the default policy "approximately $10" = [9, 11], so (5,000, 6,000] × [9, 11] × [28, 31] = (1,260,000, 2,046,000],
            // which meets "about $2.1 million" = [1,890,000, 2,310,000]: agreement only on the 10% reading.
            finding.Derivation!.Result.Range.Should().Be(new NumericRange(RangeBound.Open(1260000), RangeBound.Closed(2046000)));
            finding.Derivation.LiteralResult.Range.Should().Be(new NumericRange(RangeBound.Open(1400000), RangeBound.Closed(1860000)));
            finding.Kind.Should().Be(FindingKind.HedgeDependent);
            finding.Quantity.Should().Be(Monthly);
            finding.Ids().Should().Contain(new[] { "k24-monthly-cost-2.1-million", "k24-investigation-cost-per-detainee-10", "k24-joc-source-between-5000-6000" });

            // Flip: 6,000 × 10(1 + t) × 31 ≥ 2,100,000(1 − t)  ⇔  t ≥ 240,000 / 3,960,000 = 0.060606…, so 0.0607 in steps of 0.0001.
            finding.FlipTolerance.Should().Be(0.0607m);
            finding.Explanation.Should().Contain("rests on").And.Contain("7,000").And.Contain("Circulating claims")
                .And.Contain("denied by Joint Operations Command").And.Contain("about $2.1 million per month").And.Contain("6.1%");
        }

        [Fact]
        public void UnderAFivePercentReading_TheMonthlyFigureViolatesTheTransferredRelation_AndStillRestsOnTheSevenThousand()
        {
            var set = Seed();
            var strict = new InterpretationPolicy("strict", 0.05m, 0.05m, 0m);
            var claims = set.Claims.Select(c => c.WithPolicy(strict)).ToList();
            var report = ContradictionDetector.For(set, AllRelations).Detect(claims);
            _output.WriteLine(report.ToString());

            var finding = report.Findings.Should().ContainSingle(f => f.Derivation != null && f.Derivation.Relation == MonthlyFromTransferred).Subject;

            // (5,000, 6,000] × [9.5, 10.5] × [28, 31] = (1,330,000, 1,953,000]; "about $2.1 million" at 5% = [1,995,000, 2,205,000].
            finding.Kind.Should().Be(FindingKind.DerivedRelationViolation);
            finding.IsContradiction.Should().BeTrue();
            finding.Derivation!.Result.Range.Should().Be(new NumericRange(RangeBound.Open(1330000), RangeBound.Closed(1953000)));
            finding.Gap.Should().Be(42000m);
            finding.RelativeGap.Should().BeApproximately(42000m / 1995000m, 0.0000001m);
            finding.Severity.Should().Be(finding.RelativeGap!.Value);
            finding.FlipTolerance.Should().Be(0.0607m, "the flip point does not depend on the policy");
            finding.Explanation.Should().Contain("42,000").And.Contain("rests on").And.Contain("7,000").And.Contain("10 February 2026");

            report.Findings.Should().NotContain(f => f.Derivation != null && (f.Derivation.Relation == DailyFromHeld || f.Derivation.Relation == MonthlyFromDaily),
                "[6,650, 7,000) × [9.5, 10.5] = [63,175, 73,500) holds $70,000, and [1,960,000, 2,170,000] meets [1,995,000, 2,205,000]");
        }

        [Fact]
        public void NearlyTwoThousandTurkishNationals_AgainstThirtyPercentOfSevenThousand_IsHedgeDependent_FlippingAtOneTwentyFirst()
        {
            var report = Detect(AllRelations);
            var finding = report.Findings.Should().ContainSingle(f => f.Quantity.Equals(Turkish) && f.Kind != FindingKind.Denial).Subject;

            finding.Kind.Should().Be(FindingKind.HedgeDependent);
            finding.IsContradiction.Should().BeFalse();
            finding.Derivation!.Relation.Should().BeSameAs(TurkishFromShare);

            // "approximately 30 percent" = [27, 33] %; 27% and 33% of 7,000 = [1,890, 2,310]; literally 30% of 7,000 = 2,100.
            finding.Derivation.Result.Range.Should().Be(NumericRange.Closed(1890, 2310));
            finding.Derivation.Result.Unit.Should().Be(Unit.Person);
            finding.Derivation.LiteralResult.Range.Should().Be(NumericRange.Point(2100));
            finding.Ids().Should().BeEquivalentTo(
                "k24-turkish-media-turkish-nationals-nearly-2000", "k24-turkish-media-turkish-share-30", "k24-turkish-media-slated-7000");
            finding.Origins.Should().Equal("turkish-media");

            // At tolerance t: [2,100(1 − t), 2,100(1 + t)] meets [2,000(1 − t), 2,000) iff 2,100(1 − t) < 2,000, i.e. t > 1/21 = 0.047619…;
            // the smallest step of 0.0001 above it is 0.0477.
            finding.FlipTolerance.Should().BeGreaterThan(1m / 21m);
            finding.FlipTolerance.Should().Be(0.0477m);
            finding.Severity.Should().Be(0.0477m, "a hedge-dependent finding's severity is the tolerance it needs");
            finding.Explanation.Should().Contain("nearly 2,000").And.Contain("4.8%").And.Contain("10%").And.Contain("Turkish media");
        }

        [Fact]
        public void WithoutThePercentRelation_TheTurkishNationalsAreComparedWithNothing()
        {
            var report = Detect(DailyFromHeld, MonthlyFromDaily);
            report.Findings.Should().NotContain(f => f.Quantity.Equals(Turkish) && f.Kind != FindingKind.Denial);
            report.Findings.Should().HaveCount(2).And.OnlyContain(f => f.Kind == FindingKind.Denial);
            report.Findings.Single(f => f.Quantity.Equals(Turkish)).Claims.Should().NotContain(c => c.Quantity.Equals(Slated), "without the relation no derived figure is involved");
        }

        [Fact]
        public void ShufflingTheClaims_GivesTheSameFindingsDerivationsAndText()
        {
            var set = Seed();
            var detector = ContradictionDetector.For(set, AllRelations);
            var expected = detector.Detect(set.Claims);
            for (var seed = 1; seed <= 20; seed++)
            {
                var shuffled = detector.Detect(MergeGenerators.Shuffle(set.Claims, seed));
                shuffled.Findings.Select(ContradictionFixtures.Text).Should().Equal(expected.Findings.Select(ContradictionFixtures.Text), "seed {0}", seed);
                shuffled.Derivations.Select(d => d.Id + " " + d).Should().Equal(expected.Derivations.Select(d => d.Id + " " + d));
                shuffled.ToString().Should().Be(expected.ToString());
            }
        }

        [Fact]
        public void EveryFindingsClaimsComeFromTheInput_AndItsOriginsAreTheirAttributionRoots()
        {
            var set = Seed();
            var report = ContradictionDetector.For(set, AllRelations).Detect(set.Claims);
            report.Findings.Should().HaveCount(4, "the denial of 7,000, the denied Turkish nationals (nearly 2,000 and 30% of 7,000), the monthly cost resting on 7,000, and the Turkish nationals' hedge");
            report.Findings.Select(f => f.Id).Should().Equal("finding-1", "finding-2", "finding-3", "finding-4");
            foreach (var f in report.Findings)
            {
                f.Claims.Should().OnlyContain(c => set.Claims.Contains(c));
                f.Claims.Should().OnlyHaveUniqueItems();
                f.Origins.Should().Equal(f.Claims.Select(c => c.Attribution.Origin).Distinct().OrderBy(o => o, StringComparer.Ordinal));
            }

            report.Claims.Should().Equal(set.Claims);
        }
    }
}
