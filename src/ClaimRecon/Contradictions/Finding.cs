using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Something that does not add up (or adds up only on a generous reading), with the claims involved, their
    /// attribution roots, the rule applied and a one-sentence explanation naming sources, figures and dates.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe. <see cref="Severity"/> is a normalised gap in [0, 1]: the gap between the figures
    /// divided by the larger magnitude at the gap's edges (capped at 1); 1 for an explicit denial; for
    /// <see cref="FindingKind.HedgeDependent"/> it is the tolerance the agreement needs. <see cref="Origins"/> counts each
    /// attribution root once, so five outlets echoing one official count as one origin.
    /// </remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<Finding>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class Finding
    {
        /// <summary>Marks a flip tolerance that is null (given so, or computed when first read).</summary>
        private static readonly object NoFlip = new();

        /// <summary>Marks a flip tolerance equal, digit for digit, to the raw severity (a hedge-dependent finding's).</summary>
        private static readonly object FlipIsSeverity = new();
        private readonly Claim[] _claims;
        private readonly string[] _origins;
        private readonly ReadOnlyMemory<char> _explanation;

        /// <summary>The gap; meaningful only where <see cref="_shape"/> has <see cref="Shape.HasGap"/>.</summary>
        private readonly decimal _gap;

        /// <summary>The relative gap where it differs from the raw severity, else null (see <see cref="Shape.RelativeIsSeverity"/>).</summary>
        private readonly object? _relative;

        /// <summary>What the optional values are: a flag each instead of a nullable decimal each (24 bytes, most of them padding).</summary>
        private readonly Shape _shape;

        /// <summary>The number of disagreeing witnesses; meaningful only where <see cref="_shape"/> has <see cref="Shape.HasDisagreeing"/>.</summary>
        private readonly int _disagreeing;

        /// <summary>
        /// The flip tolerance: a <see cref="LazyFlip"/> not yet asked, then its answer; or the value given. A boxed decimal,
        /// <see cref="NoFlip"/> for null or <see cref="FlipIsSeverity"/> for the raw severity.
        /// </summary>
        private object _flip;
        private string? _id;
        private int _number;

        /// <summary>A finding with its explanation, a string or the slice of a chunk its sentence was kept in (<see cref="SentenceWriter.Keep"/>); its id is given when the detector numbers it.</summary>
        internal Finding(
            FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, ReadOnlyMemory<char> explanation,
            decimal? gap, decimal? relativeGap, decimal? flipTolerance, Derivation? derivation, int? disagreeingWitnesses = null)
            : this(kind, severity, quantity, period, claims, rule, explanation, null, gap, relativeGap, flipTolerance, derivation, disagreeingWitnesses)
        {
        }

        /// <summary>A finding with its explanation; its id is given when the detector numbers it.</summary>
        internal Finding(
            FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, string explanation,
            decimal? gap, decimal? relativeGap, decimal? flipTolerance, Derivation? derivation, int? disagreeingWitnesses = null)
            : this(kind, severity, quantity, period, claims, rule, explanation.AsMemory(), null, gap, relativeGap, flipTolerance, derivation, disagreeingWitnesses)
        {
        }

        /// <summary>
        /// A finding whose explanation <paramref name="sentence"/> writes now, while the rule that found it still has the
        /// claims at hand, and whose flip tolerance, where <see cref="FindingSentence.FlipsLazily"/>, it computes when first
        /// read; its id is given when the detector numbers it.
        /// </summary>
        internal Finding(
            FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, FindingSentence sentence,
            decimal? gap, decimal? relativeGap, decimal? flipTolerance, Derivation? derivation, int? disagreeingWitnesses = null)
            : this(kind, severity, quantity, period, claims, rule, sentence.Write().AsMemory(), sentence.FlipsLazily ? sentence : null, gap, relativeGap, flipTolerance, derivation, disagreeingWitnesses)
        {
        }

        private Finding(
            FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, ReadOnlyMemory<char> explanation, LazyFlip? flipper,
            decimal? gap, decimal? relativeGap, decimal? flipTolerance, Derivation? derivation, int? disagreeingWitnesses)
        {
            // The explanation and the origins are made with the finding: written later, when a report reads them in its own
            // order (by severity), every sentence had to fetch its claims and merge results back from all over the heap, which
            // took about three times as long as writing them here, in the order the rules walk the merged claims.
            // A finding held 216 bytes, a nullable decimal for each of three optional values among them; it now holds each
            // optional value once, as a flag and a value, and none where it repeats the severity (most findings' relative gap,
            // every hedge-dependent finding's flip): about 150 bytes, copied by each collection while a report is made.
            _explanation = explanation;
            _origins = Roots(claims);
            Kind = kind;
            RawSeverity = severity;
            Quantity = quantity;
            Period = period;
            _claims = claims;
            Rule = rule;
            var shape = Shape.None;
            if (gap is decimal g)
            {
                _gap = g;
                shape |= Shape.HasGap;
            }

            if (relativeGap is decimal r)
            {
                shape |= Shape.HasRelative;
                if (SameDigits(r, severity))
                {
                    shape |= Shape.RelativeIsSeverity;
                }
                else
                {
                    _relative = r;
                }
            }

            if (disagreeingWitnesses is int d)
            {
                _disagreeing = d;
                shape |= Shape.HasDisagreeing;
            }

            _shape = shape;
            _flip = flipper is not null ? flipper : flipTolerance is not decimal f ? NoFlip : SameDigits(f, severity) ? FlipIsSeverity : f;
            Derivation = derivation;
        }

        /// <summary>Which optional values a finding has.</summary>
        [Flags]
        private enum Shape : byte
        {
            None = 0,
            HasGap = 1,
            HasRelative = 2,
            RelativeIsSeverity = 4,
            HasDisagreeing = 8,
        }

        /// <summary>
        /// A finding with its explanation, written by the rule, whose flip tolerance <paramref name="flipper"/> computes when
        /// first read; its id is given when the detector numbers it.
        /// </summary>
        internal static Finding FlippingLazily(
            FindingKind kind, decimal severity, QuantityKey quantity, TimeReference? period, Claim[] claims, string rule, ReadOnlyMemory<char> explanation, LazyFlip flipper,
            decimal? gap, decimal? relativeGap, int? disagreeingWitnesses) =>
            new(kind, severity, quantity, period, claims, rule, explanation, flipper, gap, relativeGap, null, null, disagreeingWitnesses);

        /// <summary>Gets the finding's identifier within its report ("finding-1", "finding-2", … in report order).</summary>
        public string Id
        {
            get
            {
                var id = Volatile.Read(ref _id);
                if (id is null)
                {
                    // Made when first read from the number the detector gave; threads racing keep the first one stored.
                    id = "finding-" + _number.ToString(CultureInfo.InvariantCulture);
                    id = Interlocked.CompareExchange(ref _id, id, null) ?? id;
                }

                return id;
            }
        }

        /// <summary>Gets the rule the finding comes from.</summary>
        public FindingKind Kind { get; }

        /// <summary>
        /// Gets whether the finding is a contradiction: every kind except <see cref="FindingKind.Revision"/> (a source
        /// correcting itself) and <see cref="FindingKind.HedgeDependent"/> (agreement that rests on reading hedges widely).
        /// </summary>
        public bool IsContradiction => Kind != FindingKind.Revision && Kind != FindingKind.HedgeDependent;

        /// <summary>Gets the normalised severity in [0, 1] (see remarks on <see cref="Finding"/>).</summary>
        /// <remarks>Clamped from <see cref="RawSeverity"/> when read: a finding does not hold both (16 bytes each).</remarks>
        public decimal Severity => RangeOrder.Clamp(RawSeverity);

        /// <summary>Gets the severity as the rule gave it, before it is clamped to [0, 1]: the detector orders findings by it.</summary>
        internal decimal RawSeverity { get; }

        /// <summary>Gets the quantity the finding is about (for a derived relation, its target).</summary>
        public QuantityKey Quantity { get; }

        /// <summary>Gets the described period the finding concerns (the later one for a progression), or null.</summary>
        public TimeReference? Period { get; }

        /// <summary>Gets the claims involved, all from the input.</summary>
        public IReadOnlyList<Claim> Claims => _claims;

        /// <summary>Gets the claims as the array the finding holds (never handed to callers outside the library).</summary>
        internal Claim[] ClaimArray => _claims;

        /// <summary>Gets the distinct attribution roots (origin source ids) of <see cref="Claims"/>, sorted.</summary>
        public IReadOnlyList<string> Origins => _origins;

        /// <summary>Gets the rule applied, in words.</summary>
        public string Rule { get; }

        /// <summary>Gets a one-sentence plain-English explanation naming sources, figures and dates.</summary>
        /// <remarks>
        /// The sentence is written when the finding is made; most are kept as characters in buffers the findings of one
        /// report share, and each read makes a new string of the same characters (equal, not the same object). A string for
        /// each finding, kept as long as the report, was copied by every garbage collection a detection caused.
        /// </remarks>
        public string Explanation => _explanation.ToString();

        /// <summary>Gets the absolute gap between the figures in the quantity's unit, where there is one.</summary>
        public decimal? Gap => (_shape & Shape.HasGap) != 0 ? _gap : null;

        /// <summary>Gets the gap relative to the larger magnitude at its edges, where there is one.</summary>
        public decimal? RelativeGap => (_shape & Shape.HasRelative) == 0 ? null : (_shape & Shape.RelativeIsSeverity) != 0 ? RawSeverity : (decimal)_relative!;

        /// <summary>
        /// Gets the smallest relative tolerance for "about"/"approximately"/"roughly" and "nearly"/"almost" at which the
        /// figures agree, when some tolerance up to 1 (100%) makes them agree; otherwise null.
        /// </summary>
        /// <remarks>For a witness reported against the consensus, the tolerance at which its figures would share a value
        /// with every witness holding the consensus; it is computed when first read.</remarks>
        public decimal? FlipTolerance
        {
            get
            {
                // Boxed once computed (NoFlip for null), so a reader on another thread never sees half of a decimal.
                var flip = Volatile.Read(ref _flip);
                if (flip is LazyFlip flipper)
                {
                    var computed = (object?)flipper.Flip() ?? NoFlip;
                    var before = Interlocked.CompareExchange(ref _flip, computed, flipper);
                    flip = ReferenceEquals(before, flipper) ? computed : before;
                }

                return ReferenceEquals(flip, NoFlip) ? null : ReferenceEquals(flip, FlipIsSeverity) ? RawSeverity : (decimal)flip;
            }
        }

        /// <summary>
        /// Gets, for a witness reported against the consensus (<see cref="FindingKind.RangeConflict"/> by default), how many
        /// of the other witnesses for the quantity and period share no value with it; null for other findings.
        /// </summary>
        public int? DisagreeingWitnesses => (_shape & Shape.HasDisagreeing) != 0 ? _disagreeing : null;

        /// <summary>Gets the derivation checked, for <see cref="FindingKind.DerivedRelationViolation"/> and derived <see cref="FindingKind.HedgeDependent"/> findings.</summary>
        public Derivation? Derivation { get; }

        /// <summary>The distinct attribution roots of the claims, sorted ordinally (each claim's origin as it keeps it, the same string as its chain's, without reading the chain).</summary>
        private static string[] Roots(Claim[] claims)
        {
            if (claims.Length == 1)
            {
                return new[] { claims[0].OriginId };
            }

            // Most findings name the claims of one origin (a self-contradiction) or of two (a witness against the
            // consensus's edge): found in one pass, without sorting.
            string first = claims[0].OriginId, second = first;
            var two = true;
            for (var i = 1; i < claims.Length && two; i++)
            {
                var o = claims[i].OriginId;
                if (string.Equals(o, first, StringComparison.Ordinal))
                {
                    continue;
                }

                if (ReferenceEquals(second, first))
                {
                    second = o;
                }
                else
                {
                    two = string.Equals(o, second, StringComparison.Ordinal);
                }
            }

            if (two)
            {
                return ReferenceEquals(second, first) ? new[] { first }
                    : string.CompareOrdinal(first, second) < 0 ? new[] { first, second } : new[] { second, first };
            }

            // Claims listed witness by witness come in runs of one origin: each run gives one entry to sort. The runs are
            // counted first, so the array is made once at its size (a split's or a consensus's claims made two).
            var m = 1;
            var last = first;
            for (var i = 1; i < claims.Length; i++)
            {
                var o = claims[i].OriginId;
                if (!string.Equals(last, o, StringComparison.Ordinal))
                {
                    m++;
                    last = o;
                }
            }

            var origins = new string[m];
            origins[0] = first;
            m = 1;
            for (var i = 1; i < claims.Length; i++)
            {
                var o = claims[i].OriginId;
                if (!string.Equals(origins[m - 1], o, StringComparison.Ordinal))
                {
                    origins[m++] = o;
                }
            }

            if (origins.Length <= 8)
            {
                // Insertion sort: most findings name two to a handful of claims.
                for (var i = 1; i < origins.Length; i++)
                {
                    var o = origins[i];
                    var j = i - 1;
                    while (j >= 0 && string.CompareOrdinal(origins[j], o) > 0)
                    {
                        origins[j + 1] = origins[j];
                        j--;
                    }

                    origins[j + 1] = o;
                }
            }
            else if (!IsSorted(origins))
            {
                // Claims listed witness by witness (most long lists) come sorted by origin already.
                Array.Sort(origins, StringComparer.Ordinal);
            }

            var n = 0;
            for (var i = 0; i < origins.Length; i++)
            {
                if (n == 0 || !string.Equals(origins[n - 1], origins[i], StringComparison.Ordinal))
                {
                    origins[n++] = origins[i];
                }
            }

            if (n < origins.Length)
            {
                Array.Resize(ref origins, n);
            }

            return origins;
        }

        /// <summary>Whether two decimals are the same digits (value, scale and sign), so either can stand for the other when read.</summary>
        private static bool SameDigits(decimal a, decimal b)
        {
#if NET
            Span<int> x = stackalloc int[4];
            Span<int> y = stackalloc int[4];
            decimal.GetBits(a, x);
            decimal.GetBits(b, y);
            return x.SequenceEqual(y);
#else
            int[] x = decimal.GetBits(a), y = decimal.GetBits(b);
            return x[0] == y[0] && x[1] == y[1] && x[2] == y[2] && x[3] == y[3];
#endif
        }

        private static bool IsSorted(string[] values)
        {
            for (var i = 1; i < values.Length; i++)
            {
                if (string.CompareOrdinal(values[i - 1], values[i]) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Gives the finding its place in the report (1 for the first), from which <see cref="Id"/> is made; the detector calls it once, before the report is returned.</summary>
        internal void Number(int number) => _number = number;

        /// <summary>Returns the kind and the explanation.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Kind + ": " + Explanation;
    }
}
