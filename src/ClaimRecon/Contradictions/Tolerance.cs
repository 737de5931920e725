using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Reads claims at a uniform hedge tolerance t: "about x" as [x(1−t), x(1+t)], "nearly x" as [x(1−t), x). t = 0 is
    /// the literal reading ("about x" = x, "nearly x" just below x); the claim's own policy is the configured reading.
    /// Ranges widen as t grows, so agreement is monotone in t and the flip point is found by bisection.
    /// </summary>
    internal static class Tolerance
    {
        /// <summary>The width of "nearly x" read literally: just below x.</summary>
        private const decimal NearlyFloor = 0.000000001m;

        /// <summary>
        /// The flip tolerance is found to this precision and rounded up to it. It is also the literal reading: figures
        /// that agree when hedges are read 0.01% wide agree literally ("nearly 7,000" × $10 reaches $70,000).
        /// </summary>
        public const decimal Step = 0.0001m;

        /// <summary>
        /// The claim's range with "about"/"approximately"/"roughly" read t wide either side and "nearly"/"almost" t wide
        /// below (at least just below); any other figure as its policy reads it. Computed directly, as the claim's policy
        /// would with those two tolerances replaced, without building that policy.
        /// </summary>
        public static NumericRange RangeAt(Claim claim, decimal t)
        {
            var figure = claim.Figure;
            if (figure is null)
            {
                return NumericRange.Empty;
            }

            try
            {
                if (HedgeKinds.IsApproximate(figure.Hedge))
                {
                    return InterpretationPolicy.Around(figure.Value, t);
                }

                return HedgeKinds.IsNearly(figure.Hedge) ? InterpretationPolicy.Below(figure, Math.Max(t, NearlyFloor)) : claim.Range;
            }
            catch (Exception e) when (e is ArgumentException || e is OverflowException)
            {
                // A figure near the decimal limit cannot be widened; its configured reading stands.
                return claim.Range;
            }
        }

        public static NumericRange WitnessAt(IReadOnlyList<Claim> claims, decimal t)
        {
            var range = NumericRange.All;
            foreach (var claim in claims)
            {
                range = range.Intersect(RangeAt(claim, t));
            }

            return range;
        }

        /// <summary>Returns the smallest t in [0, 1] at which <paramref name="agreesAt"/> holds (0 when it holds literally), or null when not even t = 1 suffices.</summary>
        /// <param name="agreesAt">Whether the figures agree with hedges read t wide; monotone in t.</param>
        /// <param name="likely">A tolerance at which they probably agree (such as the policy's); when they do, the search starts below it, which saves steps.</param>
        public static decimal? Flip(Func<decimal, bool> agreesAt, decimal? likely = null) => Flip(new Test(agreesAt), likely);

        /// <summary>As <see cref="Flip(Func{decimal, bool}, decimal?)"/>, asking <paramref name="agreesAt"/> (no delegate made).</summary>
        /// <param name="agreesAt">Whether the figures agree with hedges read t wide; monotone in t.</param>
        /// <param name="likely">A tolerance at which they probably agree, to start the search below it.</param>
        /// <param name="literalDisagrees">Whether the caller already knows they do not agree literally (at <see cref="Step"/>), so that reading is not made again.</param>
        public static decimal? Flip<T>(T agreesAt, decimal? likely = null, bool literalDisagrees = false)
            where T : IAgreement
        {
            if (!literalDisagrees && agreesAt.AgreesAt(Step))
            {
                return 0m;
            }

            // Bisect over whole steps, so the answer is the smallest multiple of Step at which the figures agree (a
            // bisection over decimals that rounded its end up could land one step late: 0.1001 where 0.1 agrees).
            int low = 1, high = (int)(1m / Step);
            if (likely is decimal hint && hint > Step && hint < 1m && agreesAt.AgreesAt(Math.Ceiling(hint / Step) * Step))
            {
                high = (int)Math.Ceiling(hint / Step);
            }
            else if (!agreesAt.AgreesAt(1m))
            {
                return null;
            }

            while (high - low > 1)
            {
                var mid = low + ((high - low) / 2);
                if (agreesAt.AgreesAt(mid * Step))
                {
                    high = mid;
                }
                else
                {
                    low = mid;
                }
            }

            return high * Step;
        }

        /// <summary>
        /// The answer <see cref="Flip{T}(T, decimal?, bool)"/> gives, found from a first guess at the flip tolerance instead of by bisection: when
        /// the figures agree at the guess rounded up to a whole step and not one step below, that step is the answer, and
        /// when they agree one step above but not at it, that one. Otherwise (a guess that missed) the bisection decides.
        /// For an <paramref name="agreesAt"/> monotone in t, the answer is always the bisection's; it costs three or four
        /// readings instead of about fifteen when the guess is right.
        /// </summary>
        /// <param name="agreesAt">Whether the figures agree with hedges read t wide; monotone in t.</param>
        /// <param name="guess">An estimate of the smallest t at which they agree.</param>
        /// <param name="likely">Passed on to the bisection when the guess misses.</param>
        /// <param name="literalDisagrees">Whether the caller already knows they do not agree literally (at <see cref="Step"/>), so that reading is not made again.</param>
        public static decimal? FlipFrom<T>(T agreesAt, decimal guess, decimal? likely = null, bool literalDisagrees = false)
            where T : IAgreement
        {
            if (!literalDisagrees && agreesAt.AgreesAt(Step))
            {
                return 0m;
            }

            const int last = (int)(1m / Step);
            var k = guess <= Step ? 1 : guess >= 1m ? last : (int)Math.Ceiling(guess / Step);
            if (k > 1 && agreesAt.AgreesAt(k * Step))
            {
                if (k == 2 || !agreesAt.AgreesAt((k - 1) * Step))
                {
                    return k * Step;
                }
            }
            else if (k < last && agreesAt.AgreesAt((k + 1) * Step))
            {
                return (k + 1) * Step;
            }

            return Flip(agreesAt, likely, literalDisagrees: true);
        }

        /// <summary>Whether figures agree with hedges read t wide; monotone in t.</summary>
        internal interface IAgreement
        {
            /// <summary>Whether the figures agree with hedges read <paramref name="t"/> wide.</summary>
            bool AgreesAt(decimal t);
        }

        /// <summary>A delegate as an <see cref="IAgreement"/>.</summary>
        private readonly struct Test : IAgreement
        {
            private readonly Func<decimal, bool> _agreesAt;

            public Test(Func<decimal, bool> agreesAt) => _agreesAt = agreesAt;

            public bool AgreesAt(decimal t) => _agreesAt(t);
        }

        /// <summary>
        /// Whether any of the claims reads differently at another tolerance ("about", "approximately", "roughly",
        /// "nearly", "almost"). When none does, the literal reading is the configured one and no tolerance flips a
        /// verdict, so callers skip the readings and the search.
        /// </summary>
        public static bool AnyTolerant(IEnumerable<Claim> claims)
        {
            foreach (var claim in claims)
            {
                if (claim.Figure is not null && HedgeKinds.DependsOnTolerance(claim.Figure.Hedge))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The widest tolerance the claims' policies read their "about"/"nearly" figures at, or null when none has such a figure.</summary>
        public static decimal? PolicyTolerance(IEnumerable<Claim> claims)
        {
            if (claims is Claim[] array)
            {
                return PolicyTolerance(array);
            }

            decimal? widest = null;
            foreach (var claim in claims)
            {
                widest = Widest(widest, claim);
            }

            return widest;
        }

        /// <summary>As <see cref="PolicyTolerance(IEnumerable{Claim})"/>, over an array without an enumerator.</summary>
        public static decimal? PolicyTolerance(Claim[] claims)
        {
            decimal? widest = null;
            for (var i = 0; i < claims.Length; i++)
            {
                widest = Widest(widest, claims[i]);
            }

            return widest;
        }

        private static decimal? Widest(decimal? widest, Claim claim)
        {
            if (claim.Figure is null)
            {
                return widest;
            }

            if (HedgeKinds.IsApproximate(claim.Figure.Hedge))
            {
                return Math.Max(widest ?? 0m, claim.Policy.ApproximateTolerance);
            }

            return HedgeKinds.IsNearly(claim.Figure.Hedge) ? Math.Max(widest ?? 0m, claim.Policy.NearlyTolerance) : widest;
        }
    }
}
