using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// The engine finds each claim's quantity first where the previous claim's was, then at the quantity given after it,
    /// and skips the key-order check for sorted input when the quantities were given in key order and the claim's comes
    /// later: whatever order the quantities were given in, and whether claims hold the engine's key objects or equal
    /// copies, results are what each quantity merged alone gives, and claims out of key order are still refused.
    /// </summary>
    public sealed class QuantityLookupTests
    {
        private const int Cases = 200;

        private static readonly string[] Origins = { "o1", "o2", "o3" };

        [Fact]
        public void AnyDeclaredOrderAndAnyKeyObjects_GiveWhatEachQuantityMergedAloneGives()
        {
            var cases = from seed in Gen.Choose(0, int.MaxValue)
                        from declared in Gen.Choose(0, 2)
                        from copies in Gen.Choose(0, 2)
                        from degree in Gen.Choose(1, 2)
                        select (Seed: seed, Declared: declared, Copies: copies, Degree: degree);

            PropertyRunner.ForAll(cases, c =>
            {
                var (quantities, claims) = Build(c.Seed, c.Copies);
                var expected = quantities
                    .Select(q => claims.Where(x => x.Quantity.Equals(q.Key)).ToList())
                    .Where(group => group.Count > 0)
                    .Select(group => MergeText.Full(new MergeEngine(new[] { quantities.Single(q => q.Key.Equals(group[0].Quantity)) }).MergeQuantity(group)))
                    .ToList();

                var engine = new MergeEngine(Declare(quantities, c.Declared, c.Seed));
                var sorted = claims.OrderBy(x => x.Quantity).ToList();
                Merged(engine, InputOrder.SortedByQuantity, c.Degree, sorted).Should().Equal(expected);
                Merged(engine, InputOrder.SortedByQuantity, c.Degree, sorted.ToArray()).Should().Equal(expected);
                Merged(engine, InputOrder.Unordered, c.Degree, MergeGenerators.Shuffle(claims, c.Seed)).Should().Equal(expected);

                // A claim moved before a quantity that sorts before it (wherever it was declared) is refused.
                var keys = sorted.Select(x => x.Quantity).Distinct().ToList();
                if (keys.Count > 1)
                {
                    var late = sorted.FindLast(x => x.Quantity.Equals(keys[keys.Count - 1]))!;
                    var bad = sorted.Where(x => !ReferenceEquals(x, late)).Prepend(late).ToList();
                    engine.Invoking(e => Merged(e, InputOrder.SortedByQuantity, c.Degree, bad)).Should().Throw<InvalidOperationException>()
                        .WithMessage("*sorts before*");
                    engine.Invoking(e => Merged(e, InputOrder.SortedByQuantity, c.Degree, bad.ToArray())).Should().Throw<InvalidOperationException>()
                        .WithMessage("*sorts before*");
                }
            }, Cases);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void SortedInput_SkippingAQuantityThenGoingBack_IsRefusedNamingTheClaim(bool descending)
        {
            var a = Quantity("a");
            var b = Quantity("b");
            var c = Quantity("c");
            var engine = new MergeEngine(descending ? new[] { c, b, a } : new[] { a, b, c });
            var skip = new[] { Claim("x1", a.Key), Claim("x2", c.Key) };
            var back = new[] { Claim("x1", a.Key), Claim("x2", c.Key), Claim("x3", b.Key) };

            Merged(engine, InputOrder.SortedByQuantity, 1, skip).Should().HaveCount(2);
            engine.Invoking(e => Merged(e, InputOrder.SortedByQuantity, 1, back)).Should().Throw<InvalidOperationException>()
                .WithMessage("claims[2] (\"x3\") is about \"lookup/b\", which sorts before \"lookup/c\"*");
        }

        [Fact]
        public void OneClaimPerQuantity_WithCopiedKeys_FindsEveryQuantity()
        {
            var quantities = new[] { Quantity("a"), Quantity("b"), Quantity("c") };
            var claims = quantities.Select((q, i) => Claim("x" + i, new QuantityKey(q.Key.Subject, q.Key.Measure))).ToList();

            var merged = new MergeEngine(quantities, null, new MergeOptions(MergeStrategy.MaxAgreement, InputOrder.SortedByQuantity)).Merge(claims).ToList();

            merged.Select(m => m.Quantity).Should().Equal(quantities, (x, y) => ReferenceEquals(x, y));
            merged.Select(m => m.Periods.Single().Witnesses.Single().Claims.Single().Id).Should().Equal("x0", "x1", "x2");
        }

        private static List<string> Merged(MergeEngine engine, InputOrder order, int degree, IEnumerable<Claim> claims) =>
            engine.WithOptions(new MergeOptions(MergeStrategy.MaxAgreement, order, degree)).Merge(claims).Select(MergeText.Full).ToList();

        private static Quantity Quantity(string measure) => MergeGenerators.QuantityOf(QuantityKind.Level, new QuantityKey("lookup", measure));

        private static Claim Claim(string id, QuantityKey key) =>
            new(id, key, HedgedFigure.Of(Hedge.About, 100), AttributionChain.Direct("o1"), Stance.Asserts);

        /// <summary>The quantities in key order (0), reversed (1) or shuffled (2).</summary>
        private static Quantity[] Declare(Quantity[] quantities, int order, int seed) => order switch
        {
            0 => quantities,
            1 => quantities.Reverse().ToArray(),
            _ => MergeGenerators.Shuffle(quantities, seed).ToArray(),
        };

        /// <summary>
        /// 1–30 quantities in key order, some with no claim, most with one claim and some with up to four; claims hold the
        /// quantity's own key object (copies 0), an equal copy (1), or either (2).
        /// </summary>
        private static (Quantity[] Quantities, List<Claim> Claims) Build(int seed, int copies)
        {
            var random = new Random(seed);
            var quantities = Enumerable.Range(0, random.Next(1, 31)).Select(q => Quantity("q" + q.ToString("00", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            var claims = new List<Claim>();
            foreach (var quantity in quantities)
            {
                var count = random.Next(6) switch { 0 => 0, < 4 => 1, _ => random.Next(2, 5) };
                for (var i = 0; i < count; i++)
                {
                    var copy = copies == 1 || (copies == 2 && random.Next(2) == 0);
                    var key = copy ? new QuantityKey(quantity.Key.Subject, quantity.Key.Measure) : quantity.Key;
                    var figure = HedgedFigure.Between(random.Next(1, 5) * 10, random.Next(5, 9) * 10);
                    claims.Add(new Claim(quantity.Key.Measure + "-c" + i, key, figure, AttributionChain.Direct(Origins[random.Next(Origins.Length)]), Stance.Asserts));
                }
            }

            return (quantities, claims);
        }
    }
}
