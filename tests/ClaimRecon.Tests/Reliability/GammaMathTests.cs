using System;
using ClaimRecon.Reliability;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Xunit;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>
    /// The Gamma functions behind the reliability posteriors, against Math.NET Numerics as an independent oracle (a test-only
    /// dependency), over the shapes truth discovery uses: 1 plus half or one per claim of evidence.
    /// </summary>
    public sealed class GammaMathTests
    {
        /// <summary>Shapes from 0.5 to 5,000, denser where posteriors of few claims live.</summary>
        private static readonly Gen<double> Shape =
            Gen.OneOf(Gen.Choose(1, 200).Select(i => i / 2.0), Gen.Choose(1, 5000).Select(i => (double)i), Gen.Choose(500, 100_000).Select(i => i / 1000.0));

        private static readonly Gen<double> Probability =
            Gen.OneOf(Gen.Elements(0.025, 0.975, 0.5, 0.1, 0.9), Gen.Choose(1, 9999).Select(i => i / 10_000.0));

        [Fact]
        public void LogGamma_MatchesMathNet()
        {
            PropertyRunner.ForAll(Shape, a => GammaMath.LogGamma(a).Should().BeApproximately(SpecialFunctions.GammaLn(a), 1e-12 * Math.Max(1, Math.Abs(SpecialFunctions.GammaLn(a)))), cases: 1000);
        }

        [Fact]
        public void LowerRegularized_MatchesMathNet()
        {
            var cases = Shape.SelectMany(a => Gen.Choose(1, 4000).Select(i => (a, x: a * i / 1000.0)));
            PropertyRunner.ForAll(cases, c => GammaMath.LowerRegularized(c.a, c.x).Should().BeApproximately(SpecialFunctions.GammaLowerRegularized(c.a, c.x), 1e-10), cases: 1000);
        }

        [Fact]
        public void Quantile_MatchesMathNetsInverseCdf()
        {
            var cases = Shape.SelectMany(a => Probability.Select(p => (a, p)));
            PropertyRunner.ForAll(
                cases,
                c =>
                {
                    var expected = Gamma.InvCDF(c.a, 1, c.p);
                    GammaMath.Quantile(c.p, c.a).Should().BeApproximately(expected, 1e-9 * expected, "shape {0}, p {1}", c.a, c.p);
                },
                cases: 1000);
        }

        [Theory]
        [InlineData(1.0, 0.5)]
        [InlineData(1.0, 0.025)]
        [InlineData(2.0, 0.975)]
        public void Quantile_OfTheExponential_IsMinusLogOfTheRest(double shape, double p)
        {
            // Shape 1 is the exponential: P(1, x) = 1 - e^-x, so the p-quantile is -ln(1 - p), by hand. Shape 2: P(2, x) =
            // 1 - e^-x (1 + x), checked by putting the quantile back in.
            var q = GammaMath.Quantile(p, shape);
            var cdf = shape == 1.0 ? 1 - Math.Exp(-q) : 1 - (Math.Exp(-q) * (1 + q));
            cdf.Should().BeApproximately(p, 1e-12);
            if (shape == 1.0)
            {
                q.Should().BeApproximately(-Math.Log(1 - p), 1e-12);
            }
        }
    }
}
