using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Quantities;
using ClaimRecon.Reporting;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>Progress and cancellation of detection and of <see cref="ReconciliationReport.Create(ClaimSet, IEnumerable{Arithmetic.DerivedRelation}?, ContradictionOptions?, IProgress{DetectionProgress}?, CancellationToken)"/>.</summary>
    public sealed class DetectionProgressTests
    {
        /// <summary>2,500 quantities of two claims each, one of them disjoint, so every quantity has a finding.</summary>
        private static (Quantity[] Quantities, Claim[] Claims) Many()
        {
            var quantities = new List<Quantity>();
            var claims = new List<Claim>();
            for (var i = 0; i < 2500; i++)
            {
                var key = new QuantityKey("place-" + i, "count");
                quantities.Add(Quantity(key));
                claims.Add(Claim("a" + i, key, Bare(100), "s1"));
                claims.Add(Claim("b" + i, key, Bare(200), "s2"));
            }

            return (quantities.ToArray(), claims.ToArray());
        }

        [Fact]
        public void MergingIsReportedEvery1024Quantities_ThenEachRule_AndTheReportIsTheSame()
        {
            var (quantities, claims) = Many();
            var detector = new ContradictionDetector(quantities);
            var seen = new List<DetectionProgress>();

            var watched = detector.Detect(claims, new Synchronous(seen.Add));
            var plain = detector.Detect(claims);

            var merging = seen.Where(p => p.Stage == DetectionStage.Merging).Select(p => (p.Done, p.Total)).ToList();
            merging.Should().Equal((0, 2500), (1024, 2500), (2048, 2500), (2500, 2500));
            var checking = seen.Where(p => p.Stage == DetectionStage.Checking).ToList();
            checking.Should().NotBeEmpty();
            checking.Select(p => p.Done).Should().Equal(Enumerable.Range(1, checking[0].Total));
            seen.IndexOf(checking[0]).Should().Be(merging.Count, "every rule runs after the merging");
            watched.Findings.Select(f => (f.Id, f.Explanation)).Should().Equal(plain.Findings.Select(f => (f.Id, f.Explanation)));
            watched.Findings.Should().HaveCount(2500);
        }

        [Fact]
        public void CancellingWhileMerging_Stops_BeforeAnyRuleRuns()
        {
            var (quantities, claims) = Many();
            using var cancel = new CancellationTokenSource();
            var seen = new List<DetectionProgress>();

            FluentActions.Invoking(() => new ContradictionDetector(quantities).Detect(claims, new Synchronous(p =>
            {
                seen.Add(p);
                if (p.Done == 1024)
                {
                    cancel.Cancel();
                }
            }), cancel.Token)).Should().Throw<OperationCanceledException>();

            seen.Select(p => p.Done).Should().Equal(0, 1024);
            seen.Should().OnlyContain(p => p.Stage == DetectionStage.Merging);
        }

        [Fact]
        public void TheReport_PassesProgressAndCancellationOn()
        {
            var (quantities, claims) = Many();
            var set = ClaimSet.Create(new[] { new ClaimRecon.Sources.Source("s1", "One", ClaimRecon.Sources.SourceKind.NewsOutlet), new ClaimRecon.Sources.Source("s2", "Two", ClaimRecon.Sources.SourceKind.NewsOutlet) }, quantities, claims);
            var stages = new List<DetectionStage>();

            var report = ReconciliationReport.Create(set, null, null, new Synchronous(p => stages.Add(p.Stage)));

            stages.Should().Contain(DetectionStage.Merging).And.Contain(DetectionStage.Checking);
            report.Contradictions.Findings.Should().HaveCount(2500);
            FluentActions.Invoking(() => ReconciliationReport.Create(set, null, null, null, new CancellationToken(canceled: true)))
                .Should().Throw<OperationCanceledException>();
        }

        [Fact]
        public void ProgressReports_RefuseImpossibleValues_ByName()
        {
            FluentActions.Invoking(() => new DetectionProgress(DetectionStage.Merging, 5, 4)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("done");
            FluentActions.Invoking(() => new DetectionProgress(DetectionStage.Checking, 0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");
            FluentActions.Invoking(() => new DetectionProgress((DetectionStage)7, 0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stage");
            new DetectionProgress(DetectionStage.Merging, 1200, 4000).ToString().Should().Be("merging: 1,200 of 4,000 quantities");
            new DetectionProgress(DetectionStage.Checking, 2, 5).ToString().Should().Be("checking: 2 of 5 rules");
        }

        private sealed class Synchronous : IProgress<DetectionProgress>
        {
            private readonly Action<DetectionProgress> _report;

            public Synchronous(Action<DetectionProgress> report) => _report = report;

            public void Report(DetectionProgress value) => _report(value);
        }
    }
}
