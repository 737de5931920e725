using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// The values every claim of a set of witnesses admits when "about"/"nearly" are read at a tolerance t, computed from
    /// a handful of claims: figures whose reading does not depend on t are intersected once, and of the hedged ones only
    /// those that can bind are read again at each t.
    /// </summary>
    /// <remarks>
    /// <para>At tolerance t, "about x" reads as [x − t|x|, x + t|x|] and "nearly x" as [x − t|x|, x) whatever the claim's own
    /// policy, so the order of the hedged claims' lower ends is the order of their figures at every t, and likewise for
    /// the upper ends of "about" claims and of "nearly" claims. The intersection at t is therefore that of the fixed part,
    /// the hedged claim with the highest figure, and the "about" and "nearly" claims with the lowest figures. Building it
    /// reads each claim once; each later reading costs O(1).</para>
    /// <para>A value, not an object: most readings only check whether a consensus holds literally, and one object (with a list
    /// and an array) for each consensus was garbage on every detection.</para>
    /// </remarks>
    internal readonly struct ConsensusReading
    {
        private readonly NumericRange _fixed;

        /// <summary>The binding claims, distinct, in the order highest lower end, lowest "about", lowest "nearly" (<see cref="_count"/> of them): three fields, not a list.</summary>
        private readonly Claim? _first, _second, _third;
        private readonly int _count;
        private readonly IReadOnlyList<Witness> _witnesses;

        public ConsensusReading(IReadOnlyList<Witness> witnesses)
        {
            _witnesses = witnesses;
            _fixed = Scan(witnesses, out var highestLower, out var lowestAbout, out var lowestNearly);
            Bind(highestLower, lowestAbout, lowestNearly, out _first, out _second, out _third, out _count);
        }

        private ConsensusReading(in ConsensusReading reading, IReadOnlyList<Witness> witnesses)
        {
            _fixed = reading._fixed;
            _first = reading._first;
            _second = reading._second;
            _third = reading._third;
            _count = reading._count;
            _witnesses = witnesses;
        }

        /// <summary>
        /// The same reading without its witnesses (<see cref="Claims"/> is then empty), for a finding to keep for its flip
        /// tolerance: the reading at every tolerance needs only the fixed part and the binding claims, and a report that kept
        /// the witnesses kept every merge result they belong to.
        /// </summary>
        public ConsensusReading WithoutWitnesses() => new(this, Array.Empty<Witness>());

        /// <summary>
        /// Reads each claim once: intersects those whose reading does not depend on the tolerance (the fixed part, returned)
        /// and finds the hedged claims that bind at every tolerance.
        /// </summary>
        private static NumericRange Scan(IReadOnlyList<Witness> witnesses, out Claim? highestLower, out Claim? lowestAbout, out Claim? lowestNearly)
        {
            var fixedPart = NumericRange.All;
            highestLower = null;
            lowestAbout = null;
            lowestNearly = null;
            for (var i = 0; i < witnesses.Count; i++)
            {
                var witness = witnesses[i];
                for (int k = 0, n = witness.ClaimCount; k < n; k++)
                {
                    var claim = witness.ClaimAt(k);
                    var figure = claim.Figure;
                    if (figure is null || !HedgeKinds.DependsOnTolerance(figure.Hedge))
                    {
                        fixedPart = fixedPart.Intersect(claim.Range);
                        continue;
                    }

                    // Read at any t, both hedges' lower ends are x − t|x| and "about" ends above at x + t|x|, "nearly"
                    // below x: each end is ordered as the figures are, so the binding claims are found by value.
                    var x = figure.Value;
                    if (highestLower is null || x > highestLower.Figure!.Value)
                    {
                        highestLower = claim;
                    }

                    if (HedgeKinds.IsNearly(figure.Hedge))
                    {
                        if (lowestNearly is null || x < lowestNearly.Figure!.Value)
                        {
                            lowestNearly = claim;
                        }
                    }
                    else if (lowestAbout is null || x < lowestAbout.Figure!.Value)
                    {
                        lowestAbout = claim;
                    }
                }
            }

            return fixedPart;
        }

        /// <summary>The binding claims, each once, in the order given, nulls left out.</summary>
        private static void Bind(Claim? highestLower, Claim? lowestAbout, Claim? lowestNearly, out Claim? first, out Claim? second, out Claim? third, out int count)
        {
            first = second = third = null;
            count = 0;
            Add(highestLower, ref first, ref second, ref third, ref count);
            Add(lowestAbout, ref first, ref second, ref third, ref count);
            Add(lowestNearly, ref first, ref second, ref third, ref count);
        }

        private static void Add(Claim? claim, ref Claim? first, ref Claim? second, ref Claim? third, ref int count)
        {
            // Compared as the list this replaces compared them (Equals), so equal claims bind once.
            if (claim is null || ReferenceEquals(claim, first) || ReferenceEquals(claim, second) || claim.Equals(first) || claim.Equals(second))
            {
                return;
            }

            switch (count++)
            {
                case 0:
                    first = claim;
                    break;
                case 1:
                    second = claim;
                    break;
                default:
                    third = claim;
                    break;
            }
        }

        /// <summary>The binding claim at <paramref name="index"/> (0 to <see cref="_count"/> − 1).</summary>
        private Claim Binding(int index) => (index == 0 ? _first : index == 1 ? _second : _third)!;

        private static NumericRange At(NumericRange range, Claim? first, Claim? second, Claim? third, int count, decimal t)
        {
            if (count > 0)
            {
                range = range.Intersect(Tolerance.RangeAt(first!, t));
            }

            if (count > 1)
            {
                range = range.Intersect(Tolerance.RangeAt(second!, t));
            }

            if (count > 2)
            {
                range = range.Intersect(Tolerance.RangeAt(third!, t));
            }

            return range;
        }

        /// <summary>Gets every claim of the witnesses, in witness order.</summary>
        public IEnumerable<Claim> Claims => _witnesses.SelectMany(w => w.Claims);

        /// <summary>Gets whether any claim reads differently at another tolerance.</summary>
        public bool AnyTolerant => _count > 0;

        /// <summary>Gets whether the claims share a value only when "about"/"nearly" are read wider than literally: some claim reads differently at another tolerance and, read literally, they share none.</summary>
        public bool OnlyWidened => AnyTolerant && At(Tolerance.Step).IsEmpty;

        /// <summary>The values every claim admits with "about"/"nearly" read <paramref name="t"/> wide.</summary>
        public NumericRange At(decimal t) => At(_fixed, _first, _second, _third, _count, t);

        /// <summary>The smallest tolerance at which every claim shares a value (0 when they do literally), or null.</summary>
        /// <param name="likely">A tolerance at which they probably agree (the policy's), to start the search below it.</param>
        /// <remarks>The search starts from <see cref="Guess"/>, so it reads the claims three or four times where a bisection read them about fifteen times; the answer is the bisection's.</remarks>
        public decimal? Flip(decimal? likely = null) => AnyTolerant ? Tolerance.FlipFrom(new SharesAValue(this), Guess(), likely) : null;

        /// <summary>As <see cref="Flip"/>, for a reading known to share no value literally (<see cref="OnlyWidened"/>): the literal reading is not made again.</summary>
        /// <param name="likely">A tolerance at which they probably agree (the policy's).</param>
        public decimal? FlipWidened(decimal? likely) => Tolerance.FlipFrom(new SharesAValue(this), Guess(), likely, literalDisagrees: true);

        /// <summary>
        /// The smallest t at which the readings share a value, worked out from their ends, which are linear in t: a hedged
        /// figure x starts at x − t|x|, "about x" ends at x + t|x|, "nearly x" just below x, and the fixed part does not move.
        /// Every lower end must reach every upper end: x − t|x| ≤ c gives t ≥ (x − c)/|x|; c ≤ y + t|y| gives
        /// t ≥ (c − y)/|y|; x − t|x| ≤ y + t|y| gives t ≥ (x − y)/(|x| + |y|). The largest of these is the guess; ends that
        /// are open, rounding and figures that cannot be widened can move the answer a step, which
        /// <see cref="Tolerance.FlipFrom"/> checks. Figures beyond 10^20 get no guess (0), so the bisection decides.
        /// </summary>
        /// <remarks>
        /// Worked out in doubles: the guess only says where <see cref="Tolerance.FlipFrom"/> starts, which reads the claims
        /// at whole steps around it and falls back on the bisection when it misses, so its answer never depends on the
        /// guess's last digits. The up to fifteen decimal divisions of a guess were a seventh of a hedge-dependent
        /// consensus's time. A guess of 1 or more is 1 (the search's last step).
        /// </remarks>
        internal decimal Guess()
        {
            const decimal large = 100_000_000_000_000_000_000m;
            for (var i = 0; i < _count; i++)
            {
                var x = Binding(i).Figure!.Value;
                if (Math.Abs(x) > large)
                {
                    return 0m;
                }
            }

            var guess = 0d;
            for (var i = 0; i < _count; i++)
            {
                guess = Math.Max(guess, GuessFor(Binding(i)));
            }

            // The conversion keeps 15 significant digits, so a guess that is a whole number of steps in decimals (0.05)
            // comes back as that number, not as a double a hair above it.
            return guess >= 1d ? 1m : (decimal)guess;
        }

        /// <summary>The tolerance at which <paramref name="claim"/>'s lower end x − t|x| reaches every upper end, and the fixed lower end reaches its upper end when that moves.</summary>
        private double GuessFor(Claim claim)
        {
            var guess = 0d;
            var x = (double)claim.Figure!.Value;
            if (x == 0)
            {
                // "about 0" is the point 0 at every t; "nearly 0" names no range, so its configured reading stands.
                return guess;
            }

            var ax = Math.Abs(x);
            if (!_fixed.IsEmpty && !_fixed.Upper.IsUnbounded)
            {
                guess = Math.Max(guess, (x - (double)_fixed.Upper.Value) / ax);
            }

            for (var i = 0; i < _count; i++)
            {
                var other = Binding(i);
                var y = (double)other.Figure!.Value;
                if (y != 0)
                {
                    // "nearly y" ends just below y whatever t is; "about y" at y + t|y|.
                    guess = Math.Max(guess, HedgeKinds.IsNearly(other.Figure.Hedge) ? (x - y) / ax : (x - y) / (ax + Math.Abs(y)));
                }
            }

            if (!HedgeKinds.IsNearly(claim.Figure.Hedge) && !_fixed.IsEmpty && !_fixed.Lower.IsUnbounded)
            {
                guess = Math.Max(guess, ((double)_fixed.Lower.Value - x) / ax);
            }

            return guess;
        }

        /// <summary>Whether the claims share a value at a tolerance: the search's test, with no closure made for each search.</summary>
        private readonly struct SharesAValue : Tolerance.IAgreement
        {
            private readonly ConsensusReading _reading;

            public SharesAValue(in ConsensusReading reading) => _reading = reading;

            public bool AgreesAt(decimal t) => !_reading.At(t).IsEmpty;
        }

        /// <summary>The smallest tolerance at which <paramref name="other"/>'s claims and every claim here share a value, or null.</summary>
        public decimal? FlipWith(IReadOnlyList<Claim> other) =>
            !AnyTolerant && !Tolerance.AnyTolerant(other)
                ? null
                : Tolerance.Flip(new SharesAValueWith(this, other));

        /// <summary>Whether the claims and <see cref="_other"/> share a value at a tolerance.</summary>
        private readonly struct SharesAValueWith : Tolerance.IAgreement
        {
            private readonly ConsensusReading _reading;
            private readonly IReadOnlyList<Claim> _other;

            public SharesAValueWith(in ConsensusReading reading, IReadOnlyList<Claim> other)
            {
                _reading = reading;
                _other = other;
            }

            public bool AgreesAt(decimal t) => _reading.At(t).Overlaps(Tolerance.WitnessAt(_other, t));
        }
    }
}
