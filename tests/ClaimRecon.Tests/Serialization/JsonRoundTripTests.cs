using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>Write then Read gives back an equal claim set, and writing that set again gives the same text.</summary>
    public sealed class JsonRoundTripTests
    {
        [Fact]
        public void GeneratedClaimSetsSurviveWriteThenRead()
        {
            var property = Prop.ForAll(ClaimGenerators.ShownClaimSets, shown =>
            {
                var original = shown.Value;
                var json = ClaimJson.Write(original);
                var result = ClaimJson.Read(json);

                // FsCheck prints a failing set as its JSON (see ClaimGenerators.ShownClaimSets); Equal compares in order with each type's Equals.
                result.Problems.Should().BeEmpty("the writer's own output must read back");
                result.Success.Should().BeTrue();
                var copy = result.Value;
                copy.Sources.Should().Equal(original.Sources, "sources must survive");
                copy.Quantities.Should().Equal(original.Quantities, "quantities must survive");
                copy.Claims.Should().Equal(original.Claims, "claims must survive");
                ClaimJson.Write(copy).Should().Be(json, "writing the re-read set must give the same text");
            });

            Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
        }

        [Fact]
        public void GeneratorsCoverEveryCaseTheRoundTripClaimsToCover()
        {
            // Guards the property above against a generator that quietly stops producing a case.
            var sets = Gen.Sample(ClaimGenerators.ClaimSets, 300, 50);
            var claims = sets.SelectMany(s => s.Claims).ToList();
            var sources = sets.SelectMany(s => s.Sources).ToList();
            var units = sets.SelectMany(s => s.Quantities).Select(q => q.Unit.Symbol).ToList();
            var times = claims.SelectMany(c => new[] { c.StatedAt, c.Describes }).OfType<TimeReference>().ToList();

            claims.Where(c => c.Figure is not null).Select(c => c.Figure!.Hedge).Distinct().Should().HaveCount(Enum.GetValues(typeof(Hedge)).Length);
            claims.Should().Contain(c => c.Figure == null).And.Contain(c => c.Denies != null && c.Denies.SourceId != null)
                .And.Contain(c => c.Denies != null && c.Denies.ClaimIds.Count > 1).And.Contain(c => c.Denies != null && c.Denies.IsOwnFigure);
            claims.Where(c => c.Denies != null).Select(c => c.Denies!.Direction).Distinct().Should().HaveCount(3);
            claims.Select(c => c.Stance).Distinct().Should().HaveCount(Enum.GetValues(typeof(Stance)).Length);
            sources.Select(s => s.Kind).Distinct().Should().HaveCount(Enum.GetValues(typeof(SourceKind)).Length);
            sources.Should().Contain(s => s.Role == null).And.Contain(s => s.Role != null);
            sources.Should().Contain(s => s.PriorReliability == null).And.Contain(s => s.PriorReliability != null);
            units.Should().Contain(new[] { "USD/day/person", "{barrel}", "%", "pp", "1" });
            sets.SelectMany(s => s.Quantities).Select(q => (q.Kind, q.Domain)).Distinct().Should().HaveCount(
                Enum.GetValues(typeof(QuantityKind)).Length * Enum.GetValues(typeof(ValueDomain)).Length);
            claims = claims.Where(c => c.Figure is not null).ToList();
            claims.Should().Contain(c => c.Figure!.Value < 0).And.Contain(c => c.Figure!.Value != decimal.Truncate(c.Figure!.Value))
                .And.Contain(c => Math.Abs(c.Figure!.Value) > long.MaxValue);
            claims.Should().Contain(c => c.Policy.Name != InterpretationPolicy.DefaultName).And.Contain(c => c.Policy.Name == InterpretationPolicy.DefaultName);
            claims.Select(c => c.Attribution.Steps.Count).Distinct().Should().BeEquivalentTo(new[] { 0, 1, 2 });
            claims.SelectMany(c => c.Attribution.Steps).Select(s => s.Relation).Distinct().Should().HaveCount(2);
            times.Select(t => t.Precision).Distinct().Should().HaveCount(Enum.GetValues(typeof(TimePrecision)).Length);
            times.Should().Contain(t => t.Precision == TimePrecision.Period && t.Label != null);
            times.Should().Contain(t => t.Moment != null && t.Moment.Value.Offset != NodaTime.Offset.Zero);
            claims.SelectMany(c => c.Evidence).Should().Contain(e => e.Start != null).And.Contain(e => e.Start == null);
            claims.Select(c => c.Note).OfType<string>().Should().Contain(n => n.Contains('\n')).And.Contain(n => n.Contains('"')).And.Contain(n => n.Any(ch => ch > 127));
        }

        [Theory]
        [InlineData(0.24866858415709278)]
        [InlineData(0.9438622761256351)]
        [InlineData(0.30000000000000004)]
        [InlineData(1e-05)]
        public void PriorReliabilityRoundTripsToTheSameDouble(double reliability)
        {
            // These doubles' shortest texts, read as decimals and cast to double, land one unit in the last place away.
            var set = ClaimSet.Create(new[] { new Source("s", "S", SourceKind.NewsOutlet, priorReliability: reliability) }, Array.Empty<Quantity>(), Array.Empty<Claim>());

            var copy = ClaimJson.Read(ClaimJson.Write(set)).Value;

            copy.Sources[0].PriorReliability.Should().Be(reliability);
        }

        [Fact]
        public void OneHandWrittenClaimRoundTripsToTheDocumentedText()
        {
            var set = ClaimSet.Create(
                new[] { new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, priorReliability: 0.7), new Source("joc", "Joint Operations Command", SourceKind.OfficialBody) },
                new[] { new Quantity(QuantityKey.Parse("detainees/transferred"), Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger) },
                new[]
                {
                    new Claim(
                        "c1", QuantityKey.Parse("detainees/transferred"), HedgedFigure.Of(Hedge.Nearly, 7000m, "nearly 7,000"),
                        AttributionChain.Direct("k24").SpeakingFor("joc"), Stance.Estimates,
                        statedAt: TimeReference.Parse("2026-02-07T11:00:00+03"),
                        describes: TimeReference.Parse("2026-01-21/2026-01-31", "late January 2026")),
                });

            var json = ClaimJson.Write(set);

            json.Should().Contain("\"schemaVersion\": 1");
            json.Should().Contain("\"range\": {\n        \"lower\": 6300,\n        \"lowerClosed\": true,\n        \"upper\": 7000,\n        \"upperClosed\": false\n      }".Replace("\n", Environment.NewLine));
            json.Should().Contain("\"statedAt\": \"2026-02-07T11:00:00+03\"");
            json.Should().Contain("\"value\": \"2026-01-21/2026-01-31\"").And.Contain("\"label\": \"late January 2026\"");
            json.Should().Contain("\"k24\",").And.Contain("\"speaksFor\": \"joc\"");
            json.Should().Contain("\"priorReliability\": 0.7");
            ClaimJson.Read(json).Value.Claims.Should().Equal(set.Claims);
        }
    }
}
