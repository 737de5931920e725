using System;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests
{
    /// <summary>The README's example, line for line, with its printed values asserted, so the README cannot rot.</summary>
    public sealed class ReadmeExampleTests
    {
        [Fact]
        public void ReadmeExamplePrintsWhatTheReadmeSays()
        {
            var transferred = new QuantityKey("isis-detainees-syria-iraq", "transferred");
            var joc = AttributionChain.Direct("kurdistan24").Citing("joc-source").SpeakingFor("joc");

            var between = new Claim("joc-between", transferred, HedgedFigure.Between(5000, 6000, "between 5,000 and 6,000"),
                joc, Stance.Asserts, statedAt: TimeReference.Parse("2026-02-10"));
            var moreThan = new Claim("joc-more-than", transferred, HedgedFigure.Of(Hedge.MoreThan, 5000, "more than 5,000"),
                joc, Stance.Asserts, statedAt: TimeReference.Parse("2026-02-10"));

            between.Range.ToString().Should().Be("[5000, 6000]");
            moreThan.Range.ToString().Should().Be("(5000, +inf)");
            moreThan.Range.Intersect(between.Range).ToString().Should().Be("(5000, 6000]");
            moreThan.Range.ToCanonical(ValueDomain.NonNegativeInteger).ToString().Should().Be("[5001, +inf)");
            joc.Origin.Should().Be("joc");

            var result = ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json"));
            result.Problems.Should().BeEmpty();
        }

        [Fact]
        public void ReadmeExampleCodeIsTheCodeInThisTest()
        {
            var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md"));

            readme.Should().Contain("var joc = AttributionChain.Direct(\"kurdistan24\").Citing(\"joc-source\").SpeakingFor(\"joc\");");
            readme.Should().Contain("Console.WriteLine(moreThan.Range.Intersect(between.Range));                  // (5000, 6000]");
            readme.Should().Contain("Console.WriteLine(moreThan.Range.ToCanonical(ValueDomain.NonNegativeInteger)); // [5001, +inf)");
            readme.Should().Contain("dotnet test ClaimRecon.sln -c Release");
        }

        [Fact]
        public void ErrorExampleInTheReadmeIsTheMessageTheReaderGives()
        {
            var json = "{\"schemaVersion\":1,\"sources\":[{\"id\":\"s\",\"name\":\"S\",\"kind\":\"newsOutlet\"}],"
                + "\"quantities\":[{\"key\":\"a/b\",\"unit\":\"person\",\"kind\":\"level\",\"domain\":\"nonNegativeInteger\"}],"
                + "\"claims\":[" + string.Join(",", Enumerable.Range(0, 4).Select(i =>
                    "{\"id\":\"c" + i + "\",\"quantity\":\"a/b\",\"figure\":{\"hedge\":\"none\",\"value\":1},\"stance\":\"asserts\",\"attribution\":[\"s\"]"
                    + (i == 3 ? ",\"range\":{\"lower\":\"abc\",\"lowerClosed\":true}" : string.Empty) + "}")) + "]}";

            var problem = ClaimJson.Read(json).Problems.Should().ContainSingle().Subject;

            $"{problem.Path}: {problem.Message}".Should().Be("$.claims[3].range.lower: \"abc\" is not a number");
        }

        [Fact]
        public void MergingPageExamplePrintsWhatThePageSays()
        {
            var story = ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow();
            var transferred = MergeEngine.For(story).Merge(story.Claims)
                .Single(q => q.Quantity.Key.ToString() == "isis-detainees-syria-iraq/transferred");

            var tenth = transferred.Periods[1];
            tenth.Consensus.ToString().Should().Be("(5000, 6000]");
            tenth.Outliers[0].Witness.OriginId.Should().Be("circulating-claims");
            transferred.Timeline!.IsConsistent.Should().BeTrue();

            var readme = DocPages.Read("merging.md");
            readme.Should().Contain("var tenth = transferred.Periods[1];");
            readme.Should().Contain("Console.WriteLine(tenth.Consensus);                                 // (5000, 6000]");
            var quoted = string.Join(" ", readme.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l.Substring(2).Trim()));
            quoted.Should().Contain(tenth.Explanation, "docs/merging.md quotes the explanation the engine gives");
        }
    }
}
