using System;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// Witnesses come ordered by origin id and their claims by claim id (ordinal), whatever the input order, also in
    /// groups large enough to be sorted on packed keys, where origins share their first characters or differ only in
    /// length.
    /// </summary>
    public sealed class WitnessOrderTests
    {
        private static readonly Quantity Held = MergeGenerators.QuantityOf(QuantityKind.Level);
        private static readonly TimeReference Day = TimeReference.Parse("2026-02-10");

        // Origins that tie on their first four characters, are prefixes of each other, or differ past the fourth.
        private static readonly string[] Origins =
        {
            "agency", "agency-2", "agenda", "age", "ag", "a", "agen", "agen\0", "AGENCY", "zeta", "\u00e9lan", "\uffffx", "b", "ba", "bab", "baba", "babar",
        };

        [Theory]
        [InlineData(5, 1)]
        [InlineData(20, 2)]
        [InlineData(80, 3)]
        [InlineData(300, 4)]
        public void ClaimsInAnyOrder_GiveWitnessesByOriginAndClaimsById(int count, int seed)
        {
            var random = new Random(seed);
            var claims = Enumerable.Range(0, count).Select(k => new Claim(
                "id" + random.Next(1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Held.Key,
                HedgedFigure.Of(Hedge.MoreThan, 10),
                AttributionChain.Direct("outlet").Citing(Origins[random.Next(Origins.Length)]),
                Stance.Asserts,
                describes: Day)).ToArray();

            var result = new MergeEngine(new[] { Held }).MergeQuantity(claims).Periods.Single();

            var expected = claims.GroupBy(c => c.Attribution.Origin, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
            result.Witnesses.Select(w => w.OriginId).Should().Equal(expected.Select(g => g.Key));
            for (var w = 0; w < expected.Length; w++)
            {
                result.Witnesses[w].Claims.Select(c => c.Id).Should().Equal(expected[w].Select(c => c.Id).OrderBy(id => id, StringComparer.Ordinal), "witness {0}", expected[w].Key);
            }
        }
    }
}
