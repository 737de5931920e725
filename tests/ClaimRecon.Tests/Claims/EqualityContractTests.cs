using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using Xunit.Sdk;

namespace ClaimRecon.Tests.Claims
{
    /// <summary>The equality contract applied to every value type of the model.</summary>
    public sealed class EqualityContractTests
    {
        private const int PoolSample = 40;

        private static readonly QuantityKey Transferred = new("detainees", "transferred");

        [Fact]
        public void RangeBoundKeepsTheContract()
        {
            EqualityContract.AssertEqual(RangeBound.Closed(5000m), RangeBound.Closed(5000.000m));
            EqualityContract.AssertEqual(RangeBound.Open(-0.5m), RangeBound.Open(-0.50m));
            EqualityContract.AssertEqual(RangeBound.Unbounded, default(RangeBound));
            EqualityContract.AssertNotEqual(RangeBound.Closed(5000m), RangeBound.Open(5000m));
            EqualityContract.AssertNotEqual(RangeBound.Closed(5000m), RangeBound.Closed(5001m));
            EqualityContract.AssertNotEqual(RangeBound.Closed(0m), RangeBound.Unbounded);
            Pool(Gen.OneOf(
                Gen.Constant(RangeBound.Unbounded),
                SmallDecimals.Select(RangeBound.Closed),
                SmallDecimals.Select(RangeBound.Open)));
        }

        [Fact]
        public void NumericRangeKeepsTheContract()
        {
            EqualityContract.AssertEqual(NumericRange.Closed(5000m, 6000m), new NumericRange(RangeBound.Closed(5000.0m), RangeBound.Closed(6000m)));
            EqualityContract.AssertEqual(NumericRange.Empty, default(NumericRange));
            EqualityContract.AssertEqual(NumericRange.GreaterThan(5000m), new NumericRange(RangeBound.Open(5000m), RangeBound.Unbounded));
            EqualityContract.AssertNotEqual(NumericRange.Closed(5000m, 6000m), NumericRange.Open(5000m, 6000m));
            EqualityContract.AssertNotEqual(NumericRange.Closed(5000m, 6000m), NumericRange.Closed(5000m, 6001m));
            EqualityContract.AssertNotEqual(NumericRange.Empty, NumericRange.All);
            EqualityContract.AssertNotEqual(NumericRange.Point(0m), NumericRange.Empty);
            Pool(Gen.OneOf(
                Gen.Elements(NumericRange.Empty, NumericRange.All),
                from a in SmallDecimals from b in SmallDecimals select NumericRange.Closed(Math.Min(a, b), Math.Max(a, b)),
                SmallDecimals.Select(NumericRange.GreaterThan),
                SmallDecimals.Select(NumericRange.AtMost)));
        }

        [Fact]
        public void QuantityKeyKeepsTheContract()
        {
            EqualityContract.AssertEqual(new QuantityKey("isis-detainees", "transferred"), QuantityKey.Parse("isis-detainees/transferred"));
            EqualityContract.AssertEqual(new QuantityKey(" a ", "b"), new QuantityKey("a", " b"));
            EqualityContract.AssertNotEqual(new QuantityKey("a", "b"), new QuantityKey("A", "b"));
            EqualityContract.AssertNotEqual(new QuantityKey("a", "b"), new QuantityKey("b", "a"));
            Pool(from s in Gen.Elements("a", "A", "b") from m in Gen.Elements("x", "y") select new QuantityKey(s, m));
        }

        [Fact]
        public void UnitKeepsTheContract()
        {
            EqualityContract.AssertEqual(Unit.Parse("USD/person/day"), Unit.UsDollar.Divide(Unit.Day).Divide(Unit.Person));
            EqualityContract.AssertEqual(Unit.Parse("people"), Unit.Parse("person"));
            EqualityContract.AssertEqual(Unit.Opaque("barrel"), Unit.Parse("{barrel}"));
            EqualityContract.AssertNotEqual(Unit.Kilometre, Unit.Parse("m"));
            EqualityContract.AssertNotEqual(Unit.Percent, Unit.One);
            EqualityContract.AssertNotEqual(Unit.Opaque("barrel"), Unit.Opaque("gallon"));
            Pool(Gen.Elements("person", "people", "USD/day", "USD/day/person", "USD/person/day", "%", "percent", "1", "{barrel}", "km", "kilometres").Select(Unit.Parse));
        }

        [Fact]
        public void DimensionKeepsTheContract()
        {
            var perPersonPerDay = Dimension.Of("money:USD").Divide(Dimension.Of("person")).Divide(Dimension.Of("time"));
            EqualityContract.AssertEqual(perPersonPerDay, Dimension.Of("money:USD").Divide(Dimension.Of("time")).Divide(Dimension.Of("person")));
            EqualityContract.AssertEqual(perPersonPerDay, Unit.Parse("USD/month/person").Dimension);
            EqualityContract.AssertEqual(Dimension.Of("time").Divide(Dimension.Of("time")), Unit.Percent.Dimension);
            EqualityContract.AssertNotEqual(Dimension.Of("money:USD"), Dimension.Of("money:EUR"));
            EqualityContract.AssertNotEqual(Dimension.Of("time"), Dimension.Of("time").Pow(2));
            EqualityContract.AssertNotEqual(Dimension.None, Unit.PercentagePoint.Dimension);
            Pool(Gen.Elements("person", "USD/day", "USD/month", "%", "1", "pp", "km", "m", "{barrel}", "day/person").Select(t => Unit.Parse(t).Dimension));
        }

        [Fact]
        public void HedgedFigureKeepsTheContract()
        {
            EqualityContract.AssertEqual(HedgedFigure.Of(Hedge.Nearly, 7000m, "nearly 7,000"), new HedgedFigure(Hedge.Nearly, 7000.00m, null, "nearly 7,000"));
            EqualityContract.AssertEqual(HedgedFigure.Between(5000m, 6000m), new HedgedFigure(Hedge.Between, 5000m, 6000.0m));
            EqualityContract.AssertNotEqual(HedgedFigure.Of(Hedge.Nearly, 7000m), HedgedFigure.Of(Hedge.Almost, 7000m));
            EqualityContract.AssertNotEqual(HedgedFigure.Of(Hedge.Nearly, 7000m), HedgedFigure.Of(Hedge.Nearly, 7000m, "nearly 7,000"));
            EqualityContract.AssertNotEqual(HedgedFigure.Between(5000m, 6000m), HedgedFigure.Between(5000m, 6001m));
            EqualityContract.AssertNotEqual(HedgedFigure.Of(Hedge.None, 1m, "x"), HedgedFigure.Of(Hedge.None, 1m, "X"));
            Pool(from hedge in Gen.Elements(Hedge.None, Hedge.About, Hedge.Between)
                 from value in SmallDecimals
                 from wording in Gen.Elements<string?>(null, "w")
                 select hedge == Hedge.Between ? HedgedFigure.Between(value, value + 1m, wording) : HedgedFigure.Of(hedge, value, wording));
        }

        [Fact]
        public void InterpretationPolicyKeepsTheContract()
        {
            EqualityContract.AssertEqual(new InterpretationPolicy("default", 0.1m, 0.10m, 0m), InterpretationPolicy.Default);
            EqualityContract.AssertEqual(new InterpretationPolicy("strict", 0.05m, 0.05m, 0m), InterpretationPolicy.Default.WithApproximateTolerance("strict", 0.05m).WithNearlyTolerance("strict", 0.050m));
            EqualityContract.AssertNotEqual(new InterpretationPolicy("strict", 0.1m, 0.1m, 0m), InterpretationPolicy.Default);
            EqualityContract.AssertNotEqual(new InterpretationPolicy("p", 0.1m, 0.1m, 0m), new InterpretationPolicy("p", 0.1m, 0.1m, 0.01m));
            EqualityContract.AssertNotEqual(new InterpretationPolicy("p", 0.1m, 0.1m, 0m), new InterpretationPolicy("p", 0.1m, 0.2m, 0m));
            EqualityContract.AssertNotEqual(new InterpretationPolicy("p", 0.1m, 0.1m, 0m), new InterpretationPolicy("p", 0.2m, 0.1m, 0m));
            Pool(from name in Gen.Elements("p", "q")
                 from a in Gen.Elements(0m, 0.1m, 0.10m)
                 from n in Gen.Elements(0.1m, 0.2m)
                 from b in Gen.Elements(0m, 0.05m)
                 select new InterpretationPolicy(name, a, n, b));
        }

        [Fact]
        public void SourceKeepsTheContract()
        {
            EqualityContract.AssertEqual(
                new Source("joc-source", "JOC source", SourceKind.AnonymousOfficial, "senior security source", 0.6),
                new Source("joc-source", "JOC source", SourceKind.AnonymousOfficial, "senior security source", 0.6));
            var baseline = new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, "outlet", 0.7);
            EqualityContract.AssertNotEqual(baseline, new Source("k24b", "Kurdistan24", SourceKind.NewsOutlet, "outlet", 0.7));
            EqualityContract.AssertNotEqual(baseline, new Source("k24", "Kurdistan 24", SourceKind.NewsOutlet, "outlet", 0.7));
            EqualityContract.AssertNotEqual(baseline, new Source("k24", "Kurdistan24", SourceKind.Organization, "outlet", 0.7));
            EqualityContract.AssertNotEqual(baseline, new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, null, 0.7));
            EqualityContract.AssertNotEqual(baseline, new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, "outlet", 0.8));
            EqualityContract.AssertNotEqual(baseline, new Source("k24", "Kurdistan24", SourceKind.NewsOutlet, "outlet"));
            Pool(from id in Gen.Elements("a", "b")
                 from kind in Gen.Elements(SourceKind.NewsOutlet, SourceKind.Unattributed)
                 from role in Gen.Elements<string?>(null, "r")
                 from reliability in Gen.Elements<double?>(null, 0.5, 0.0)
                 select new Source(id, "Name", kind, role, reliability));
        }

        [Fact]
        public void AttributionChainKeepsTheContract()
        {
            EqualityContract.AssertEqual(
                AttributionChain.Direct("k24").Citing("joc-source").SpeakingFor("joc"),
                new AttributionChain("k24", new[] { new AttributionStep(AttributionRelation.Cites, "joc-source"), new AttributionStep(AttributionRelation.SpeaksFor, "joc") }));
            EqualityContract.AssertNotEqual(AttributionChain.Direct("k24").Citing("joc"), AttributionChain.Direct("k24").SpeakingFor("joc"));
            EqualityContract.AssertNotEqual(AttributionChain.Direct("k24").Citing("joc"), AttributionChain.Direct("joc").Citing("k24"));
            EqualityContract.AssertNotEqual(AttributionChain.Direct("k24"), AttributionChain.Direct("k24").Citing("joc"));
            EqualityContract.AssertEqual(new AttributionStep(AttributionRelation.Cites, "x"), new AttributionStep(AttributionRelation.Cites, "x"));
            EqualityContract.AssertNotEqual(new AttributionStep(AttributionRelation.Cites, "x"), new AttributionStep(AttributionRelation.SpeaksFor, "x"));
            Pool(from reporter in Gen.Elements("a", "b")
                 from steps in Gen.Elements(0, 1, 2)
                 from relation in Gen.Elements(AttributionRelation.Cites, AttributionRelation.SpeaksFor)
                 select steps switch
                 {
                     0 => AttributionChain.Direct(reporter),
                     1 => new AttributionChain(reporter, new[] { new AttributionStep(relation, "c") }),
                     _ => new AttributionChain(reporter, new[] { new AttributionStep(relation, "c"), new AttributionStep(AttributionRelation.Cites, "d") }),
                 });
        }

        [Fact]
        public void TimeReferenceKeepsTheContract()
        {
            EqualityContract.AssertEqual(TimeReference.Parse("2026-02-07T11:00:00+03"), TimeReference.At(new LocalDateTime(2026, 2, 7, 11, 0).WithOffset(Offset.FromHours(3))));
            EqualityContract.AssertEqual(TimeReference.Parse("2026-01-21/2026-01-31", "late January"), TimeReference.Between(new LocalDate(2026, 1, 21), new LocalDate(2026, 1, 31), "late January"));
            EqualityContract.AssertEqual(TimeReference.Parse("2026-01"), TimeReference.InMonth(new YearMonth(2026, 1)));
            EqualityContract.AssertNotEqual(TimeReference.Parse("2026-02-07T11:00:00+03"), TimeReference.Parse("2026-02-07T08:00:00Z"));
            EqualityContract.AssertNotEqual(TimeReference.Parse("2026-01"), TimeReference.Parse("2026-01-01/2026-01-31"));
            EqualityContract.AssertNotEqual(TimeReference.Parse("2026"), TimeReference.Parse("2026-01-01/2026-12-31"));
            EqualityContract.AssertNotEqual(TimeReference.Parse("2026-01-21/2026-01-31", "late January"), TimeReference.Parse("2026-01-21/2026-01-31"));
            EqualityContract.AssertNotEqual(TimeReference.Parse("2026-02-07"), TimeReference.Parse("2026-02-08"));
            Pool(from text in Gen.Elements("2026-02-07T11:00:00+03", "2026-02-07T08:00:00Z", "2026-02-07", "2026-02", "2026", "2026-02-07/2026-02-07", "2026-02-01/2026-02-28")
                 from label in Gen.Elements<string?>(null, "label")
                 select TimeReference.Parse(text, label));
        }

        [Fact]
        public void EvidenceKeepsTheContract()
        {
            var url = new Uri("https://www.kurdistan24.net/en/story/1");
            EqualityContract.AssertEqual(new Evidence(url, "nearly 7,000", 10, 22), new Evidence(new Uri("https://www.kurdistan24.net/en/story/1"), "nearly 7,000", 10, 22));
            EqualityContract.AssertNotEqual(new Evidence(url, "nearly 7,000", 10, 22), new Evidence(url, "nearly 7,000", 11, 23));
            EqualityContract.AssertNotEqual(new Evidence(url, "nearly 7,000", 10, 22), new Evidence(url, "nearly 7,000"));
            EqualityContract.AssertNotEqual(new Evidence(url, "nearly 7,000"), new Evidence(url, "nearly 7,001"));
            EqualityContract.AssertNotEqual(new Evidence(url, "q"), new Evidence(null, "q"));
            EqualityContract.AssertNotEqual(new Evidence(url), new Evidence(new Uri("https://www.kurdistan24.net/en/story/2")));
            Pool(from u in Gen.Elements<Uri?>(null, url, new Uri("https://example.org/"))
                 from quote in Gen.Elements<string?>("abc", "abcd", null)
                 from withOffsets in Gen.Elements(false, true)
                 where u != null || quote != null
                 select withOffsets ? new Evidence(u, quote, 3, 3 + (quote?.Length ?? 5)) : new Evidence(u, quote));
        }

        [Fact]
        public void ClaimKeepsTheContract()
        {
            Claim Make(Hedge hedge = Hedge.Nearly, Stance stance = Stance.Estimates, string? note = "n", InterpretationPolicy? policy = null, string describes = "2026-01", string id = "c1", string origin = "joc", string quote = "nearly 7,000") =>
                new(id, QuantityKey.Parse("detainees/transferred"), HedgedFigure.Of(hedge, 7000m, "nearly 7,000"),
                    AttributionChain.Direct("k24").SpeakingFor(origin), stance, TimeReference.Parse("2026-02-07"), TimeReference.Parse(describes),
                    new[] { new Evidence(new Uri("https://example.org/"), quote) }, policy, note);

            EqualityContract.AssertEqual(Make(), Make());
            EqualityContract.AssertEqual(Make(policy: null), Make(policy: InterpretationPolicy.Default));
            EqualityContract.AssertNotEqual(Make(), Make(id: "c2"));
            EqualityContract.AssertNotEqual(Make(), Make(hedge: Hedge.Almost));
            EqualityContract.AssertNotEqual(Make(), Make(stance: Stance.Asserts));
            EqualityContract.AssertNotEqual(Make(), Make(note: null));
            EqualityContract.AssertNotEqual(Make(), Make(policy: new InterpretationPolicy("wide", 0.2m, 0.2m, 0m)));
            EqualityContract.AssertNotEqual(Make(), Make(describes: "2026-02"));
            EqualityContract.AssertNotEqual(Make(), Make(origin: "ctc"));
            EqualityContract.AssertNotEqual(Make(), Make(quote: "nearly 7000"));
            Pool(from stance in Gen.Elements(Stance.Asserts, Stance.Denies)
                 from note in Gen.Elements<string?>(null, "n")
                 from hedge in Gen.Elements(Hedge.About, Hedge.Nearly)
                 select Make(hedge: hedge, stance: stance, note: note));
        }

        [Fact]
        public void QuantityAndValidationProblem()
        {
            EqualityContract.AssertEqual(
                new Quantity(Transferred, Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger, "d"),
                new Quantity(QuantityKey.Parse("detainees/transferred"), Unit.Parse("people"), QuantityKind.Cumulative, ValueDomain.NonNegativeInteger, "d"));
            EqualityContract.AssertNotEqual(
                new Quantity(Transferred, Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger),
                new Quantity(Transferred, Unit.Person, QuantityKind.Target, ValueDomain.NonNegativeInteger));
            EqualityContract.AssertNotEqual(
                new Quantity(Transferred, Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger),
                new Quantity(Transferred, Unit.Person, QuantityKind.Cumulative, ValueDomain.NonNegativeInteger, "d"));
            EqualityContract.AssertEqual(new ValidationProblem("$.a", "1", "m"), new ValidationProblem("$.a", "1", "m"));
            EqualityContract.AssertNotEqual(new ValidationProblem("$.a", "1", "m"), new ValidationProblem("$.a", null, "m"));
        }

        [Fact]
        public void TheContractCatchesAHashCodeThatDisagreesWithEquals()
        {
            Action act = () => EqualityContract.AssertEqual(new BrokenHash(1), new BrokenHash(2));

            act.Should().Throw<XunitException>().WithMessage("*hash code*");
        }

        [Fact]
        public void TheContractCatchesEqualsAndObjectEqualsThatDisagree()
        {
            Action act = () => EqualityContract.AssertEqual(new BrokenObjectEquals(), new BrokenObjectEquals());

            act.Should().Throw<XunitException>().WithMessage("*are equal BrokenObjectEquals*");
        }

        [Fact]
        public void TheContractRequiresOperatorsOnValueTypes()
        {
            Action act = () => EqualityContract.AssertEqual(new NoOperators(1), new NoOperators(1));

            act.Should().Throw<XunitException>().WithMessage("*NoOperators is a value type, so it must declare == and !=*");
        }

        [Fact]
        public void TheContractCatchesAnInequalityOperatorThatDisagrees()
        {
            Action act = () => EqualityContract.AssertNotEqual(new BrokenNotEqual(1), new BrokenNotEqual(2));

            act.Should().Throw<XunitException>().WithMessage("*different BrokenNotEqual*");
        }

        private static Gen<decimal> SmallDecimals { get; } = Gen.Elements(0m, 0.0m, 1m, 1.00m, -1m, 2.5m, 2.50m);

        private static void Pool<T>(Gen<T> generator)
            where T : IEquatable<T>
        {
            var values = Gen.Sample(generator, PoolSample, 10);
            var equalPairs = EqualityContract.AssertConsistent(values);
            equalPairs.Should().BePositive("the pool for {0} is small enough that some pairs must be equal", typeof(T).Name);
            values.Distinct().Should().HaveCountGreaterThan(1, "the pool for {0} must hold different values", typeof(T).Name);
        }

        private sealed class BrokenHash : IEquatable<BrokenHash>
        {
            private readonly int _salt;

            public BrokenHash(int salt) => _salt = salt;

            public bool Equals(BrokenHash? other) => other is not null;

            public override bool Equals(object? obj) => Equals(obj as BrokenHash);

            public override int GetHashCode() => _salt;
        }

        private sealed class BrokenObjectEquals : IEquatable<BrokenObjectEquals>
        {
            public bool Equals(BrokenObjectEquals? other) => other is not null;

            public override bool Equals(object? obj) => ReferenceEquals(this, obj);

            public override int GetHashCode() => 1;
        }

        private readonly struct NoOperators : IEquatable<NoOperators>
        {
            private readonly int _value;

            public NoOperators(int value) => _value = value;

            public bool Equals(NoOperators other) => _value == other._value;

            public override bool Equals(object? obj) => obj is NoOperators other && Equals(other);

            public override int GetHashCode() => _value;
        }

        private readonly struct BrokenNotEqual : IEquatable<BrokenNotEqual>
        {
            private readonly int _value;

            public BrokenNotEqual(int value) => _value = value;

            public static bool operator ==(BrokenNotEqual left, BrokenNotEqual right) => left.Equals(right);

#pragma warning disable IDE0060 // deliberately broken: ignores its operands, which is what the contract check must catch
            public static bool operator !=(BrokenNotEqual left, BrokenNotEqual right) => false;
#pragma warning restore IDE0060

            public bool Equals(BrokenNotEqual other) => _value == other._value;

            public override bool Equals(object? obj) => obj is BrokenNotEqual other && Equals(other);

            public override int GetHashCode() => _value;
        }
    }
}
