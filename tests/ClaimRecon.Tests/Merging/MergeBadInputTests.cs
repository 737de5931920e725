using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>Bad input to the merge engine: every error names where it is (position, id or source) and the offending value.</summary>
    public sealed class MergeBadInputTests
    {
        private static readonly QuantityKey Held = new("detainees", "held");
        private static readonly QuantityKey Moved = new("detainees", "moved");

        private static readonly Quantity[] Quantities =
        {
            MergeGenerators.QuantityOf(QuantityKind.Level, Held), MergeGenerators.QuantityOf(QuantityKind.Cumulative, Moved),
        };

        private static Claim ClaimOn(string id, QuantityKey key, string origin = "joc", decimal value = 5000) =>
            new(id, key, HedgedFigure.Of(Hedge.MoreThan, value), AttributionChain.Direct("k24").Citing(origin), Stance.Asserts);

        public static IEnumerable<object[]> Modes() =>
            from order in new[] { InputOrder.Unordered, InputOrder.SortedByQuantity }
            from degree in new[] { 1, 2 }
            select new object[] { order, degree };

        [Theory]
        [MemberData(nameof(Modes))]
        public void NullClaim_NamesItsPosition(InputOrder order, int degree)
        {
            var engine = new MergeEngine(Quantities, null, new MergeOptions(null, order, degree));
            var claims = new[] { ClaimOn("c0", Held), ClaimOn("c1", Held), null!, ClaimOn("c3", Moved) };

            Action merge = () => engine.Merge(claims).ToList();

            merge.Should().Throw<ArgumentException>().Which.Message.Should().Contain("claims[2] is null");
        }

        [Theory]
        [MemberData(nameof(Modes))]
        public void UnknownQuantity_NamesThePositionTheIdAndTheKey(InputOrder order, int degree)
        {
            var engine = new MergeEngine(Quantities, null, new MergeOptions(null, order, degree));
            var claims = new[] { ClaimOn("c0", Held), ClaimOn("stray", new QuantityKey("detainees", "released")) };

            Action merge = () => engine.Merge(claims).ToList();

            var e = merge.Should().Throw<ArgumentException>().Which;
            e.ParamName.Should().Be("claims");
            e.Message.Should().Contain("claims[1]").And.Contain("\"stray\"").And.Contain("detainees/released");
        }

        [Theory]
        [MemberData(nameof(Modes))]
        public void UnknownOrigin_WhenSourcesWereGiven_NamesThePositionTheIdAndTheOrigin(InputOrder order, int degree)
        {
            var sources = new[] { new Source("joc", "Joint Operations Command", SourceKind.OfficialBody), new Source("k24", "Kurdistan24", SourceKind.NewsOutlet) };
            var engine = new MergeEngine(Quantities, sources, new MergeOptions(null, order, degree));
            var claims = new[] { ClaimOn("c0", Held), ClaimOn("c1", Held, origin: "sdf") };

            Action merge = () => engine.Merge(claims).ToList();

            var e = merge.Should().Throw<ArgumentException>().Which;
            e.Message.Should().Contain("claims[1]").And.Contain("\"c1\"").And.Contain("\"sdf\"");
        }

        [Fact]
        public void UnknownOrigin_WithoutSources_IsAccepted()
        {
            var engine = new MergeEngine(Quantities);

            engine.MergeQuantity(new[] { ClaimOn("c1", Held, origin: "sdf") }).Periods.Single().Witnesses.Single().OriginId.Should().Be("sdf");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public void OutOfOrderInput_UnderSortedByQuantity_NamesThePositionTheIdAndBothKeys(int degree)
        {
            var engine = new MergeEngine(Quantities, null, new MergeOptions(null, InputOrder.SortedByQuantity, degree));
            var claims = new[] { ClaimOn("m0", Moved), ClaimOn("m1", Moved), ClaimOn("h0", Held) };

            Action merge = () => engine.Merge(claims).ToList();

            var e = merge.Should().Throw<InvalidOperationException>().Which;
            e.Message.Should().Contain("claims[2]").And.Contain("\"h0\"").And.Contain("detainees/held").And.Contain("detainees/moved");
        }

        [Fact]
        public void OutOfOrderInput_WhenAQuantityComesBack_IsAlsoRefused()
        {
            var engine = new MergeEngine(Quantities, null, new MergeOptions(null, InputOrder.SortedByQuantity));
            var claims = new[] { ClaimOn("h0", Held), ClaimOn("m0", Moved), ClaimOn("h1", Held) };

            Action merge = () => engine.Merge(claims).ToList();

            merge.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("claims[2]").And.Contain("\"h1\"");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void ReliabilityWeighted_WithATableMissingAnOrigin_NamesTheSource(int degree)
        {
            var strategy = MergeStrategy.ReliabilityWeighted(new Dictionary<string, double> { ["joc"] = 0.9 });
            var engine = new MergeEngine(Quantities, null, new MergeOptions(strategy, InputOrder.Unordered, degree));
            var claims = new[] { ClaimOn("c0", Held), ClaimOn("c1", Held, origin: "security-media-cell") };

            var e = Catch(() => engine.Merge(claims).ToList());

            e.Should().BeOfType<InvalidOperationException>("the documented exception, not an AggregateException from the parallel loop");
            e.Message.Should().Contain("\"security-media-cell\"");
        }

        [Theory]
        [InlineData(InputOrder.Unordered, 1)]
        [InlineData(InputOrder.Unordered, 2)]
        [InlineData(InputOrder.SortedByQuantity, 1)]
        [InlineData(InputOrder.SortedByQuantity, 4)]
        public void AFailingQuantity_YieldsTheResultsBeforeIt_ThenThrows_WhateverTheParallelism(InputOrder order, int degree)
        {
            var keys = Enumerable.Range(0, 40).Select(i => new QuantityKey("q" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "held")).ToArray();
            var strategy = MergeStrategy.ReliabilityWeighted(new Dictionary<string, double> { ["joc"] = 0.9 });
            var engine = new MergeEngine(keys.Select(k => MergeGenerators.QuantityOf(QuantityKind.Level, k)), null, new MergeOptions(strategy, order, degree));
            var claims = keys.Select((k, i) => ClaimOn("c" + i, k, origin: i == 23 || i == 31 ? "unknown-" + i : "joc")).ToList();
            var seen = new List<QuantityKey>();

            var e = Catch(() =>
            {
                foreach (var result in engine.Merge(claims))
                {
                    seen.Add(result.Quantity.Key);
                }
            });

            e.Should().BeOfType<InvalidOperationException>();
            e.Message.Should().Contain("\"unknown-23\"", "the first failing quantity in key order is reported");
            seen.Should().Equal(keys.Take(23));
        }

        private static Exception Catch(Action action)
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                return e;
            }

            throw new Xunit.Sdk.XunitException("Expected an exception, but none was thrown.");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void ReliabilityWeighted_WithPriors_WhenAnOriginHasNone_NamesTheSource(int degree)
        {
            var sources = new[]
            {
                new Source("joc", "Joint Operations Command", SourceKind.OfficialBody, priorReliability: 0.8),
                new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, priorReliability: 0.7),
                new Source("centcom", "CENTCOM", SourceKind.OfficialBody),
            };
            var engine = new MergeEngine(Quantities, sources, new MergeOptions(MergeStrategy.ReliabilityWeighted(), InputOrder.Unordered, degree));
            var claims = new[] { ClaimOn("c0", Held), ClaimOn("c1", Held, origin: "centcom") };

            var e = Catch(() => engine.Merge(claims).ToList());

            e.Should().BeOfType<InvalidOperationException>();
            e.Message.Should().Contain("\"centcom\"").And.Contain("prior reliability");
        }

        [Fact]
        public void ReliabilityWeighted_MissingReliabilityOfADenyingOrigin_NamesTheSource()
        {
            var strategy = MergeStrategy.ReliabilityWeighted(new Dictionary<string, double> { ["joc"] = 0.9 });
            var engine = new MergeEngine(Quantities, null, new MergeOptions(strategy));
            var denial = new Claim("d", Held, HedgedFigure.Of(Hedge.None, 7000), AttributionChain.Direct("circulating"), Stance.Denies);

            Action merge = () => engine.MergeQuantity(new[] { ClaimOn("c0", Held), denial });

            merge.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("\"circulating\"");
        }

        [Fact]
        public void FaultTolerant_WithANegativeBudget_NamesTheParameterAndTheValue()
        {
            Action create = () => MergeStrategy.FaultTolerant(-1);

            var e = create.Should().Throw<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("faultBudget");
            e.ActualValue.Should().Be(-1);
            e.Message.Should().Contain("-1");
        }

        [Theory]
        [InlineData(-0.01, "-0.01")]
        [InlineData(1.5, "1.5")]
        [InlineData(double.NaN, "NaN")]
        [InlineData(double.PositiveInfinity, "Infinity")]
        public void ReliabilityWeighted_WithAReliabilityOutsideZeroToOne_NamesTheSourceAndTheValue(double value, string shown)
        {
            var table = new Dictionary<string, double> { ["joc"] = 0.9, ["k24"] = value };

            Action create = () => MergeStrategy.ReliabilityWeighted(table);

            var e = create.Should().Throw<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("reliabilities");
            e.Message.Should().Contain("\"k24\"").And.Contain(shown);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-4)]
        public void MaxDegreeOfParallelism_BelowOne_NamesTheParameterAndTheValue(int degree)
        {
            Action create = () => new MergeOptions(maxDegreeOfParallelism: degree);
            Action copy = () => MergeOptions.Default.WithMaxDegreeOfParallelism(degree);

            foreach (var action in new[] { create, copy })
            {
                var e = action.Should().Throw<ArgumentOutOfRangeException>().Which;
                e.ParamName.Should().Be("maxDegreeOfParallelism");
                e.Message.Should().Contain("got " + degree);
            }
        }

        [Fact]
        public void UndefinedInputOrder_NamesTheParameterAndTheValue()
        {
            Action create = () => new MergeOptions(inputOrder: (InputOrder)7);

            var e = create.Should().Throw<ArgumentOutOfRangeException>().Which;
            e.ParamName.Should().Be("inputOrder");
            e.Message.Should().Contain("7");
        }

        [Fact]
        public void NullOptionsAndStrategies_AreRefusedAtTheCall()
        {
            var engine = new MergeEngine(Quantities);

            ((Action)(() => engine.WithOptions(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("options");
            ((Action)(() => MergeOptions.Default.WithStrategy(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("strategy");
            ((Action)(() => new MergeEngine(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("quantities");
            ((Action)(() => MergeEngine.For(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("set");
        }

        [Fact]
        public void Engine_WithADuplicateQuantityKey_NamesThePositionAndTheKey()
        {
            var twice = new[] { Quantities[0], Quantities[1], MergeGenerators.QuantityOf(QuantityKind.Flow, Held) };

            Action create = () => new MergeEngine(twice);

            var e = create.Should().Throw<ArgumentException>().Which;
            e.ParamName.Should().Be("quantities");
            e.Message.Should().Contain("quantities[2]").And.Contain("detainees/held");
        }

        [Fact]
        public void Engine_WithANullQuantity_NamesThePosition()
        {
            Action create = () => new MergeEngine(new[] { Quantities[0], null! });

            create.Should().Throw<ArgumentException>().Which.Message.Should().Contain("quantities[1] is null");
        }

        [Fact]
        public void Engine_WithADuplicateSourceId_NamesThePositionAndTheId()
        {
            var sources = new[] { new Source("joc", "Joint Operations Command", SourceKind.OfficialBody), new Source("joc", "JOC", SourceKind.OfficialBody) };

            Action create = () => new MergeEngine(Quantities, sources);

            create.Should().Throw<ArgumentException>().Which.Message.Should().Contain("sources[1]").And.Contain("\"joc\"");
        }

        [Fact]
        public void MergeQuantity_OfClaimsAboutTwoQuantities_NamesBoth()
        {
            var engine = new MergeEngine(Quantities);

            Action merge = () => engine.MergeQuantity(new[] { ClaimOn("h", Held), ClaimOn("m", Moved) });

            merge.Should().Throw<ArgumentException>().Which.Message.Should().Contain("detainees/held").And.Contain("detainees/moved");
        }

        [Fact]
        public void MergeQuantity_OfNoClaims_Throws()
        {
            var engine = new MergeEngine(Quantities);

            Action merge = () => engine.MergeQuantity(Array.Empty<Claim>());

            merge.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("claims");
        }
    }
}
