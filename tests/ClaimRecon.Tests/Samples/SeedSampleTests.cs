using System;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using ClaimRecon.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClaimRecon.Tests.Samples
{
    /// <summary>The bundled seed story (samples/seed-story.json) loads, validates, round-trips and says what the reports say.</summary>
    public sealed class SeedSampleTests
    {
        private static readonly QuantityKey Transferred = new("isis-detainees-syria-iraq", "transferred");

        private static ClaimSet Load() => ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json")).GetValueOrThrow();

        [Fact]
        public void SeedSampleLoadsWithoutProblemsAndHasAtLeastFifteenClaims()
        {
            var result = ClaimJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "seed-story.json"));

            result.Problems.Should().BeEmpty();
            result.Value.Claims.Should().HaveCountGreaterOrEqualTo(15);
        }

        [Fact]
        public void SeedSampleRoundTripsThroughJson()
        {
            var set = Load();

            var again = ClaimJson.Read(ClaimJson.Write(set)).GetValueOrThrow();

            again.Sources.Should().Equal(set.Sources);
            again.Quantities.Should().Equal(set.Quantities);
            again.Claims.Should().Equal(set.Claims);
            ClaimJson.Write(again).Should().Be(ClaimJson.Write(set));
        }

        [Fact]
        public void EveryFigureOfTheStoryIsInTheSample()
        {
            var figures = Load().Claims.Where(c => c.Figure is not null).Select(c => c.Figure!.Value).ToList();

            figures.Should().Contain(new[] { 2250m, 4580m, 5000m, 7000m, 10m, 70000m, 2100000m, 2000m, 30m, 80m, 600m });
            figures.Should().NotContain(2015m, "2015 is the year of the Ankara bombing, not a quantity");
            figures.Should().NotContain(2026m);
        }

        [Fact]
        public void JocStatementsReadAsTheReportsWordThem()
        {
            var claims = Load().Claims.Where(c => c.Quantity.Equals(Transferred) && c.Attribution.Origin == "joc").ToList();

            var between = claims.Single(c => c.Figure?.Hedge == Hedge.Between);
            between.Range.Should().Be(NumericRange.Closed(5000, 6000));
            between.Attribution.Should().Be(AttributionChain.Direct("kurdistan24").Citing("joc-source").SpeakingFor("joc"));

            claims.Where(c => c.Figure?.Hedge == Hedge.MoreThan).Should().OnlyContain(c => c.Range == NumericRange.GreaterThan(5000));
            claims.Where(c => c.Figure?.Hedge == Hedge.MoreThan).First().Range.ToCanonical(ValueDomain.NonNegativeInteger)
                .Should().Be(NumericRange.AtLeast(5001));
        }

        [Fact]
        public void SevenThousandMovedIsAssertedByCirculatingClaimsAndDeniedByTheJoc()
        {
            var set = Load();
            var sevenThousand = set.Claims.Where(c => c.Quantity.Equals(Transferred) && c.Figure?.Value == 7000m).ToList();

            var asserted = sevenThousand.Single(c => c.Stance == Stance.Asserts);
            set.GetOrigin(asserted).Kind.Should().Be(SourceKind.Unattributed);

            var denied = sevenThousand.Single(c => c.Stance == Stance.Denies);
            denied.Attribution.Origin.Should().Be("joc");
            denied.Range.Should().Be(NumericRange.Point(7000));
        }

        [Fact]
        public void LookAlikeFiguresBelongToDifferentQuantities()
        {
            var set = Load();
            var centcom = set.Claims.Single(c => c.Attribution.Origin == "centcom");
            var slated = set.Claims.Where(c => set.GetQuantity(c.Quantity).Kind == QuantityKind.Target && c.Figure?.Value == 7000m).ToList();

            centcom.Figure!.Hedge.Should().Be(Hedge.Nearly);
            centcom.Range.Contains(7000m).Should().BeFalse("nearly 7,000 never reaches 7,000");
            centcom.Quantity.Should().NotBe(Transferred);
            set.GetQuantity(centcom.Quantity).Kind.Should().Be(QuantityKind.Level);
            slated.Should().NotBeEmpty().And.OnlyContain(c => !c.Quantity.Equals(Transferred));
            set.GetQuantity(Transferred).Kind.Should().Be(QuantityKind.Cumulative);
        }

        [Fact]
        public void MoneyFiguresCarryRateUnits()
        {
            var set = Load();

            set.GetQuantity(set.Claims.Single(c => c.Figure?.Value == 10m).Quantity).Unit.Should().Be(Unit.Parse("USD/person/day"));
            set.GetQuantity(set.Claims.Single(c => c.Figure?.Value == 70000m).Quantity).Unit.Should().Be(Unit.UsDollar.Divide(Unit.Day));
            set.GetQuantity(set.Claims.Single(c => c.Figure?.Value == 2100000m).Quantity).Unit.Should().Be(Unit.UsDollar.Divide(Unit.Month));
        }

        [Fact]
        public void TimesKeepThePrecisionTheReportsGave()
        {
            var set = Load();

            var fayyadh = set.Claims.Single(c => c.Attribution.Origin == "pmf");
            fayyadh.StatedAt!.Precision.Should().Be(TimePrecision.Period);
            fayyadh.StatedAt.FirstDay.Should().Be(new LocalDate(2026, 1, 21));
            fayyadh.StatedAt.LastDay.Should().Be(new LocalDate(2026, 1, 31));
            fayyadh.StatedAt.Label.Should().Be("late January 2026");

            set.Claims.Where(c => c.Figure?.Value == 2250m).Should().OnlyContain(c => c.Describes!.Equals(TimeReference.OnDay(new LocalDate(2026, 2, 7))));
        }

        [Fact]
        public void EveryClaimQuotesTheWordsItWasReadFrom()
        {
            foreach (var claim in Load().Claims)
            {
                if (claim.Stance == Stance.Denies && claim.Evidence.Count == 0)
                {
                    // The numberless denials are written in our own words (no seed sentence is copied): the note says so.
                    claim.Note.Should().StartWith("Our wording:", claim.Id);
                    continue;
                }

                claim.Evidence.Should().NotBeEmpty($"claim {claim.Id} must be checkable");
                claim.Evidence.Should().OnlyContain(e => e.Quote != null && e.Start != null, $"claim {claim.Id} quotes its span");
                var wording = claim.Figure!.Wording!;
                claim.Evidence.Any(e => e.Quote!.IndexOf(wording, StringComparison.OrdinalIgnoreCase) >= 0)
                    .Should().BeTrue($"claim {claim.Id}'s quote must contain its wording \"{wording}\"");
            }
        }

        [Fact]
        public void EvidenceOffsetsPointAtTheQuotesInTheOriginalReports()
        {
            // The reports themselves live in ../shared/seeds beside the repository (not shipped); CI has them there.
            var seeds = TestPaths.Shared("seeds");

            var checkedSpans = 0;
            foreach (var evidence in Load().Claims.SelectMany(c => c.Evidence))
            {
                var name = evidence.Url!.Segments.Last();
                var text = File.ReadAllText(Path.Combine(seeds, name + ".txt"));
                text.Substring(evidence.Start!.Value, evidence.End!.Value - evidence.Start.Value).Should().Be(evidence.Quote);
                checkedSpans++;
            }

            checkedSpans.Should().BeGreaterOrEqualTo(15);
        }
    }
}
