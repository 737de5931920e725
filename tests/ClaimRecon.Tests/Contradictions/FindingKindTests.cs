using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>One small hand-made claim set per finding kind, and the things that must never be flagged. Default policy: "about" ±10%, "nearly" up to 10% below.</summary>
    public sealed class FindingKindTests
    {
        private readonly ITestOutputHelper _output;

        public FindingKindTests(ITestOutputHelper output) => _output = output;

        private ContradictionReport Run(ContradictionReport report)
        {
            _output.WriteLine(report.ToString());
            return report;
        }

        // ---- range conflict -------------------------------------------------------------------------------------------

        [Fact]
        public void RangeConflict_TwoOriginsDisjoint_ReportsAbsoluteAndRelativeGap()
        {
            var sources = new[] { new Source("ministry", "Ministry of Interior", SourceKind.OfficialBody), new Source("ngo", "Monitoring Group", SourceKind.Organization) };
            var report = Run(new ContradictionDetector(new[] { Quantity(Count) }, sources).Detect(new[]
            {
                Claim("a", Count, Bare(100), "ministry"),
                Claim("b", Count, Bare(150), "ngo"),
            }));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.RangeConflict);
            f.IsContradiction.Should().BeTrue();
            f.Quantity.Should().Be(Count);
            f.Period.Should().Be(TimeReference.Parse("2026-02-10"));
            f.Ids().Should().BeEquivalentTo("a", "b");
            f.Origins.Should().Equal("ministry", "ngo");

            // 150 − 100 = 50; 50 / 150 = 1/3.
            f.Gap.Should().Be(50m);
            f.RelativeGap.Should().BeApproximately(1m / 3m, 0.0000001m);
            f.Severity.Should().Be(f.RelativeGap!.Value);
            f.FlipTolerance.Should().BeNull("bare figures are not widened by any reading of \"about\"");
            f.Explanation.Should().Contain("Ministry of Interior").And.Contain("Monitoring Group").And.Contain("100").And.Contain("150")
                .And.Contain("50").And.Contain("33.3%").And.Contain("10 February 2026");
            report.Contradictions.Should().Equal(f);
        }

        [Fact]
        public void RangeConflict_BetweenHedgedFigures_GivesTheToleranceAtWhichTheyWouldAgree()
        {
            var report = Run(Detect(Quantity(Count), Claim("a", Count, About(100), "s1"), Claim("b", Count, About(130), "s2")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.RangeConflict);

            // [90, 110] and [117, 143]: 7 apart, 7 / 117 relative. They meet when 100(1 + t) ≥ 130(1 − t): t ≥ 30/230 = 0.13043…
            f.Gap.Should().Be(7m);
            f.RelativeGap.Should().BeApproximately(7m / 117m, 0.0000001m);
            f.FlipTolerance.Should().Be(0.1305m);
            f.Explanation.Should().Contain("[90, 110]").And.Contain("[117, 143]");
        }

        [Fact]
        public void RangeConflict_NearlyNeverReachesItsFigure_SoNoToleranceMakesItAgreeWithAHigherOne()
        {
            var report = Run(Detect(Quantity(Count), Claim("a", Count, Nearly(100), "s1"), Claim("b", Count, Bare(101), "s2")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.RangeConflict);
            f.Gap.Should().Be(1m, "[90, 100) lies 1 below 101");
            f.RelativeGap.Should().BeApproximately(1m / 101m, 0.0000001m);
            f.FlipTolerance.Should().BeNull();
        }

        // ---- hedge-dependent ---------------------------------------------------------------------------------------------

        [Fact]
        public void HedgeDependent_AboutAHundredAndAboutAHundredFifteen_AgreeOnlyAtSevenPercent()
        {
            var report = Run(Detect(Quantity(Count), Claim("a", Count, About(100), "s1"), Claim("b", Count, About(115), "s2")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.HedgeDependent);
            f.IsContradiction.Should().BeFalse();
            report.Contradictions.Should().BeEmpty();

            // [90, 110] meets [103.5, 126.5], but 100 and 115 do not meet: 100(1 + t) ≥ 115(1 − t) iff t ≥ 15/215 = 0.069767…
            f.FlipTolerance.Should().Be(0.0698m);
            f.Severity.Should().Be(0.0698m);
            f.Gap.Should().BeNull();
            f.Explanation.Should().Contain("7%").And.Contain("10%").And.Contain("about 100").And.Contain("about 115");
        }

        [Fact]
        public void HedgeDependent_NearlyAHundredAndAboutNinetyFive()
        {
            var report = Run(Detect(Quantity(Count), Claim("a", Count, Nearly(100), "s1"), Claim("b", Count, About(95), "s2")));

            // [90, 100) meets [85.5, 104.5]; literally just below 100 and 95 do not. 95(1 + t) ≥ 100(1 − t) iff t ≥ 5/195 = 0.025641…
            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.HedgeDependent);
            f.FlipTolerance.Should().Be(0.0257m);
        }

        [Fact]
        public void HedgeDependent_UnderAThreePercentPolicy_AboutAHundredAndAboutAHundredEight_AreDisjoint()
        {
            var narrow = new ClaimRecon.Hedging.InterpretationPolicy("narrow", 0.03m, 0.03m, 0m);
            var report = Run(Detect(Quantity(Count), Claim("a", Count, About(100), "s1", policy: narrow), Claim("b", Count, About(108), "s2", policy: narrow)));

            // [97, 103] and [104.76, 111.24]: 1.76 apart; they meet when 100(1 + t) ≥ 108(1 − t): t ≥ 8/208 = 0.03846…
            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.RangeConflict);
            f.Gap.Should().Be(1.76m);
            f.FlipTolerance.Should().Be(0.0385m);

            var wide = Run(Detect(Quantity(Count), Claim("a", Count, About(100), "s1"), Claim("b", Count, About(108), "s2")));
            wide.Findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.HedgeDependent, "under the default 10% they overlap");
        }

        [Fact]
        public void OverlappingHedgedRanges_AreNeverContradictions_AndLiterallyOverlappingOnesYieldNothing()
        {
            Run(Detect(Quantity(Count),
                    Claim("a", Count, About(100), "s1"),
                    Claim("b", Count, HedgedFigure(ClaimRecon.Hedging.Hedge.Between, 95, 105), "s2"),
                    Claim("c", Count, Nearly(100), "s3"),
                    Claim("d", Count, HedgedFigure(ClaimRecon.Hedging.Hedge.MoreThan, 95), "s4")))
                .Findings.Should().BeEmpty("about 100, between 95 and 105, nearly 100 and more than 95 share values read literally");

            Run(Detect(Quantity(Count),
                    Claim("a", Count, About(100), "s1"),
                    Claim("b", Count, About(105), "s2"),
                    Claim("c", Count, Nearly(104), "s3")))
                .Contradictions.Should().BeEmpty("[90, 110], [94.5, 115.5] and [93.6, 104) overlap");
        }

        [Fact]
        public void RangeConflict_WithAnOriginWhoseOwnFiguresAgreeOnlyUnderThePolicy_IsStillFound()
        {
            // The ministry's "about 100" and "about 105" meet only when read widely ([94.5, 110] under the policy), but
            // either reading lies far below 500.
            var report = Run(Detect(Quantity(Count),
                Claim("m1", Count, About(100), "ministry", via: "outlet-1"),
                Claim("m2", Count, About(105), "ministry", via: "outlet-2"),
                Claim("ngo", Count, Bare(500), "ngo")));

            var f = report.Findings.Should().ContainSingle(x => x.Kind == FindingKind.RangeConflict).Subject;
            f.Ids().Should().BeEquivalentTo("m1", "m2", "ngo");
            f.Origins.Should().Equal("ministry", "ngo");
            f.Gap.Should().Be(390m, "500 − 110");
            f.FlipTolerance.Should().BeNull("about 100 would need to reach 500");
        }

        // ---- progressions --------------------------------------------------------------------------------------------

        [Fact]
        public void BrokenProgression_ACumulativeCountThatAnotherOriginPutsLower()
        {
            var report = Run(Detect(Quantity(Count, QuantityKind.Cumulative),
                Claim("early", Count, Bare(500), "s1", day: "2026-02-01"),
                Claim("late", Count, Bare(400), "s2", day: "2026-02-05")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.BrokenProgression);
            f.IsContradiction.Should().BeTrue();
            f.Period.Should().Be(TimeReference.Parse("2026-02-05"), "the later period");
            f.Ids().Should().BeEquivalentTo("early", "late");
            f.Gap.Should().Be(100m);
            f.RelativeGap.Should().Be(0.2m, "100 / 500");
            f.FlipTolerance.Should().BeNull("bare figures are not widened by any reading of \"about\"");
            f.Explanation.Should().Contain("running total").And.Contain("400").And.Contain("500").And.Contain("5 February 2026").And.Contain("1 February 2026");
        }

        [Fact]
        public void BrokenProgression_BetweenHedgedFigures_GivesTheToleranceAtWhichTheCountWouldNotFall()
        {
            var report = Run(Detect(Quantity(Count, QuantityKind.Cumulative),
                Claim("early", Count, About(100), "s1", day: "2026-02-01"),
                Claim("late", Count, About(70), "s2", day: "2026-02-05")));

            // [63, 77] lies 13 below [90, 110]; 70(1 + t) ≥ 100(1 − t) iff t ≥ 30/170 = 0.17647…
            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.BrokenProgression);
            f.Gap.Should().Be(13m);
            f.RelativeGap.Should().BeApproximately(13m / 90m, 0.0000001m);
            f.FlipTolerance.Should().Be(0.1765m);
        }

        [Fact]
        public void HedgeDependentProgression_ARunningTotalThatFallsOnlyWhenReadLiterally()
        {
            var report = Run(Detect(Quantity(Count, QuantityKind.Cumulative),
                Claim("early", Count, About(100), "s1", day: "2026-02-01"),
                Claim("late", Count, About(85), "s2", day: "2026-02-05")));

            // [76.5, 93.5] meets [90, 110], but 85 < 100: the count rises only if 85(1 + t) ≥ 100(1 − t), t ≥ 15/185 = 0.08108…
            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.HedgeDependent);
            f.IsContradiction.Should().BeFalse();
            f.Period.Should().Be(TimeReference.Parse("2026-02-05"));
            f.Ids().Should().BeEquivalentTo("early", "late");
            f.FlipTolerance.Should().Be(0.0811m);
            f.Severity.Should().Be(0.0811m);
            f.Explanation.Should().Contain("running total").And.Contain("about 85").And.Contain("about 100").And.Contain("8.1%").And.Contain("10%");
        }

        [Fact]
        public void Revision_TheSameOriginLoweringItsOwnCount_IsNotAContradiction()
        {
            var report = Run(Detect(Quantity(Count, QuantityKind.Cumulative),
                Claim("early", Count, Bare(500), "ministry", via: "outlet-1", day: "2026-02-01"),
                Claim("late", Count, Bare(400), "ministry", via: "outlet-2", day: "2026-02-05")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.Revision);
            f.IsContradiction.Should().BeFalse();
            report.Contradictions.Should().BeEmpty();
            f.Origins.Should().Equal("ministry");
            f.Gap.Should().Be(100m);
            f.Explanation.Should().Contain("revises").And.Contain("500").And.Contain("400");
        }

        [Fact]
        public void RisingCumulativeCounts_AndFallingLevels_AreNotConflicts()
        {
            Run(Detect(Quantity(Count, QuantityKind.Cumulative),
                    Claim("a", Count, Bare(2250), "s1", day: "2026-02-07"),
                    Claim("b", Count, HedgedFigure(ClaimRecon.Hedging.Hedge.MoreThan, 4580), "s1", day: "2026-02-10"),
                    Claim("c", Count, HedgedFigure(ClaimRecon.Hedging.Hedge.MoreThan, 5000), "s2", day: "2026-02-10")))
                .Findings.Should().BeEmpty();

            Run(Detect(Quantity(Count, QuantityKind.Level),
                    Claim("a", Count, Bare(500), "s1", day: "2026-02-01"),
                    Claim("b", Count, Bare(400), "s2", day: "2026-02-05")))
                .Findings.Should().BeEmpty("a level may fall");
        }

        // ---- derived relations -------------------------------------------------------------------------------------------

        [Fact]
        public void DerivedRelationViolation_ASumThatDoesNotAddUp()
        {
            var a = new QuantityKey("t", "a");
            var b = new QuantityKey("t", "b");
            var sum = DerivedRelation.Sum(Total, a, b);
            var quantities = new[] { Quantity(a), Quantity(b), Quantity(Total) };
            var report = Run(Detect(quantities, new[]
            {
                Claim("a10", a, Bare(10), "s1"),
                Claim("b20", b, Bare(20), "s2"),
                Claim("total50", Total, Bare(50), "s3"),
            }, sum));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.DerivedRelationViolation);
            f.IsContradiction.Should().BeTrue();
            f.Quantity.Should().Be(Total);
            f.Derivation!.Relation.Should().BeSameAs(sum);
            f.Derivation.Result.Range.Should().Be(NumericRange.Point(30));
            f.Ids().Should().BeEquivalentTo("total50", "a10", "b20");
            f.Origins.Should().Equal("s1", "s2", "s3");

            // 50 − 30 = 20; 20 / 50 = 0.4.
            f.Gap.Should().Be(20m);
            f.RelativeGap.Should().Be(0.4m);
            f.Severity.Should().Be(0.4m);
            f.FlipTolerance.Should().BeNull();
            f.Explanation.Should().Contain("50").And.Contain("30").And.Contain("20").And.Contain("40%");
            report.Derivations.Should().ContainSingle().Which.Should().BeSameAs(f.Derivation);

            var holding = Run(Detect(quantities, new[] { Claim("a10", a, Bare(10), "s1"), Claim("b20", b, Bare(20), "s2"), Claim("total30", Total, Bare(30), "s3") }, sum));
            holding.Findings.Should().BeEmpty();
            holding.Derivations.Should().ContainSingle().Which.Result.Range.Should().Be(NumericRange.Point(30));
        }

        [Fact]
        public void DerivedRelationViolation_ARatioWithUnits()
        {
            var held = new QuantityKey("d", "held");
            var daily = new QuantityKey("d", "daily");
            var perHead = new QuantityKey("d", "per-head");
            var quantities = new[] { Quantity(held), Quantity(daily, QuantityKind.Flow, Unit.Parse("USD/day")), Quantity(perHead, QuantityKind.Flow, Unit.Parse("USD/day/person")) };
            var report = Run(Detect(quantities, new[]
            {
                Claim("held", held, Bare(7000), "s1"),
                Claim("daily", daily, Bare(70000), "s2"),
                Claim("per-head", perHead, Bare(12), "s3"),
            }, DerivedRelation.Ratio(perHead, daily, held)));

            // 70,000 / 7,000 = 10 USD/day/person; the claim says 12: 2 away, 2/12 relative.
            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.DerivedRelationViolation);
            f.Derivation!.Result.Range.Should().Be(NumericRange.Point(10));
            f.Derivation.Result.Unit.Should().Be(Unit.Parse("USD/day/person"));
            f.Gap.Should().Be(2m);
            f.RelativeGap.Should().BeApproximately(2m / 12m, 0.0000001m);
        }

        [Fact]
        public void PerPeriod_AMonthlyFigureOutsideTwentyEightToThirtyOneDays()
        {
            var daily = new QuantityKey("d", "daily");
            var monthly = new QuantityKey("d", "monthly");
            var quantities = new[] { Quantity(daily, QuantityKind.Flow, Unit.Parse("USD/day")), Quantity(monthly, QuantityKind.Flow, Unit.Parse("USD/month")) };
            var report = Run(Detect(quantities, new[] { Claim("d", daily, Bare(70000), "s1"), Claim("m", monthly, Bare(3000000), "s2") }, DerivedRelation.PerPeriod(monthly, daily)));

            // 70,000 × [28, 31] = [1,960,000, 2,170,000]; 3,000,000 − 2,170,000 = 830,000.
            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.DerivedRelationViolation);
            f.Gap.Should().Be(830000m);
            f.RelativeGap.Should().BeApproximately(830000m / 3000000m, 0.0000001m);
        }

        [Fact]
        public void UncheckedRelations_AreReportedWithTheMissingQuantity()
        {
            var a = new QuantityKey("t", "a");
            var b = new QuantityKey("t", "b");
            var quantities = new[] { Quantity(a), Quantity(b), Quantity(Total) };
            var sum = DerivedRelation.Sum(Total, a, b);

            var noOperand = Run(Detect(quantities, new[] { Claim("a", a, Bare(1), "s1"), Claim("t", Total, Bare(5), "s1") }, sum));
            noOperand.Findings.Should().BeEmpty();
            var skipped = noOperand.Unchecked.Should().ContainSingle().Subject;
            skipped.Relation.Should().BeSameAs(sum);
            skipped.Reason.Should().Contain("t/b");
            skipped.Period.Should().Be(TimeReference.Parse("2026-02-10"));

            var noTarget = Run(Detect(quantities, new[] { Claim("a", a, Bare(1), "s1"), Claim("b", b, Bare(2), "s1") }, sum));
            noTarget.Unchecked.Should().ContainSingle().Which.Reason.Should().Contain("story/total");
            noTarget.Derivations.Should().BeEmpty();
        }

        // ---- self-contradiction and echoes -----------------------------------------------------------------------------------

        [Fact]
        public void SelfContradiction_OneOriginGivingDisjointFigures()
        {
            var report = Run(Detect(Quantity(Count),
                Claim("first", Count, Bare(100), "ministry", via: "outlet-1"),
                Claim("second", Count, Bare(200), "ministry", via: "outlet-2")));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.SelfContradiction);
            f.IsContradiction.Should().BeTrue();
            f.Origins.Should().Equal("ministry");
            f.Ids().Should().BeEquivalentTo("first", "second");
            f.Gap.Should().Be(100m);
            f.RelativeGap.Should().Be(0.5m, "100 / 200");
            f.Explanation.Should().Contain("first").And.Contain("second").And.Contain("100").And.Contain("200");
        }

        [Fact]
        public void FiveOutletsEchoingOneOfficial_CountAsOneOrigin()
        {
            var echoes = Enumerable.Range(1, 5).Select(i => Claim("echo-" + i, Count, i == 3 ? About(100) : Bare(100), "ministry", via: "outlet-" + i)).ToList();
            var rival = Claim("rival", Count, Bare(150), "ngo");
            var report = Run(Detect(Quantity(Count), echoes.Append(rival).ToArray()));

            var f = report.Findings.Should().ContainSingle("five echoes of one figure are one witness, so one conflict with the rival").Subject;
            f.Kind.Should().Be(FindingKind.RangeConflict);
            f.Origins.Should().Equal("ministry", "ngo");
            f.Ids().Should().BeEquivalentTo("echo-1", "echo-2", "echo-3", "echo-4", "echo-5", "rival");
            f.Gap.Should().Be(50m);
            report.OriginCount.Should().Be(2);

            Run(Detect(Quantity(Count), echoes.ToArray())).Findings.Should().BeEmpty("echoes of one figure never conflict with each other");
        }

        [Fact]
        public void EchoesThatDisagree_AreOneOriginContradictingItself_NotARangeConflictBetweenOutlets()
        {
            var echoes = Enumerable.Range(1, 5).Select(i => Claim("echo-" + i, Count, Bare(i == 5 ? 120 : 100), "ministry", via: "outlet-" + i)).ToArray();
            var report = Run(Detect(Quantity(Count), echoes));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.SelfContradiction);
            f.Origins.Should().ContainSingle().Which.Should().Be("ministry");
            f.Gap.Should().Be(20m);
        }

        [Fact]
        public void ClaimsOnDifferentQuantities_AreNeverCompared()
        {
            var report = Run(Detect(new[] { Quantity(Count, QuantityKind.Cumulative), Quantity(Other, QuantityKind.Target) }, new[]
            {
                Claim("moved", Count, HedgedFigure(ClaimRecon.Hedging.Hedge.Between, 5000, 6000), "s1"),
                Claim("planned", Other, Bare(7000), "s2"),
                Claim("planned-same-source", Other, Bare(7000), "s1", via: "outlet"),
                Claim("moved-by-planner", Count, Bare(5500), "s2"),
            }));

            report.Findings.Should().BeEmpty("5,000 to 6,000 moved and 7,000 planned are figures of two quantities");

            // A conflict within one quantity involves only that quantity's claims.
            var conflicting = Run(Detect(new[] { Quantity(Count, QuantityKind.Cumulative), Quantity(Other, QuantityKind.Target) }, new[]
            {
                Claim("moved", Count, HedgedFigure(ClaimRecon.Hedging.Hedge.Between, 5000, 6000), "s1"),
                Claim("planned", Other, Bare(7000), "s2"),
                Claim("planned-other", Other, Bare(9000), "s1"),
            }));
            conflicting.Findings.Should().ContainSingle().Which.Ids().Should().BeEquivalentTo("planned", "planned-other");
        }

        // ---- denials -----------------------------------------------------------------------------------------------------

        [Fact]
        public void Denial_WithoutAFigureOfTheDeniersOwn_HasNoGap()
        {
            var report = Run(Detect(Quantity(Count),
                Claim("rumour", Count, Bare(7000), "rumours"),
                Claim("denial", Count, Bare(7000), "ministry", stance: Stance.Denies)));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.Denial);
            f.Ids().Should().BeEquivalentTo("denial", "rumour");
            f.Gap.Should().BeNull();
            f.Severity.Should().Be(1m);
            f.Explanation.Should().Contain("denies").And.Contain("\"7000\"").And.Contain("ministry").And.Contain("rumours");
        }

        [Fact]
        public void Denial_EchoedByTwoOutlets_IsOneFinding()
        {
            var report = Run(Detect(Quantity(Count),
                Claim("rumour", Count, Bare(7000), "rumours"),
                Claim("denial-1", Count, Bare(7000), "ministry", via: "outlet-1", stance: Stance.Denies),
                Claim("denial-2", Count, Bare(7000), "ministry", via: "outlet-2", stance: Stance.Denies),
                Claim("own", Count, HedgedFigure(ClaimRecon.Hedging.Hedge.Between, 5000, 6000), "ministry", via: "outlet-1")));

            var f = report.Findings.Should().ContainSingle("two outlets reporting one denial are one origin denying one figure").Subject;
            f.Kind.Should().Be(FindingKind.Denial);
            f.Ids().Should().Contain(new[] { "denial-1", "denial-2", "rumour", "own" });
            f.Origins.Should().Equal("ministry", "rumours");
            f.Gap.Should().Be(1000m);
        }

        [Fact]
        public void Denial_OfAFigureNobodyAsserts_IsNoFinding()
        {
            Run(Detect(Quantity(Count),
                    Claim("denial", Count, Bare(7000), "ministry", stance: Stance.Denies),
                    Claim("other", Count, Bare(5000), "ngo")))
                .Findings.Should().BeEmpty();
        }

        private static ClaimRecon.Hedging.HedgedFigure HedgedFigure(ClaimRecon.Hedging.Hedge hedge, decimal value, decimal? upper = null) =>
            hedge == ClaimRecon.Hedging.Hedge.Between ? ClaimRecon.Hedging.HedgedFigure.Between(value, upper!.Value) : ClaimRecon.Hedging.HedgedFigure.Of(hedge, value);
    }
}
