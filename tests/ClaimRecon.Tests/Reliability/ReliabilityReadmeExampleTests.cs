using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Reliability;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>The README's "Source reliability" example, line for line, with the values it prints asserted.</summary>
    public sealed class ReliabilityReadmeExampleTests
    {
        [Fact]
        public void ReadmeReliabilityExamplePrintsWhatTheReadmeSays()
        {
            var key = new QuantityKey("springfield", "population-2000");
            Claim Says(string id, string editor, decimal value) =>
                new(id, key, HedgedFigure.Of(Hedge.None, value), AttributionChain.Direct(editor), Stance.Asserts);

            var result = TruthDiscovery.Estimate(new[]
            {
                Says("c1", "census-bot", 478403), Says("c2", "editor-a", 478403),
                Says("c3", "editor-b", 478000), Says("c4", "vandal", 690690690000000),
            }, new TruthDiscoveryOptions(scale: ValueScale.Logarithmic));

            var springfield = result.Find(key)!;
            springfield.Estimate.Should().Be(478403m);
            springfield.Interval80.ToString().Should().Be(ExpectedInterval80);
            springfield.IndependentSources.Should().Be(4);
            string.Join(", ", springfield.Weights.Select(w => $"{w.SourceId} {w.Weight:0.00}")).Should().Be(ExpectedWeights);
            var vandal = result.Sources.Single(s => s.SourceId == "vandal");
            vandal.ToString().Should().Be(ExpectedVandal);
            MergeStrategy strategy = result.ToMergeStrategy();
            strategy.Kind.Should().Be(MergeStrategyKind.ReliabilityWeighted);
        }

        private const string ExpectedInterval80 = "[478000, 478403]";
        private const string ExpectedWeights = "census-bot 0.31, editor-a 0.31, editor-b 0.31, vandal 0.06";
        private const string ExpectedVandal = "vandal 0.001 [0, 0.002] (1 claims, 1 as evidence)";
    }
}
