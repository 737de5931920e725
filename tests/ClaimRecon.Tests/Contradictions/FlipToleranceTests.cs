using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The tolerance at which a verdict flips is the smallest whole number of 0.01% steps at which the figures agree,
    /// checked against the closed form: "about a" and "about b" (a &lt; b) meet when a(1 + t) ≥ b(1 − t), i.e.
    /// t ≥ (b − a) / (a + b); "about a" and a bare b meet when t ≥ (b − a) / a.
    /// </summary>
    public sealed class FlipToleranceTests
    {
        [Fact]
        public void AboutNineAndAboutEleven_MeetAtExactlyTenPercent()
        {
            // 9 × 1.1 = 9.9 = 11 × 0.9: at 10% they touch, and the default policy (10%) reads them as agreeing.
            var report = Detect(Quantity(Count), Claim("a", Count, About(9), "s1"), Claim("b", Count, About(11), "s2"));
            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.HedgeDependent);
            f.FlipTolerance.Should().Be(0.1m, "at exactly 10% the ranges [8.1, 9.9] and [9.9, 12.1] share 9.9");
        }

        [Fact]
        public void TwoAboutFigures_FlipAtTheSmallestStepAtOrAbove_BMinusAOverAPlusB()
        {
            var pairs = from a in Gen.Choose(1, 5000)
                        from b in Gen.Choose(1, 5000)
                        from nearly in Gen.Elements(false, true)
                        where a != b
                        select (Low: (decimal)System.Math.Min(a, b), High: (decimal)System.Math.Max(a, b), Nearly: nearly);
            PropertyRunner.ForAll(pairs, p =>
            {
                // "nearly High" = [High(1 − t), High) meets [Low(1 − t), Low(1 + t)] under the same condition as "about High".
                var high = p.Nearly ? Nearly(p.High) : About(p.High);
                var report = Detect(Quantity(Count), Claim("low", Count, About(p.Low), "s1"), Claim("high", Count, high, "s2"));
                var steps = Steps(p.High - p.Low, p.High + p.Low);
                if (steps <= 1)
                {
                    report.Findings.Should().BeEmpty("they agree when read 0.01% wide");
                    return;
                }

                var f = report.Findings.Should().ContainSingle().Subject;
                f.FlipTolerance.Should().Be(steps * 0.0001m, "({0} − {1}) / ({0} + {1}) = {2}", p.High, p.Low, (p.High - p.Low) / (p.High + p.Low));
                f.Kind.Should().Be(steps <= 1000 ? FindingKind.HedgeDependent : FindingKind.RangeConflict, "the default policy reads \"about\" 10% wide");
            }, 1000);
        }

        [Fact]
        public void AboutFigureAndBareFigure_FlipAtTheSmallestStepAtOrAbove_TheGapOverTheHedgedFigure()
        {
            var pairs = from a in Gen.Choose(1, 5000)
                        from extra in Gen.Choose(1, 6000)
                        select (About: (decimal)a, Bare: (decimal)(a + extra));
            PropertyRunner.ForAll(pairs, p =>
            {
                var report = Detect(Quantity(Count), Claim("about", Count, About(p.About), "s1"), Claim("bare", Count, Bare(p.Bare), "s2"));
                var steps = Steps(p.Bare - p.About, p.About);
                if (steps <= 1)
                {
                    report.Findings.Should().BeEmpty();
                    return;
                }

                var f = report.Findings.Should().ContainSingle().Subject;
                if (steps > 10000)
                {
                    f.FlipTolerance.Should().BeNull("not even reading \"about\" 100% wide reaches {0}", p.Bare);
                    return;
                }

                f.FlipTolerance.Should().Be(steps * 0.0001m);
            }, 1000);
        }

        /// <summary>The smallest whole number k with k / 10,000 ≥ numerator / denominator.</summary>
        private static long Steps(decimal numerator, decimal denominator)
        {
            var n = (long)numerator * 10000;
            var d = (long)denominator;
            return (n + d - 1) / d;
        }
    }
}
