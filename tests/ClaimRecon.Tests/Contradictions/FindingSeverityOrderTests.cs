using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The detector sorts findings by severity through doubles first and then by the exact decimals where doubles come too
    /// close. Severities a double cannot tell apart (or rounds the wrong way round) must still come in decimal order, highest
    /// first, and equal ones in the order the rules gave them (when nothing else tells them apart); the oracle is LINQ's
    /// stable ordering by the decimal.
    /// </summary>
    public sealed class FindingSeverityOrderTests
    {
        private static readonly Claim OneClaim = new("c1", Count, HedgedFigure.Of(Hedge.None, 5m), AttributionChain.Direct("s1"), Stance.Asserts);

        [Fact]
        public void SeveritiesOneDoubleCannotTellApart_ComeInDecimalOrder()
        {
            // All four are the same double; the decimals differ in the 28th place, and two are equal but written differently.
            var severities = new[] { 0.1m, 0.1000000000000000000000000001m, 0.10m, 0.0999999999999999999999999999m, 0.1000000000000000000000000002m };
            severities.Select(s => (double)s).Distinct().Should().HaveCount(1, "the case needs severities a double cannot tell apart");

            var drafts = severities.Select(Draft).ToList();
            var ordered = ContradictionDetector.Ordered(drafts);

            ordered.Select(f => f.RawSeverity).Should().Equal(0.1000000000000000000000000002m, 0.1000000000000000000000000001m, 0.1m, 0.1m, 0.0999999999999999999999999999m);
            ordered[2].Should().BeSameAs(drafts[0], "equal severities keep the rules' order");
            ordered[3].Should().BeSameAs(drafts[2]);
        }

        [Fact]
        public void ManyCloseSeverities_InAnyOrder_ComeAsAStableSortByTheDecimalGivesThem()
        {
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var random = new Random(seed);
                var bases = new[] { 0m, 0.5m, 1m, 0.123456789m, 1.5m, 0.9999999999999999999999999999m, 7e-28m };
                var severities = Enumerable.Range(0, 2 + random.Next(60)).Select(_ =>
                {
                    var b = bases[random.Next(bases.Length)];
                    // Nudges of one unit in the 28th decimal place, or of 1e-15 (a few doubles apart), or none.
                    var step = random.Next(3) switch { 0 => 0.0000000000000000000000000001m, 1 => 0.000000000000001m, _ => 0m };
                    return b + (step * random.Next(-3, 4));
                }).ToArray();
                var drafts = severities.Select(Draft).ToList();

                var expected = drafts.OrderByDescending(f => f.RawSeverity).ToList();
                ContradictionDetector.Ordered(drafts).Should().Equal(expected, (a, b) => ReferenceEquals(a, b), "seed {0}", seed);
            }, 500);
        }

        private static Finding Draft(decimal severity) => new(FindingKind.RangeConflict, severity, Count, null, new[] { OneClaim }, "a rule", "a sentence", null, null, null, null);
    }
}
