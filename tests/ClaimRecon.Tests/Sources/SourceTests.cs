using System;
using System.Linq;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Sources
{
    public sealed class SourceTests
    {
        [Theory]
        [InlineData(double.NaN, "NaN")]
        [InlineData(1.5, "1.5")]
        [InlineData(-0.25, "-0.25")]
        [InlineData(double.PositiveInfinity, "+Infinity")]
        public void PriorReliabilityOutsideZeroToOneThrowsNamingParameterAndValue(double reliability, string shown)
        {
            FluentActions.Invoking(() => new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, priorReliability: reliability))
                .Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage($"priorReliability must lie in [0, 1]; got {shown}.*")
                .Which.ParamName.Should().Be("priorReliability");
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(1.0)]
        [InlineData(0.7)]
        public void PriorReliabilityInsideZeroToOneIsKept(double reliability)
        {
            new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, priorReliability: reliability).PriorReliability.Should().Be(reliability);
        }

        [Theory]
        [InlineData(" k24")]
        [InlineData("k24 ")]
        [InlineData("")]
        public void IdWithSurroundingWhiteSpaceOrBlankIsRefused(string id)
        {
            FluentActions.Invoking(() => new Source(id, "Kurdistan24", SourceKind.NewsOutlet))
                .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
        }

        [Fact]
        public void UndefinedKindIsRefused()
        {
            FluentActions.Invoking(() => new Source("k24", "Kurdistan24", (SourceKind)42))
                .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*42*").Which.ParamName.Should().Be("kind");
        }

        [Fact]
        public void ToStringShowsTheRoleWhenThereIsOne()
        {
            new Source("s", "JOC source", SourceKind.AnonymousOfficial, "senior security source").ToString().Should().Be("JOC source (senior security source)");
            new Source("k24", "Kurdistan24", SourceKind.NewsOutlet).ToString().Should().Be("Kurdistan24");
        }
    }

    public sealed class AttributionChainTests
    {
        [Fact]
        public void ChainKnowsItsOriginAndEverySource()
        {
            var chain = AttributionChain.Direct("kurdistan24").Citing("joc-source").SpeakingFor("joc");

            chain.Reporter.Should().Be("kurdistan24");
            chain.Origin.Should().Be("joc");
            chain.SourceIds.Should().Equal("kurdistan24", "joc-source", "joc");
            chain.Steps.Select(s => s.Relation).Should().Equal(AttributionRelation.Cites, AttributionRelation.SpeaksFor);
            chain.ToString().Should().Be("kurdistan24 \u2192 cites \u2192 joc-source \u2192 speaks for \u2192 joc");
        }

        [Fact]
        public void DirectChainHasTheReporterAsOrigin()
        {
            var chain = AttributionChain.Direct("centcom");

            chain.Origin.Should().Be("centcom");
            chain.SourceIds.Should().Equal("centcom");
            chain.Steps.Should().BeEmpty();
            chain.ToString().Should().Be("centcom");
        }

        [Fact]
        public void ExtendingAChainLeavesTheOriginalUnchanged()
        {
            var direct = AttributionChain.Direct("k24");
            var longer = direct.Citing("joc");

            direct.Steps.Should().BeEmpty();
            longer.Origin.Should().Be("joc");
            new AttributionStep(AttributionRelation.SpeaksFor, "joc").ToString().Should().Be("speaks for joc");
        }

        [Fact]
        public void RepeatedSourceThrowsNamingIt()
        {
            FluentActions.Invoking(() => AttributionChain.Direct("k24").Citing("joc-source").SpeakingFor("k24"))
                .Should().Throw<ArgumentException>().WithMessage("steps[1] names source \"k24\" a second time*").Which.ParamName.Should().Be("steps");
            FluentActions.Invoking(() => AttributionChain.Direct("k24").Citing("joc").Citing("joc"))
                .Should().Throw<ArgumentException>().WithMessage("*\"joc\"*");
        }

        [Fact]
        public void NullStepOrBlankIdIsRefused()
        {
            FluentActions.Invoking(() => new AttributionChain("k24", new AttributionStep[] { null! }))
                .Should().Throw<ArgumentException>().WithMessage("*steps[0] is null*");
            FluentActions.Invoking(() => new AttributionStep(AttributionRelation.Cites, " "))
                .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("sourceId");
            FluentActions.Invoking(() => new AttributionStep((AttributionRelation)7, "x"))
                .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("relation");
        }
    }
}
