using System;
using System.Globalization;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary><see cref="Finding.Origins"/>: each attribution root once, sorted ordinally, however the claims are listed.</summary>
    public class FindingOriginsPropertyTests
    {
        [Fact]
        public void Origins_OfClaimsFromOneTwoOrManyRoots_AreTheDistinctRootsSortedOrdinally()
        {
            // Roots that differ only in case or by a prefix, so that ordinal order is what is tested.
            var pool = new[] { "b", "B", "a", "ab", "a-b", "z", "Zeta", "m" };
            var random = new Random(11);
            for (var n = 0; n < 3_000; n++)
            {
                var roots = pool.OrderBy(_ => random.Next()).Take(1 + random.Next(n % 3 == 0 ? pool.Length : 3)).ToArray();
                var claims = Enumerable.Range(0, 1 + random.Next(12)).Select(i =>
                {
                    // A new string each time, so that equal roots are not the same object.
                    var root = new string(roots[random.Next(roots.Length)].ToCharArray());
                    var chain = random.Next(3) == 0 ? AttributionChain.Direct(root) : AttributionChain.Direct("outlet" + i.ToString(CultureInfo.InvariantCulture)).Citing(root);
                    return new Claim("c" + i.ToString(CultureInfo.InvariantCulture), Count, HedgedFigure.Of(Hedge.None, i), chain, Stance.Asserts);
                }).ToArray();
                var expected = claims.Select(c => c.Attribution.Origin).Distinct(StringComparer.Ordinal).OrderBy(o => o, StringComparer.Ordinal).ToArray();

                var finding = new Finding(FindingKind.RangeConflict, 0.5m, Count, null, claims, "a rule", "text", null, null, null, null);

                finding.Origins.Should().Equal(expected, "case {0}: {1}", n, string.Join(",", claims.Select(c => c.Attribution.Origin)));
            }
        }

        [Fact]
        public void Origins_OfTwoRootsListedHighFirst_AreSorted()
        {
            var claims = new[]
            {
                new Claim("c1", Count, HedgedFigure.Of(Hedge.None, 1m), AttributionChain.Direct("zz"), Stance.Asserts),
                new Claim("c2", Count, HedgedFigure.Of(Hedge.None, 2m), AttributionChain.Direct("aa"), Stance.Asserts),
                new Claim("c3", Count, HedgedFigure.Of(Hedge.None, 3m), AttributionChain.Direct("zz"), Stance.Asserts),
            };

            new Finding(FindingKind.RangeConflict, 0.5m, Count, null, claims, "a rule", "text", null, null, null, null).Origins.Should().Equal("aa", "zz");
        }
    }
}
