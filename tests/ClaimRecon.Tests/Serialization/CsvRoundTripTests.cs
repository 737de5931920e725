using System;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Units;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary>What <see cref="ClaimCsv.Write(ClaimSet)"/> writes reads back equal; what CSV cannot hold is refused, never dropped.</summary>
    public sealed class CsvRoundTripTests
    {
        /// <summary>Generated claim sets cut down to what CSV holds (the JSON writer is the equality oracle: it is not the code under test).</summary>
        public static Arbitrary<Shown<ClaimSet>> CsvClaimSets { get; } =
            Arb.From(ClaimGenerators.ClaimSets.Select(CsvOnly).Select(set => new Shown<ClaimSet>(set, () => ClaimJson.Write(set))));

        [Fact]
        public void GeneratedClaimSetsSurviveWriteThenRead()
        {
            var property = Prop.ForAll(CsvClaimSets, shown =>
            {
                var original = shown.Value;
                var csv = ClaimCsv.Write(original);
                var result = ClaimCsv.Read(new StringReader(csv));

                result.Problems.Should().BeEmpty("the writer's own output must read back:\n" + csv);
                var copy = result.Value;
                copy.Sources.Should().Equal(original.Sources);
                copy.Quantities.Should().Equal(original.Quantities);
                copy.Claims.Should().Equal(original.Claims);
                ClaimJson.Write(copy).Should().Be(ClaimJson.Write(original));
            });

            Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
        }

        [Fact]
        public void GeneratedClaimSetsSurviveAsynchronousReading()
        {
            var property = Prop.ForAll(CsvClaimSets, shown =>
            {
                var csv = ClaimCsv.Write(shown.Value);
                using var reader = ClaimReader.Csv(new StringReader(csv));
                var result = reader.ReadToEndAsync().GetAwaiter().GetResult();

                result.Problems.Should().BeEmpty();
                ClaimJson.Write(result.Value).Should().Be(ClaimJson.Write(shown.Value));
            });

            Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
        }

        [Fact]
        public void APriorReliability_IsRefused_NamingTheSource()
        {
            var set = ClaimSet.Create(new[] { new Source("paper", "The Paper", SourceKind.NewsOutlet, null, 0.8) }, Array.Empty<Quantity>(), Array.Empty<Claim>());

            var write = () => ClaimCsv.Write(set);

            write.Should().Throw<ArgumentException>().WithMessage("*source \"paper\" has a prior reliability*").Which.ParamName.Should().Be("set");
        }

        [Fact]
        public void ANoteWithSurroundingSpace_IsRefused_NamingTheClaimAndField()
        {
            var quantity = new Quantity(new QuantityKey("town", "population"), Unit.Parse("person"), QuantityKind.Level, ValueDomain.Real);
            var claim = new Claim("c1", quantity.Key, HedgedFigure.Of(Hedge.None, 5m), AttributionChain.Direct("paper"), Stance.Asserts, note: " padded");
            var set = ClaimSet.Create(new[] { new Source("paper", "paper", SourceKind.NewsOutlet) }, new[] { quantity }, new[] { claim });

            var write = () => ClaimCsv.Write(set);

            write.Should().Throw<ArgumentException>().WithMessage("*claim \"c1\" has a note that starts or ends with white space*");
        }

        private static ClaimSet CsvOnly(ClaimSet set)
        {
            var sources = set.Sources.Select(s => new Source(s.Id, Trim(s.Name), s.Kind, TrimOrNull(s.Role)));
            var quantities = set.Quantities.Select(q => new Quantity(q.Key, q.Unit, q.Kind, q.Domain, TrimOrNull(q.Description)));
            var claims = set.Claims.Select(c =>
            {
                var evidence = c.Evidence.Take(1).Where(e => e.Url is not null || e.Quote is not null).Select(e => new Evidence(e.Url, TrimOrNull(e.Quote))).ToArray();
                var statedAt = c.StatedAt?.WithLabel(null);
                var describes = c.Describes?.WithLabel(null);
                return c.Figure is null
                    ? Claim.Denying(c.Id, c.Quantity, c.Attribution, c.Denies!, statedAt, describes, evidence, TrimOrNull(c.Note))
                    : new Claim(c.Id, c.Quantity, Figure(c.Figure), c.Attribution, c.Stance, statedAt, describes, evidence, null, TrimOrNull(c.Note), c.Denies);
            });
            return ClaimSet.Create(sources, quantities, claims);
        }

        private static HedgedFigure Figure(HedgedFigure f)
        {
            var wording = TrimOrNull(f.Wording);
            return f.Hedge switch
            {
                Hedge.Range => HedgedFigure.OfRange(f.StatedRange!.Value, wording),
                Hedge.Vague => HedgedFigure.Vague(f.StatedRange!.Value, wording),
                Hedge.Between => new HedgedFigure(Hedge.Between, f.Value, f.UpperValue, wording),
                _ => HedgedFigure.Of(f.Hedge, f.Value, wording),
            };
        }

        private static string Trim(string text) => text.Trim().Length == 0 ? "x" : text.Trim();

        private static string? TrimOrNull(string? text) => text is null ? null : Trim(text);
    }
}
