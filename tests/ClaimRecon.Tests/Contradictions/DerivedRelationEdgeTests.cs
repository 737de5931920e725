using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>Derived relations at the edges: operand origins whose own figures are huge, and operands taken from an earlier period.</summary>
    public sealed class DerivedRelationEdgeTests
    {
        private static readonly QuantityKey A = new("t", "a");
        private static readonly QuantityKey B = new("t", "b");
        private static readonly QuantityKey Product = new("t", "product");

        [Fact]
        public void AnOperandOriginWhoseFiguresWouldOverflow_DoesNotStopDetection()
        {
            // Operand a: one origin says between 1 and 10^20, another says 5; they agree on 5. b = 10^12. So a × b = 5 × 10^12,
            // far from the claimed 999. Only the first origin's range, put through the relation alone, goes beyond a decimal (10^32).
            var quantities = new[] { Quantity(A), Quantity(B), Quantity(Product, unit: Unit.Parse("person^2")) };
            var report = Detect(quantities, new[]
            {
                Claim("a-wide", A, HedgedFigure.Between(1, 100000000000000000000m), "s1"),
                Claim("a-five", A, Bare(5), "s2"),
                Claim("b", B, Bare(1000000000000m), "s3"),
                Claim("p", Product, Bare(999), "s4"),
            }, DerivedRelation.Product(Product, A, B));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.DerivedRelationViolation);
            f.Derivation!.Result.Range.Should().Be(NumericRange.Point(5000000000000m));
            f.Gap.Should().Be(5000000000000m - 999m);
        }

        [Fact]
        public void OperandsSoLargeThatReadingHedgesWidelyWouldOverflow_StillGiveAViolation_WithoutAFlipPoint()
        {
            // [2.7e14, 3.3e14] × [1.8e14, 2.2e14] = [4.86e28, 7.26e28] fits a decimal; read 100% wide, [0, 6e14] × [0, 4e14] does not.
            var quantities = new[] { Quantity(A), Quantity(B), Quantity(Product, unit: Unit.Parse("person^2")) };
            var report = Detect(quantities, new[]
            {
                Claim("a", A, About(300000000000000m), "s1"),
                Claim("b", B, About(200000000000000m), "s2"),
                Claim("p", Product, Bare(999), "s3"),
            }, DerivedRelation.Product(Product, A, B));

            var f = report.Findings.Should().ContainSingle().Subject;
            f.Kind.Should().Be(FindingKind.DerivedRelationViolation);
            f.Derivation!.Result.Range.Should().Be(NumericRange.Closed(48600000000000000000000000000m, 72600000000000000000000000000m));
            f.FlipTolerance.Should().BeNull();
        }

        [Fact]
        public void AnOperandWithNoClaimForTheTargetsDay_IsTakenFromTheLatestEarlierPeriod()
        {
            var quantities = new[] { Quantity(A), Quantity(B), Quantity(Product, unit: Unit.Parse("person^2")) };
            var report = Detect(quantities, new[]
            {
                Claim("a-old", A, Bare(2), "s1", day: "2026-01-05"),
                Claim("a", A, Bare(3), "s1", day: "2026-02-01"),
                Claim("a-later", A, Bare(100), "s1", day: "2026-03-01"),
                Claim("b", B, Bare(4), "s2", day: "2026-02-10"),
                Claim("p", Product, Bare(12), "s3", day: "2026-02-10"),
            }, DerivedRelation.Product(Product, A, B));

            // 3 (1 February, the latest before 10 February) × 4 = 12: no finding.
            report.Findings.Should().BeEmpty();
            var d = report.Derivations.Should().ContainSingle().Subject;
            d.Result.Range.Should().Be(NumericRange.Point(12));
            d.Operands[0].Claims.Select(c => c.Id).Should().Equal("a");
            d.Operands[0].Period!.ToString().Should().Be("2026-02-01");
        }
    }
}
