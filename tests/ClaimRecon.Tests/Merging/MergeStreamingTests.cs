using System;
using System.Collections;
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
    /// <summary>How <see cref="MergeEngine.Merge"/> reads its input: checked at once, read lazily, once, and streamed when sorted.</summary>
    public sealed class MergeStreamingTests
    {
        private static readonly QuantityKey[] Keys = { new("a", "held"), new("b", "held"), new("c", "held") };

        private static readonly MergeEngine Engine = new(Keys.Select(k => MergeGenerators.QuantityOf(QuantityKind.Level, k)));

        /// <summary>Four claims for each of the three quantities, in ascending key order.</summary>
        private static List<Claim> SortedClaims() =>
            Keys.SelectMany((k, q) => Enumerable.Range(0, 4).Select(i =>
                new Claim($"q{q}-c{i}", k, HedgedFigure.Of(Hedge.MoreThan, 100 * (i + 1)), AttributionChain.Direct("o" + i), Stance.Asserts))).ToList();

        public static IEnumerable<object[]> AllModes() =>
            from order in new[] { InputOrder.Unordered, InputOrder.SortedByQuantity }
            from degree in new[] { 1, 3 }
            select new object[] { order, degree };

        [Theory]
        [MemberData(nameof(AllModes))]
        public void Merge_EnumeratesTheClaimsOnce(InputOrder order, int degree)
        {
            var claims = new RecordingSequence<Claim>(SortedClaims());
            var results = Engine.WithOptions(new MergeOptions(null, order, degree)).Merge(claims).ToList();

            results.Select(r => r.Quantity.Key).Should().Equal(Keys);
            claims.Enumerations.Should().Be(1);
            claims.Read.Should().Be(12);
        }

        [Theory]
        [MemberData(nameof(AllModes))]
        public void MergeQuantity_EnumeratesTheClaimsOnce(InputOrder order, int degree)
        {
            var claims = new RecordingSequence<Claim>(SortedClaims().Take(4));
            var result = Engine.WithOptions(new MergeOptions(null, order, degree)).MergeQuantity(claims);

            result.Quantity.Key.Should().Be(Keys[0]);
            claims.Enumerations.Should().Be(1);
        }

        [Theory]
        [MemberData(nameof(AllModes))]
        public void Merge_OfNull_ThrowsAtTheCall_NotWhenEnumerated(InputOrder order, int degree)
        {
            var engine = Engine.WithOptions(new MergeOptions(null, order, degree));

            Action call = () => engine.Merge(null!);

            call.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("claims");
        }

        [Fact]
        public void MergeQuantity_OfNull_Throws()
        {
            Action call = () => Engine.MergeQuantity(null!);

            call.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("claims");
        }

        [Theory]
        [MemberData(nameof(AllModes))]
        public void Merge_DoesNotTouchTheClaimsUntilTheResultsAreEnumerated(InputOrder order, int degree)
        {
            var claims = new RecordingSequence<Claim>(SortedClaims());

            var results = Engine.WithOptions(new MergeOptions(null, order, degree)).Merge(claims);

            claims.Enumerations.Should().Be(0);
            results.Should().HaveCount(3);
        }

        [Fact]
        public void SortedByQuantity_YieldsTheFirstQuantityAfterReadingOnlyItsClaimsAndTheNextOne()
        {
            var claims = new RecordingSequence<Claim>(SortedClaims());
            using var results = Engine.WithOptions(new MergeOptions(null, InputOrder.SortedByQuantity)).Merge(claims).GetEnumerator();

            results.MoveNext().Should().BeTrue();

            results.Current.Quantity.Key.Should().Be(Keys[0]);
            results.Current.Periods.Single().Witnesses.Should().HaveCount(4);
            claims.Read.Should().Be(5, "the four claims about the first quantity and the first claim about the second, which ends the first");
            results.MoveNext().Should().BeTrue();
            claims.Read.Should().Be(9);
            results.MoveNext().Should().BeTrue();
            claims.Read.Should().Be(12);
            results.MoveNext().Should().BeFalse();
        }

        [Fact]
        public void SortedByQuantity_StreamsAnInputTooLongToBuffer()
        {
            // Quantity "a" then endless claims about "b": the first result must come without reaching the end.
            var endless = Endless();
            var first = Engine.WithOptions(new MergeOptions(null, InputOrder.SortedByQuantity)).Merge(endless).First();

            first.Quantity.Key.Should().Be(Keys[0]);

            static IEnumerable<Claim> Endless()
            {
                yield return new Claim("a-0", Keys[0], HedgedFigure.Of(Hedge.None, 1), AttributionChain.Direct("o"), Stance.Asserts);
                for (var i = 0; ; i++)
                {
                    yield return new Claim("b-" + i, Keys[1], HedgedFigure.Of(Hedge.None, 1), AttributionChain.Direct("o"), Stance.Asserts);
                }
            }
        }

        [Fact]
        public void Unordered_ReadsEveryClaimBeforeTheFirstResult()
        {
            var claims = new RecordingSequence<Claim>(SortedClaims());
            using var results = Engine.Merge(claims).GetEnumerator();

            results.MoveNext().Should().BeTrue();

            claims.Read.Should().Be(12, "unordered input is buffered, as documented");
        }

        /// <summary>A sequence that counts its enumerations and the items read, and refuses a second enumeration.</summary>
        private sealed class RecordingSequence<T> : IEnumerable<T>
        {
            private readonly IReadOnlyList<T> _items;

            public RecordingSequence(IEnumerable<T> items) => _items = items.ToList();

            public int Enumerations { get; private set; }

            public int Read { get; private set; }

            public IEnumerator<T> GetEnumerator()
            {
                if (++Enumerations > 1)
                {
                    throw new InvalidOperationException("The claims were enumerated a second time.");
                }

                return Items();
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            private IEnumerator<T> Items()
            {
                foreach (var item in _items)
                {
                    Read++;
                    yield return item;
                }
            }
        }
    }
}
