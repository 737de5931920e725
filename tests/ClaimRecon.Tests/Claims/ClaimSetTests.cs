using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Claims
{
    public sealed class ClaimSetTests
    {
        private static readonly QuantityKey Transferred = QuantityKey.Parse("detainees/transferred");
        private static readonly QuantityKey Held = QuantityKey.Parse("detainees/held");

        private static readonly Source[] Sources =
        {
            new("k24", "Kurdistan24", SourceKind.NewsOutlet),
            new("joc", "Joint Operations Command", SourceKind.OfficialBody),
        };

        private static readonly Quantity[] Quantities =
        {
            new(Transferred, Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger),
        };

        [Fact]
        public void ValidSetKeepsOrderAndLooksUpByIdAndKey()
        {
            var claims = new[] { Make("c1", Transferred, "k24", "joc"), Make("c0", Transferred, "joc") };

            var set = ClaimSet.Create(Sources, Quantities, claims);

            set.Claims.Select(c => c.Id).Should().Equal("c1", "c0");
            set.GetSource("joc").Name.Should().Be("Joint Operations Command");
            set.GetQuantity(QuantityKey.Parse("detainees/transferred")).Kind.Should().Be(QuantityKind.Cumulative);
            set.GetOrigin(claims[0]).Id.Should().Be("joc");
            FluentActions.Invoking(() => set.GetSource("ghost")).Should().Throw<KeyNotFoundException>().WithMessage("*\"ghost\"*");
            FluentActions.Invoking(() => set.GetQuantity(Held)).Should().Throw<KeyNotFoundException>().WithMessage("*\"detainees/held\"*");
        }

        [Fact]
        public void DuplicateIdsAndMissingReferencesAreAllListed()
        {
            var sources = Sources.Append(new Source("k24", "Kurdistan 24 again", SourceKind.NewsOutlet));
            var quantities = Quantities.Append(new Quantity(Transferred, Unit.Person, QuantityKind.Level, ValueDomain.NonNegativeInteger));
            var claims = new[]
            {
                Make("c0", Transferred, "k24"),
                Make("c0", Held, "k24", "ghost"),
                Make("c2", Transferred, "phantom", "joc", "spectre"),
            };

            var thrown = FluentActions.Invoking(() => ClaimSet.Create(sources, quantities, claims)).Should().Throw<ClaimValidationException>().Which;

            thrown.Problems.Select(p => (p.Path, p.Value)).Should().BeEquivalentTo(new[]
            {
                ("$.sources[2].id", "\"k24\""),
                ("$.quantities[1].key", "\"detainees/transferred\""),
                ("$.claims[1].id", "\"c0\""),
                ("$.claims[1].quantity", "\"detainees/held\""),
                ("$.claims[1].attribution[1]", "\"ghost\""),
                ("$.claims[2].attribution[0]", "\"phantom\""),
                ("$.claims[2].attribution[2]", "\"spectre\""),
            });
            thrown.Message.Should().StartWith("7 problems in the input:");
            foreach (var problem in thrown.Problems)
            {
                thrown.Message.Should().Contain($"{problem.Path}: {problem.Message}");
                problem.Message.Should().Contain(problem.Value!, "the value, as JSON text, appears in the message");
            }
        }

        [Fact]
        public void ValidateReturnsTheSameProblemsWithoutThrowing()
        {
            var problems = ClaimSet.Validate(Sources, Quantities, new[] { Make("c0", Held, "k24") }, out var set);

            set.Should().BeNull();
            problems.Should().ContainSingle().Which.Should().Be(
                new ValidationProblem("$.claims[0].quantity", "\"detainees/held\"", "claim \"c0\" refers to quantity \"detainees/held\", which is not defined"));
        }

        [Fact]
        public void ManyProblemsAreSummarisedInTheMessageButAllKept()
        {
            var claims = Enumerable.Range(0, 25).Select(i => Make("c" + i, Held, "k24")).ToList();

            var thrown = FluentActions.Invoking(() => ClaimSet.Create(Sources, Quantities, claims)).Should().Throw<ClaimValidationException>().Which;

            thrown.Problems.Should().HaveCount(25);
            thrown.Message.Should().StartWith("25 problems in the input:").And.Contain("$.claims[19].quantity").And.NotContain("$.claims[20].quantity")
                .And.Contain("... and 5 more (see Problems)");
        }

        [Fact]
        public void ExceptionNeedsAtLeastOneProblem()
        {
            FluentActions.Invoking(() => new ClaimValidationException(Array.Empty<ValidationProblem>())).Should().Throw<ArgumentException>();
        }

        [Fact]
        public void TwoDifferentPoliciesWithOneNameAreRefused()
        {
            // The JSON format names policies, so this set could be written but its text would not read back.
            var narrow = new InterpretationPolicy("house", 0.05m, 0.1m, 0m);
            var wide = new InterpretationPolicy("house", 0.25m, 0.1m, 0m);
            var claims = new[] { Make("c0", Transferred, "k24").WithPolicy(narrow), Make("c1", Transferred, "k24").WithPolicy(wide) };

            var problem = ClaimSet.Validate(Sources, Quantities, claims, out var set).Should().ContainSingle().Subject;

            set.Should().BeNull();
            problem.Path.Should().Be("$.claims[1].policy");
            problem.Value.Should().Be("\"house\"", "values are JSON text, as the JSON reader reports them");
            problem.Message.Should().Contain("\"c1\"").And.Contain("about \u00B10.25").And.Contain("about \u00B10.05");
        }

        [Fact]
        public void APolicyNamedDefaultThatIsNotTheBuiltInOneIsRefused()
        {
            var claims = new[] { Make("c0", Transferred, "k24").WithPolicy(new InterpretationPolicy("default", 0.2m, 0.1m, 0m)) };

            var problem = ClaimSet.Validate(Sources, Quantities, claims, out _).Should().ContainSingle().Subject;

            problem.Path.Should().Be("$.claims[0].policy");
            problem.Value.Should().Be("\"default\"");
        }

        [Fact]
        public void EqualPoliciesMayShareANameAndAnEqualCopyOfTheDefaultIsTheDefault()
        {
            var claims = new[]
            {
                Make("c0", Transferred, "k24").WithPolicy(new InterpretationPolicy("house", 0.05m, 0.1m, 0m)),
                Make("c1", Transferred, "k24").WithPolicy(new InterpretationPolicy("house", 0.050m, 0.10m, 0m)),
                Make("c2", Transferred, "k24").WithPolicy(new InterpretationPolicy("default", 0.1m, 0.1m, 0m)),
            };

            ClaimSet.Validate(Sources, Quantities, claims, out var set).Should().BeEmpty();
            set!.Claims.Should().HaveCount(3);
        }

        [Fact]
        public void ClaimRangeFollowsItsPolicy()
        {
            var claim = Make("c0", Transferred, "k24");
            var wide = new InterpretationPolicy("wide", 0.25m, 0.2m, 0m);

            claim.Range.Should().Be(NumericRange.Closed(6300m, 7700m));
            claim.WithPolicy(wide).Range.Should().Be(NumericRange.Closed(5250m, 8750m));
            claim.WithPolicy(wide).Policy.Should().Be(wide);
        }

        private static Claim Make(string id, QuantityKey quantity, string reporter, params string[] cited) =>
            new(id, quantity, HedgedFigure.Of(Hedge.About, 7000m), new AttributionChain(reporter, cited.Select(c => new AttributionStep(AttributionRelation.Cites, c))), Stance.Asserts);
    }
}
