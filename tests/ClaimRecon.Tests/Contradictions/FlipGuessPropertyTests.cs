using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// The flip tolerance of a consensus is searched from a guess worked out from the readings' ends (linear in t)
    /// instead of by bisection. <see cref="Bisection"/>, the search as it was, is the oracle: on random sets of witnesses
    /// (hedged and fixed figures, negative, zero and tiny values, policies of their own) both give the same answer, and
    /// the guess lands within a step of it whenever there is one.
    /// </summary>
    public sealed class FlipGuessPropertyTests
    {
        private static readonly decimal[] Values = { 0m, 0.5m, 1m, 9m, 10m, 11m, 95m, 100m, 100m, 105m, 120m, 2000m, 7000m, -50m, -40m, 0.0000000000000000000001m };
        private static readonly Hedge[] Hedges =
        {
            Hedge.About, Hedge.Approximately, Hedge.Roughly, Hedge.Nearly, Hedge.Almost, Hedge.About, Hedge.Nearly,
            Hedge.None, Hedge.Exactly, Hedge.MoreThan, Hedge.AtLeast, Hedge.FewerThan, Hedge.UpTo, Hedge.Between,
        };

        private static readonly InterpretationPolicy[] Policies =
        {
            InterpretationPolicy.Default, new("narrow", 0.02m, 0.01m, 0m), new("wide", 0.3m, 0.25m, 0.01m),
        };

        [Fact]
        public void TheGuidedSearch_GivesTheBisectionsFlip_AndTheGuessIsWithinAStep()
        {
            int found = 0, guessedClose = 0, none = 0;
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var witnesses = Build(seed);
                var reading = new ConsensusReading(witnesses);
                var claims = witnesses.SelectMany(w => w.Claims).ToArray();
                var likely = Tolerance.PolicyTolerance(claims);

                var expected = reading.AnyTolerant ? Bisection(t => !reading.At(t).IsEmpty, likely) : null;
                var actual = reading.Flip(likely);

                actual.Should().Be(expected, "seed {0}: {1}", seed, string.Join("; ", claims.Select(c => $"{c.Figure} as {c.Range}")));
                actual?.ToString(CultureInfo.InvariantCulture).Should().Be(expected?.ToString(CultureInfo.InvariantCulture), "the scale shows in the text");
                if (expected is decimal flip && flip > 0)
                {
                    found++;
                    guessedClose += Math.Abs(Math.Ceiling(reading.Guess() / Tolerance.Step) - (flip / Tolerance.Step)) <= 1 ? 1 : 0;
                }
                else if (expected is null)
                {
                    none++;
                }
            }, 3000);

            found.Should().BeGreaterThan(400, "many sets only agree on a wider reading");
            none.Should().BeGreaterThan(50, "some never agree");
            guessedClose.Should().BeGreaterThan(found * 90 / 100, "the guess is the closed form of the flip, not a placeholder (a miss only costs a bisection)");
        }

        [Fact]
        public void AboutNinetyFiveAndAboutOneHundredFive_GuessFiveHundredths()
        {
            // [95(1 − t), 95(1 + t)] meets [105(1 − t), 105(1 + t)] when 95(1 + t) ≥ 105(1 − t): t ≥ 10/200.
            var reading = new ConsensusReading(new[] { Witness("a", About(95)), Witness("b", About(105)) });

            reading.Guess().Should().Be(0.05m);
            reading.Flip().Should().Be(0.05m);
        }

        [Fact]
        public void AGuessPastTheWholeWidth_IsOne_AndTheSearchStillFindsNoFlip()
        {
            // "about 20" reaches "at least 500" only when read 2,400% wide: (500 − 20)/20. The search goes no further
            // than 100%, so the guess stops there, and a fixed end near the decimal limit gives a guess, not an overflow.
            var far = new ConsensusReading(new[] { Witness("a", About(20)), Witness("b", HedgedFigure.Of(Hedge.AtLeast, 500)) });
            var limit = new ConsensusReading(new[] { Witness("a", About(20)), Witness("b", HedgedFigure.Of(Hedge.AtLeast, 79_000_000_000_000_000_000_000_000_000m)) });

            far.Guess().Should().Be(1m);
            far.Flip().Should().BeNull();
            limit.Guess().Should().Be(1m);
            limit.Flip().Should().BeNull();
        }

        [Fact]
        public void AboutEightAndAboutTwelve_GuessTwoTenths_WithTheScaleOfAStep()
        {
            // [8(1 − t), 8(1 + t)] meets [12(1 − t), 12(1 + t)] when 8(1 + t) ≥ 12(1 − t): t ≥ 4/20. In doubles 0.2 is a
            // hair off; the guess still lands on the step itself, so the search reads 0.2 and 0.1999 and stops.
            var reading = new ConsensusReading(new[] { Witness("a", About(8)), Witness("b", About(12)) });

            reading.Guess().Should().Be(0.2m);
            Math.Ceiling(reading.Guess() / Tolerance.Step).Should().Be(2000m);
            reading.Flip().Should().Be(0.2m);
        }

        [Fact]
        public void ASearchToldTheLiteralReadingDisagrees_NeverReadsItAgain()
        {
            // "about 95" and "about 105" share no value read literally; a guess far above the answer sends the search on
            // to the bisection, which must not read the literal step either.
            var reading = new ConsensusReading(new[] { Witness("a", About(95)), Witness("b", About(105)) });
            var asked = new List<decimal>();

            Tolerance.FlipFrom(new Asking(reading, asked), 0.3m, null, literalDisagrees: true).Should().Be(0.05m);
            asked.Should().NotBeEmpty().And.NotContain(Tolerance.Step);
            reading.OnlyWidened.Should().BeTrue();
            reading.FlipWidened(null).Should().Be(reading.Flip());
        }

        [Fact]
        public void NearlyOneHundredAndAtLeastOneHundred_NeverMeet()
        {
            // "nearly 100" ends just below 100 at every t; "at least 100" starts at 100.
            var reading = new ConsensusReading(new[] { Witness("a", Nearly(100)), Witness("b", HedgedFigure.Of(Hedge.AtLeast, 100)) });

            reading.Flip().Should().BeNull();
        }

        /// <summary>The reading's test, noting each tolerance it is asked at.</summary>
        private sealed class Asking : Tolerance.IAgreement
        {
            private readonly ConsensusReading _reading;
            private readonly List<decimal> _asked;

            public Asking(ConsensusReading reading, List<decimal> asked)
            {
                _reading = reading;
                _asked = asked;
            }

            public bool AgreesAt(decimal t)
            {
                _asked.Add(t);
                return !_reading.At(t).IsEmpty;
            }
        }

        /// <summary>The bisection the detector used before the guess (Tolerance.Flip as of commit 84ef1ce), copied as the oracle.</summary>
        private static decimal? Bisection(Func<decimal, bool> agreesAt, decimal? likely)
        {
            const decimal step = 0.0001m;
            if (agreesAt(step))
            {
                return 0m;
            }

            int low = 1, high = (int)(1m / step);
            if (likely is decimal hint && hint > step && hint < 1m && agreesAt(Math.Ceiling(hint / step) * step))
            {
                high = (int)Math.Ceiling(hint / step);
            }
            else if (!agreesAt(1m))
            {
                return null;
            }

            while (high - low > 1)
            {
                var mid = low + ((high - low) / 2);
                if (agreesAt(mid * step))
                {
                    high = mid;
                }
                else
                {
                    low = mid;
                }
            }

            return high * step;
        }

        private static Witness Witness(string origin, params HedgedFigure[] figures)
        {
            var claims = figures.Select((f, i) => new Claim(origin + i.ToString(CultureInfo.InvariantCulture), Count, f, AttributionChain.Direct(origin), Stance.Asserts)).ToArray();
            return new Witness(origin, origin, claims, RangeOrder.Intersection(claims), 1m);
        }

        /// <summary>Two to five witnesses of one or two claims each.</summary>
        private static List<Witness> Build(int seed)
        {
            var random = new Random(seed);
            var witnesses = new List<Witness>();
            for (var w = random.Next(2, 6); w > 0; w--)
            {
                var origin = "s" + witnesses.Count.ToString(CultureInfo.InvariantCulture);
                var claims = new List<Claim>();
                for (var c = random.Next(1, 3); c > 0; c--)
                {
                    var value = Values[random.Next(Values.Length)];
                    var hedge = Hedges[random.Next(Hedges.Length)];
                    var figure = hedge == Hedge.Between ? HedgedFigure.Between(value, value + 10m) : HedgedFigure.Of(hedge, value);
                    var policy = Policies[random.Next(Policies.Length)];
                    if ((hedge is Hedge.Nearly or Hedge.Almost) && value == 0)
                    {
                        continue;
                    }

                    claims.Add(new Claim(origin + "-" + claims.Count.ToString(CultureInfo.InvariantCulture), Count, figure, AttributionChain.Direct(origin), Stance.Asserts, policy: policy));
                }

                if (claims.Count > 0)
                {
                    witnesses.Add(new Witness(origin, origin, claims.ToArray(), RangeOrder.Intersection(claims), 1m));
                }
            }

            return witnesses;
        }
    }
}
