using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Claims
{
    /// <summary>Denials without a figure of their own, directed denials, and figures that are ranges or vague amounts.</summary>
    public sealed class DenialModelTests
    {
        private static readonly QuantityKey Key = new("harbour", "ships-docked");
        private static readonly AttributionChain Port = AttributionChain.Direct("port-authority");
        private static readonly AttributionChain Paper = AttributionChain.Direct("daily-paper");

        [Fact]
        public void ANumberlessDenialHasNoFigure_AnEmptyRange_AndNamesWhatItDenies()
        {
            var denial = Claim.Denying("d1", Key, Port, DenialTarget.OfClaims(new[] { "c1", "c2" }, DenialDirection.Lower));

            denial.Figure.Should().BeNull();
            denial.Range.IsEmpty.Should().BeTrue("it states no value of its own");
            denial.Stance.Should().Be(Stance.Denies);
            denial.Denies!.ClaimIds.Should().Equal("c1", "c2");
            denial.Denies.Direction.Should().Be(DenialDirection.Lower);
            denial.ToString().Should().Contain("claims c1, c2, truth lower");
        }

        [Fact]
        public void ADenialWithAFigureDeniesItsOwnFigure_AndOtherStancesDenyNothing()
        {
            var denial = new Claim("d1", Key, HedgedFigure.Of(Hedge.None, 40), Port, Stance.Denies);
            var assertion = new Claim("c1", Key, HedgedFigure.Of(Hedge.None, 40), Paper, Stance.Asserts);

            denial.Denies.Should().Be(DenialTarget.OwnFigure());
            assertion.Denies.Should().BeNull();
        }

        [Fact]
        public void ADenialTargetOnANonDenial_OrAnOwnFigureTargetWithoutAFigure_IsRefused()
        {
            Action onAssertion = () => _ = new Claim("c1", Key, HedgedFigure.Of(Hedge.None, 40), Paper, Stance.Asserts, denies: DenialTarget.OfSource("x"));
            Action ownWithoutFigure = () => Claim.Denying("d1", Key, Port, DenialTarget.OwnFigure(DenialDirection.Lower));

            onAssertion.Should().Throw<ArgumentException>().WithParameterName("denies").WithMessage("*Asserts*");
            ownWithoutFigure.Should().Throw<ArgumentException>().WithParameterName("denies").WithMessage("*no figure*");
        }

        [Fact]
        public void DenialTargetsRefuseEmptyBlankOrRepeatedIds()
        {
            ((Action)(() => DenialTarget.OfClaims(Array.Empty<string>()))).Should().Throw<ArgumentException>().WithMessage("*empty*");
            ((Action)(() => DenialTarget.OfClaims(new[] { "a", " " }))).Should().Throw<ArgumentException>().WithMessage("*claimIds[1]*");
            ((Action)(() => DenialTarget.OfClaims(new[] { "a", "a" }))).Should().Throw<ArgumentException>().WithMessage("*\"a\" is named twice*");
            ((Action)(() => DenialTarget.OfSource(""))).Should().Throw<ArgumentException>();
            ((Action)(() => DenialTarget.OwnFigure((DenialDirection)7))).Should().Throw<ArgumentOutOfRangeException>();
        }

        [Theory]
        [InlineData(DenialDirection.None, "[40, 60]")]
        [InlineData(DenialDirection.Lower, "[40, +inf)")]
        [InlineData(DenialDirection.Higher, "(-inf, 60]")]
        public void WhatADenialRulesOut_FollowsItsDirection(DenialDirection direction, string expected)
        {
            DenialTarget.OwnFigure(direction).RuledOut(NumericRange.Closed(40, 60)).Should().Be(NumericRange.Parse(expected));
        }

        [Fact]
        public void ARangeFigureAndAVagueAmount_ReadAsStatedUnderEveryPolicy()
        {
            var range = HedgedFigure.OfRange(NumericRange.Open(100, 300), "more than 100 and fewer than 300");
            var vague = HedgedFigure.Vague(new NumericRange(RangeBound.Closed(2000), RangeBound.Open(10000)), "thousands");
            var wide = new InterpretationPolicy("wide", 0.5m, 0.5m, 0.5m);

            wide.Interpret(range).Should().Be(NumericRange.Open(100, 300));
            InterpretationPolicy.Default.Interpret(vague).Should().Be(NumericRange.Parse("[2000, 10000)"));
            range.Value.Should().Be(100);
            range.UpperValue.Should().Be(300);
            HedgedFigure.OfRange(NumericRange.LessThan(50)).Value.Should().Be(50);
            HedgedFigure.OfRange(NumericRange.LessThan(50)).UpperValue.Should().BeNull();
            vague.ToString().Should().Be("vague [2000, 10000)");
        }

        [Fact]
        public void ARangeFigureMustStateSomething()
        {
            ((Action)(() => HedgedFigure.OfRange(NumericRange.All))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("range");
            ((Action)(() => HedgedFigure.Vague(NumericRange.Empty))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("range");
            ((Action)(() => new HedgedFigure(Hedge.Range, 5))).Should().Throw<ArgumentException>().WithMessage("*OfRange*");
            ((Action)(() => new HedgedFigure(Hedge.Vague, 5))).Should().Throw<ArgumentException>().WithMessage("*Vague*");
        }

        [Fact]
        public void ClaimSetChecksWhatADenialNames()
        {
            var sources = new[] { new Source("port-authority", "Port authority", SourceKind.OfficialBody), new Source("daily-paper", "Daily paper", SourceKind.NewsOutlet) };
            var quantities = new[] { new Quantity(Key, Unit.Parse("1"), QuantityKind.Level, ValueDomain.NonNegativeInteger) };
            var claims = new[]
            {
                new Claim("c1", Key, HedgedFigure.Of(Hedge.AtLeast, 40), Paper, Stance.Asserts),
                Claim.Denying("d1", Key, Port, DenialTarget.OfClaims(new[] { "c1", "c9" })),
                Claim.Denying("d2", Key, Port, DenialTarget.OfSource("tv-channel")),
                Claim.Denying("d3", Key, Port, DenialTarget.OfClaims(new[] { "d3" })),
            };

            var problems = ClaimSet.Validate(sources, quantities, claims, out var set);

            set.Should().BeNull();
            problems.Select(p => p.Path).Should().BeEquivalentTo("$.claims[1].denies.claims[1]", "$.claims[2].denies.source", "$.claims[3].denies.claims[0]");
            problems.Select(p => p.Message).Should().Contain(m => m.Contains("\"c9\"")).And.Contain(m => m.Contains("\"tv-channel\"")).And.Contain(m => m.Contains("itself"));
        }
    }
}
