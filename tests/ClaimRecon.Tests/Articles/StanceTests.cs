using ClaimRecon.Articles;
using ClaimRecon.Claims;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>Asserts, estimates, relays and denies, each read from a sentence of our own.</summary>
    public sealed class StanceTests
    {
        [Theory]
        [InlineData("The ministry denied reports that 500 soldiers had deserted.", "500", "stance.denial-verb")]
        [InlineData("The ministry rejected claims that 500 soldiers had deserted.", "500", "stance.denial-verb")]
        [InlineData("The ministry dismissed a report of 500 deserters.", "500", "stance.denial-verb")]
        [InlineData("The ministry said claims of 500 deserters are false.", "500", "stance.denial-predicate")]
        [InlineData("The ministry said reports of 500 deserters were inaccurate.", "500", "stance.denial-predicate")]
        public void DenialsDeny(string text, string figure, string rule)
        {
            var m = Reading.Figure(text, figure);

            m.Stance.Should().Be(Stance.Denies);
            m.DecisionFor(AttributionPart.Stance).Rule.Should().Be(rule);
            m.Source.Name.Should().Be("ministry");
        }

        [Theory]
        [InlineData("The ministry said reports of 500 deserters were exaggerated.", DenialDirection.Lower)]
        [InlineData("The ministry said the figure of 500 deserters was understated.", DenialDirection.Higher)]
        [InlineData("The ministry said reports of 500 deserters were inaccurate.", DenialDirection.None)]
        public void ADenialKeepsItsDirectionAndBecomesADenyingClaim(string text, DenialDirection direction)
        {
            var m = Reading.Figure(text, "500");

            m.Denies.Should().Be(DenialTarget.OwnFigure(direction));
            var claim = m.ToClaim("d1", new ClaimRecon.Quantities.QuantityKey("deserters", "count"));
            claim.Stance.Should().Be(Stance.Denies);
            claim.Denies.Should().Be(DenialTarget.OwnFigure(direction));
        }

        [Fact]
        public void OnlyDenialsHaveADenialTarget()
        {
            Reading.Figure("The coach said 12 players were injured.", "12").Denies.Should().BeNull();
        }

        [Fact]
        public void ADenialOutranksTheRumourItDenies()
        {
            var m = Reading.Figure("The governor said rumours suggesting 900 arrests are baseless.", "900");

            m.Stance.Should().Be(Stance.Denies);
            m.SourceSpan!.Value.Text.Should().Be("The governor");
        }

        [Theory]
        [InlineData("The bank estimated that 1,500 branches would close.", "1,500", "stance.estimate-verb")]
        [InlineData("Analysts put the number at 1,500 branches.", "1,500", "stance.estimate-verb")]
        [InlineData("The total is estimated at 1,500 branches.", "1,500", "stance.estimate-verb")]
        public void EstimatesEstimate(string text, string figure, string rule)
        {
            var m = Reading.Figure(text, figure);

            m.Stance.Should().Be(Stance.Estimates);
            m.DecisionFor(AttributionPart.Stance).Rule.Should().Be(rule);
        }

        [Fact]
        public void MediaReportsAreRelayed()
        {
            var m = Reading.Figure("Regional media reported that 70 villages were evacuated.", "70");

            m.Stance.Should().Be(Stance.Relays);
            m.Source.Name.Should().Be("Regional media");
        }

        [Fact]
        public void AnOfficialReportingAFigureAssertsIt()
        {
            var m = Reading.Figure("The health ministry reported that 70 clinics were open.", "70");

            m.Stance.Should().Be(Stance.Asserts);
        }

        [Fact]
        public void StatingIsAsserting()
        {
            Reading.Figure("The coach said 12 players were injured.", "12").Stance.Should().Be(Stance.Asserts);
        }
    }
}
