using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Reliability;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Reliability.TruthClaims;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>Progress and cancellation of <see cref="TruthDiscovery.Estimate(IEnumerable{Claim}, TruthDiscoveryOptions?, IProgress{TruthDiscoveryProgress}?, CancellationToken)"/>.</summary>
    public sealed class TruthDiscoveryProgressTests
    {
        private static readonly Claim[] Disagreeing =
        {
            Point("a", "s1", 100), Point("b", "s2", 104), Point("c", "s3", 130), Point("d", "s1", 50, Keys[1]), Point("e", "s3", 80, Keys[1]),
        };

        [Fact]
        public void EachTruthStep_IsReported_InOrder_AndTheLastMatchesTheResult()
        {
            var seen = new List<TruthDiscoveryProgress>();

            var result = TruthDiscovery.Estimate(Disagreeing, null, new Synchronous(seen.Add));

            seen.Select(p => p.Iteration).Should().Equal(Enumerable.Range(1, result.Iterations));
            seen.Should().OnlyContain(p => p.MaxIterations == TruthDiscoveryOptions.Default.MaxIterations);
            double.IsPositiveInfinity(seen[0].Residual).Should().BeTrue("the first step has nothing to move from");
            seen[^1].Residual.Should().Be(result.Residual);
        }

        [Fact]
        public void WithProgress_TheResultIsTheSame()
        {
            var plain = TruthDiscovery.Estimate(Disagreeing);
            var watched = TruthDiscovery.Estimate(Disagreeing, null, new Synchronous(_ => { }));

            watched.Quantities.Select(q => q.Estimate).Should().Equal(plain.Quantities.Select(q => q.Estimate));
            watched.Sources.Select(s => (s.SourceId, s.Weight)).Should().Equal(plain.Sources.Select(s => (s.SourceId, s.Weight)));
            watched.Iterations.Should().Be(plain.Iterations);
        }

        [Fact]
        public void CancellingDuringTheRun_StopsBeforeTheNextStep()
        {
            using var cancel = new CancellationTokenSource();
            var steps = 0;
            var options = new TruthDiscoveryOptions(tolerance: 0);

            FluentActions.Invoking(() => TruthDiscovery.Estimate(Disagreeing, options, new Synchronous(_ =>
            {
                steps++;
                if (steps == 2)
                {
                    cancel.Cancel();
                }
            }), cancel.Token)).Should().Throw<OperationCanceledException>();

            steps.Should().Be(2);
        }

        [Fact]
        public void ACancelledToken_StopsBeforeAnyStep()
        {
            var steps = 0;

            FluentActions.Invoking(() => TruthDiscovery.Estimate(Disagreeing, null, new Synchronous(_ => steps++), new CancellationToken(canceled: true)))
                .Should().Throw<OperationCanceledException>();

            steps.Should().Be(0);
        }

        [Fact]
        public void ProgressReports_RefuseImpossibleValues_ByName()
        {
            FluentActions.Invoking(() => new TruthDiscoveryProgress(0, 5, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("iteration");
            FluentActions.Invoking(() => new TruthDiscoveryProgress(6, 5, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("iteration");
            FluentActions.Invoking(() => new TruthDiscoveryProgress(1, 5, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("residual");
            new TruthDiscoveryProgress(3, 20, 0.0123).ToString().Should().Be("iteration 3 of 20, largest move 0.0123");
            new TruthDiscoveryProgress(1, 20, double.PositiveInfinity).ToString().Should().Be("iteration 1 of 20, largest move not yet known");
        }

        /// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
        private sealed class Synchronous : IProgress<TruthDiscoveryProgress>
        {
            private readonly Action<TruthDiscoveryProgress> _report;

            public Synchronous(Action<TruthDiscoveryProgress> report) => _report = report;

            public void Report(TruthDiscoveryProgress value) => _report(value);
        }
    }
}
