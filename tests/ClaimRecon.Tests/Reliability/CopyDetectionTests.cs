using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Reliability;
using FluentAssertions;
using Xunit;
using static ClaimRecon.Tests.Reliability.TruthClaims;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>
    /// Copy detection on its own, over a claim table: which sources become one witness. The counts of agreements expected by
    /// chance are worked out by hand in the comments (kappa = (O - E) / (N - E); a pair is a copy when N - E reaches 20 and
    /// kappa 0.9, the defaults).
    /// </summary>
    public sealed class CopyDetectionTests
    {
        private static readonly string[] Others = { "o1", "o2", "o3", "o4" };

        [Fact]
        public void ASourceRepeatingAnother_JoinsItsWitness()
        {
            // 40 quantities; "b" gives exactly what "a" gives, four others each give their own value. Per quantity the pair
            // (a, b) agrees (O += 1) and chance would have them agree 1/4 of the time (the squared counts without a and b,
            // 4 x 1, over the 4 others squared), so N = 40, O = 40, E = 10: N - E = 30 and kappa = 1.
            var claims = new List<Claim>();
            for (var q = 0; q < 40; q++)
            {
                claims.Add(Point(Id("a", q), "a", 1000 + q, Key(q)));
                claims.Add(Point(Id("b", q), "b", 1000 + q, Key(q)));
                AddOthers(claims, q);
            }

            var witnesses = Witnesses(claims, TruthDiscoveryOptions.Default);

            witnesses["b"].Should().Be("a");
            witnesses["a"].Should().Be("a");
            Others.Should().OnlyContain(o => witnesses[o] == o);
        }

        [Fact]
        public void DetectionSwitchedOff_EverySourceIsItsOwnWitness()
        {
            var claims = new List<Claim>();
            for (var q = 0; q < 40; q++)
            {
                claims.Add(Point(Id("a", q), "a", 1000 + q, Key(q)));
                claims.Add(Point(Id("b", q), "b", 1000 + q, Key(q)));
                AddOthers(claims, q);
            }

            var witnesses = Witnesses(claims, new TruthDiscoveryOptions(copyMinOverlap: int.MaxValue));

            witnesses.Should().OnlyContain(w => w.Key == w.Value);
        }

        [Fact]
        public void AgreeingWithTheConsensus_IsNotCopying()
        {
            // 40 quantities; four sources give the same value and one ("x") another. A pair of the four agrees every time, but
            // chance would have them agree 5/9 of the time (squared counts without them: 2 x 2 + 1 = 5, over 3 others
            // squared), so E = 22.2 and N - E = 17.8 < 20: too few chances to differ to call it copying.
            var claims = new List<Claim>();
            for (var q = 0; q < 40; q++)
            {
                foreach (var s in new[] { "a", "b", "c", "d" })
                {
                    claims.Add(Point(Id(s, q), s, 500, Key(q)));
                }

                claims.Add(Point(Id("x", q), "x", 900, Key(q)));
            }

            var witnesses = Witnesses(claims, TruthDiscoveryOptions.Default);

            witnesses.Should().OnlyContain(w => w.Key == w.Value);
        }

        [Fact]
        public void ARelayOfTwoFeeds_DoesNotChainTheFeedsTogether()
        {
            // "r" repeats feed "a" on quantities 0-39 and feed "b" on 40-79; a and b never speak to the same quantity. (a, r)
            // and (b, r) are copies (each N = 40, E = 10, kappa = 1, as above); (a, b) share nothing. Complete linkage joins
            // r to one feed (the pair whose key sorts first: a) and then refuses b, which is no copy of a.
            var claims = new List<Claim>();
            for (var q = 0; q < 80; q++)
            {
                var feed = q < 40 ? "a" : "b";
                claims.Add(Point(Id(feed, q), feed, 1000 + q, Key(q)));
                claims.Add(Point(Id("r", q), "r", 1000 + q, Key(q)));
                AddOthers(claims, q);
            }

            var witnesses = Witnesses(claims, TruthDiscoveryOptions.Default);

            witnesses["r"].Should().Be("a");
            witnesses["b"].Should().Be("b");
        }

        [Fact]
        public void TooFewSharedQuantities_AreNotEnoughToCallACopy()
        {
            // As the first case, with 20 quantities: N = 20, E = 5, N - E = 15 < 20.
            var claims = new List<Claim>();
            for (var q = 0; q < 20; q++)
            {
                claims.Add(Point(Id("a", q), "a", 1000 + q, Key(q)));
                claims.Add(Point(Id("b", q), "b", 1000 + q, Key(q)));
                AddOthers(claims, q);
            }

            Witnesses(claims, TruthDiscoveryOptions.Default)["b"].Should().Be("b");
        }

        private static void AddOthers(List<Claim> claims, int q)
        {
            for (var o = 0; o < Others.Length; o++)
            {
                claims.Add(Point(Id(Others[o], q), Others[o], 2000 + (100 * o) + q, Key(q)));
            }
        }

        private static Dictionary<string, string> Witnesses(List<Claim> claims, TruthDiscoveryOptions options)
        {
            var table = new ClaimTable(claims, ValueScale.Linear);
            CopyDetection.FindWitnesses(table, options);
            return Enumerable.Range(0, table.SourceIds.Length).ToDictionary(s => table.SourceIds[s], s => table.SourceIds[table.WitnessOf[s]]);
        }

        private static string Id(string source, int q) => source + "-" + q.ToString("D3", CultureInfo.InvariantCulture);

        private static QuantityKey Key(int q) => new("place-" + q.ToString("D3", CultureInfo.InvariantCulture), "count");
    }
}
