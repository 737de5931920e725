using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Support;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests
{
    /// <summary>
    /// The README's second example (a denial without a figure, and a month-dated claim), line for line, with the line it
    /// prints asserted. The expectation is worked out by hand: the month-dated "more than 4,580" may speak of a day after
    /// 7 February, so it does not conflict with 2,250 on the 7th; the ministry's "far lower than reported" rules out
    /// everything from 4,580 up, where the month's figure lies wholly.
    /// </summary>
    public sealed class ReadmeDenialAndMonthExampleTests
    {
        [Fact]
        public void ItPrintsOneDenial_AndNoConflictBetweenTheDayAndTheMonth()
        {
            var moved = new Quantity(new QuantityKey("border", "moved"), Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger);
            var claims = new[]
            {
                new Claim("on-the-7th", moved.Key, HedgedFigure.Of(Hedge.None, 2250), AttributionChain.Direct("cell"), Stance.Asserts,
                    describes: TimeReference.Parse("2026-02-07")),
                new Claim("in-february", moved.Key, HedgedFigure.Of(Hedge.MoreThan, 4580), AttributionChain.Direct("paper").Citing("cell"), Stance.Asserts,
                    describes: TimeReference.Parse("2026-02")),
                Claim.Denying("far-lower", moved.Key, AttributionChain.Direct("ministry"),
                    DenialTarget.OfClaims(new[] { "in-february" }, DenialDirection.Lower), describes: TimeReference.Parse("2026-02")),
            };

            var lines = new ContradictionDetector(new[] { moved }).Detect(claims).Findings
                .Select(f => $"{f.Kind}: {string.Join(", ", f.Claims.Select(c => c.Id))}").ToArray();

            lines.Should().Equal("Denial: far-lower, in-february");
        }

        [Fact]
        public void TheReadmeShowsThisCode()
        {
            var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md"));

            readme.Should().Contain("var moved = new Quantity(new QuantityKey(\"border\", \"moved\"), Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger);")
                .And.Contain("describes: TimeReference.Parse(\"2026-02\")),")
                .And.Contain("DenialTarget.OfClaims(new[] { \"in-february\" }, DenialDirection.Lower), describes: TimeReference.Parse(\"2026-02\")),")
                .And.Contain("    Console.WriteLine($\"{f.Kind}: {string.Join(\", \", f.Claims.Select(c => c.Id))}\"); // Denial: far-lower, in-february");
        }
    }
}
