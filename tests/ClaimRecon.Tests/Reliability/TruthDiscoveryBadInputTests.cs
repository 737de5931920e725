using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Reliability;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Reliability.TruthClaims;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>Bad arguments fail at once with exceptions that name the argument and the value.</summary>
    public sealed class TruthDiscoveryBadInputTests
    {
        [Fact]
        public void NullClaims_NamesTheParameter()
        {
            var act = () => TruthDiscovery.Estimate(null!);
            act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("claims");
        }

        [Fact]
        public void ANullClaim_NamesItsPosition()
        {
            var act = () => TruthDiscovery.Estimate(new[] { Point("a", "s1", 1), null! });
            act.Should().Throw<ArgumentException>().WithMessage("claims[1] is null.*").Which.ParamName.Should().Be("claims");
        }

        [Fact]
        public void NoClaims_OrOnlyDenials_AreRefused()
        {
            var empty = () => TruthDiscovery.Estimate(Array.Empty<Claim>());
            empty.Should().Throw<ArgumentException>().WithMessage("claims is empty*");

            var denial = new Claim("d", Keys[0], HedgedFigure.Of(Hedge.None, 7000), AttributionChain.Direct("joc"), Stance.Denies);
            var denials = () => TruthDiscovery.Estimate(new[] { denial });
            denials.Should().Throw<ArgumentException>().WithMessage("claims holds only denials (1)*");
        }

        [Fact]
        public void ADuplicateClaimId_NamesTheId()
        {
            var act = () => TruthDiscovery.Estimate(new[] { Point("same", "s1", 1, Keys[0]), Point("same", "s2", 2, Keys[1]) });
            act.Should().Throw<ArgumentException>().WithMessage("*\"same\" is used twice*");
        }

        [Theory]
        [InlineData(double.NaN, "NaN")]
        [InlineData(0.0, "0")]
        [InlineData(-1.0, "-1")]
        [InlineData(10.5, "10.5")]
        [InlineData(double.PositiveInfinity, "+Infinity")]
        public void ScaleFloorOutOfRange_NamesTheParameterAndTheValue(double value, string shown)
        {
            var act = () => new TruthDiscoveryOptions(scaleFloor: value);
            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"scaleFloor must be greater than 0 and at most 10; got {shown}.*")
                .Which.ParamName.Should().Be("scaleFloor");
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-3)]
        [InlineData(10_001)]
        public void MaxIterationsOutOfRange_NamesTheParameterAndTheValue(int value)
        {
            var act = () => new TruthDiscoveryOptions(maxIterations: value);
            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"maxIterations must be from 1 to 10000; got {value}.*")
                .Which.ParamName.Should().Be("maxIterations");
        }

        [Theory]
        [InlineData(double.NaN, "NaN")]
        [InlineData(-0.5, "-0.5")]
        [InlineData(double.PositiveInfinity, "+Infinity")]
        public void ToleranceOutOfRange_NamesTheParameterAndTheValue(double value, string shown)
        {
            var act = () => new TruthDiscoveryOptions(tolerance: value);
            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"tolerance must be a finite number, 0 or more; got {shown}.*")
                .Which.ParamName.Should().Be("tolerance");
        }

        [Theory]
        [InlineData(double.NaN, "NaN")]
        [InlineData(0.49, "0.49")]
        [InlineData(1.01, "1.01")]
        public void CopyAgreementOutOfRange_NamesTheParameterAndTheValue(double value, string shown)
        {
            var act = () => new TruthDiscoveryOptions(copyAgreement: value);
            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"copyAgreement must be from 0.5 to 1; got {shown}.*")
                .Which.ParamName.Should().Be("copyAgreement");
        }

        [Fact]
        public void CopyMinOverlapBelowOne_NamesTheParameterAndTheValue()
        {
            var act = () => new TruthDiscoveryOptions(copyMinOverlap: 0);
            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("copyMinOverlap must be 1 or more; got 0.*")
                .Which.ParamName.Should().Be("copyMinOverlap");
        }

        [Fact]
        public void UndefinedEnums_NameTheParameterAndTheValue()
        {
            var loss = () => new TruthDiscoveryOptions(loss: (TruthLoss)7);
            loss.Should().Throw<ArgumentOutOfRangeException>().WithMessage("loss = 7 is not a defined TruthLoss.*").Which.ParamName.Should().Be("loss");
            var scale = () => TruthDiscoveryOptions.Default.WithScale((ValueScale)(-1));
            scale.Should().Throw<ArgumentOutOfRangeException>().WithMessage("scale = -1 is not a defined ValueScale.*").Which.ParamName.Should().Be("scale");
        }

        [Fact]
        public void FindWithNull_NamesTheParameter()
        {
            var result = TruthDiscovery.Estimate(new[] { Point("a", "s1", 1) });
            var act = () => result.Find(null!);
            act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("quantity");
        }

        [Fact]
        public void TheDefaultOptions_AreTheDocumentedOnes()
        {
            var d = TruthDiscoveryOptions.Default;
            (d.Loss, d.Scale, d.ScaleFloor, d.MaxIterations, d.Tolerance, d.CopyAgreement, d.CopyMinOverlap)
                .Should().Be((TruthLoss.Absolute, ValueScale.Linear, 0.01, 20, 1e-6, 0.9, 20));
            TruthDiscovery.Estimate(new[] { Point("a", "s1", 1) }).Options.Should().BeSameAs(d);
            d.ToString().Should().Be("absolute loss, linear scale, floor 0.01, at most 20 iterations, tolerance 1E-06, copies at kappa 0.9 over 20");
        }
    }
}
