using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>Merges the claims about one quantity for one period (claims whose described periods cover the same days).</summary>
    /// <remarks>
    /// An instance holds scratch space (sorted claims, witness lists, the sweep and its piece arrays) that it reuses from one
    /// merge to the next, so it belongs to one thread at a time; the engine gives each worker its own. Nothing a result
    /// holds is scratch: results get arrays of their own.
    /// </remarks>
    internal sealed partial class PeriodMerger
    {
        private static readonly Witness[] NoWitnesses = Array.Empty<Witness>();
        private static readonly Candidate[] NoCandidates = Array.Empty<Candidate>();
        private static readonly Outlier[] NoOutliers = Array.Empty<Outlier>();
        private static readonly Denial[] NoDenials = Array.Empty<Denial>();

        /// <summary>Groups up to this size are insertion-sorted by (origin, id).</summary>
        private const int SmallSort = 24;

        private readonly MergeStrategy _strategy;
        private readonly SourceCatalogue _sources;
        private readonly bool _weighted;

        /// <summary>Whether lone witnesses take the shortcut results (always, except in tests that compare them with the full path).</summary>
        private readonly bool _shortcuts;

        /// <summary>Whether a witness of several claims keeps the range worked out for it (see <see cref="MergeEngine.WithWitnessRanges"/>).</summary>
        private readonly bool _keepRanges;
        private readonly CoverageSweep _sweep = new();
        private readonly List<Witness> _witnesses = new();

        /// <summary>Each witness's range, in the order of <see cref="_witnesses"/>, so the merge never asks a witness of several claims for it (that would make it keep its range).</summary>
        private readonly List<NumericRange> _witnessRanges = new();
        private readonly List<Witness> _selfContradictory = new();
        private readonly List<Claim> _denialClaims = new();
        private readonly List<NumericRange> _denialRanges = new();
        private readonly List<decimal> _denialWeights = new();
        private readonly List<NumericRange> _ownDenials = new();
        private readonly List<(int First, int Last)> _runs = new();
        private readonly List<(NumericRange Range, int Weight)> _regions = new();
        private Claim[] _sorted = new Claim[16];
        private string[] _keys = new string[16];
        private ulong[] _prefixes = new ulong[16];
        private int[] _order = new int[16];
        private OriginThenId? _byOriginThenId;
        private int[] _counts = new int[4];
        private Witness[][] _supportersOf = new Witness[4][];
        private bool[] _supportsAny = new bool[16];
        private int[] _pieceCounts = new int[32];
        private int[] _pieceCounts2 = new int[32];
        private Group[] _groups = new Group[16];

        /// <summary>Whether <see cref="Small"/> swept the witness ranges but left the result to the full path (a tie); the runs and <see cref="_sweptTop"/> are its.</summary>
        private bool _swept;
        private int _sweptTop;

        public PeriodMerger(MergeStrategy strategy, SourceCatalogue sources, bool shortcuts = true, bool witnessRanges = false)
        {
            _keepRanges = witnessRanges;
            _strategy = strategy;
            _sources = sources;
            _weighted = strategy.Kind == MergeStrategyKind.ReliabilityWeighted;
            _shortcuts = shortcuts;
        }

        /// <summary>Scratch for <see cref="PeriodGroups.Split"/>, reused by the engine for each quantity this merger handles.</summary>
        public List<(TimeReference? Period, List<Claim> Claims)> Periods { get; } = new();

        public MergeResult Merge(Quantity quantity, TimeReference? period, List<Claim> claims)
        {
            if (_shortcuts && claims.Count == 1 && LoneClaim(quantity, period, claims[0]) is { } lone)
            {
                return lone;
            }

            // Independent witnesses: sort by (origin, id), then one witness per origin with the intersection of its ranges.
            var n = claims.Count;
            SortByOriginThenId(claims);

            // Max agreement of a small quantity notes each origin's claims first and makes witness objects only when the
            // result will hold them (see SmallAgreement); every other merge makes them as it goes.
            var deferred = _shortcuts && !_keepRanges && _strategy.Kind == MergeStrategyKind.MaxAgreement && n <= SmallAgreement.MaxClaims;
            var groups = 0;
            _swept = false;
            if (deferred)
            {
                Grow(ref _groups, n); // At most one group per claim; grown before use, since growing does not copy.
            }

            var items = _sorted; // The claims in input order; order[k] is the position of the k-th in (origin, id) order.
            var order = _order;
            _witnesses.Clear();
            _witnessRanges.Clear();
            _selfContradictory.Clear();
            _denialClaims.Clear();
            var i = 0;
            while (i < n)
            {
                var first = items[order[i]];
                var origin = first.OriginId;
                var originKey = first.OriginKey;
                var j = i;
                var range = NumericRange.All;
                var supporting = 0;
                Claim? claim = null; // The first supporting claim.
                while (j < n)
                {
                    var next = j == i ? first : items[order[j]];
                    // Origins with different packed keys differ: their strings are compared only where the keys are equal.
                    if (next.OriginKey != originKey || !SameOrigin(next.OriginId, origin))
                    {
                        break;
                    }

                    if (next.Stance == Stance.Denies)
                    {
                        _denialClaims.Add(next);
                    }
                    else
                    {
                        // The first range as it is (what intersecting it with the whole line gives), then intersections.
                        range = supporting == 0 ? Witness.OwnRange(next) : range.Intersect(next.Range);
                        claim ??= next;
                        supporting++;
                    }

                    j++;
                }

                if (deferred)
                {
                    _groups[groups++] = new Group(i, j, supporting, range.IsEmpty, claim);
                    if (supporting > 0 && !range.IsEmpty)
                    {
                        _witnessRanges.Add(range);
                    }
                }
                else if (supporting > 0)
                {
                    AddWitness(NewWitness(i, j, origin, supporting, claim!, range), range);
                }

                i = j;
            }

            var small = deferred ? Small(quantity, period, n, groups) : null;
            if (deferred && small is null)
            {
                MakeWitnesses(groups);
            }

            Array.Clear(items, 0, n); // Hold no claims past the merge.
            Array.Clear(_groups, 0, groups);
            if (small is not null)
            {
                return small;
            }

            return _strategy.Kind switch
            {
                MergeStrategyKind.Intersection => Fold(quantity, period, hull: false),
                MergeStrategyKind.Hull => Fold(quantity, period, hull: true),
                MergeStrategyKind.FaultTolerant => Fuse(quantity, period),
                _ => MaxAgreement(quantity, period),
            };
        }

        /// <summary>
        /// The witness of the claims at sorted positions <paramref name="i"/> to <paramref name="j"/> (one origin), of which
        /// <paramref name="supporting"/> (at least one) do not deny, the first being <paramref name="claim"/>, with the
        /// intersection of their ranges.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // The witness loop of every other merge made it inline.
        private Witness NewWitness(int i, int j, string origin, int supporting, Claim claim, NumericRange range)
        {
            if (supporting == 1)
            {
                // One claim (the usual case): the witness holds it alone and reads its range from it.
                return Witness.OfOne(origin, _sources.NameOf(origin), claim, _weighted ? Weight(origin) : 1m);
            }

            var items = _sorted;
            var order = _order;
            var own = new Claim[supporting];
            var m = 0;
            for (var c = i; c < j; c++)
            {
                var held = items[order[c]];
                if (held.Stance != Stance.Denies)
                {
                    own[m++] = held;
                }
            }

            // The range is the intersection Witness.Range would work out again from the same claims in the same order.
            var weight = _weighted ? Weight(origin) : 1m;
            return _keepRanges ? new Witness(origin, _sources.NameOf(origin), own, range, weight) : new Witness(origin, _sources.NameOf(origin), own, weight);
        }

        /// <summary>Adds a witness with the range worked out for it: to the witnesses, or to the self-contradictory ones when it is empty.</summary>
        private void AddWitness(Witness witness, NumericRange range)
        {
            if (range.IsEmpty)
            {
                _selfContradictory.Add(witness);
            }
            else
            {
                _witnesses.Add(witness);
                _witnessRanges.Add(range);
            }
        }

        /// <summary>
        /// The <see cref="MergeResult.OfOneWitness"/> result of a period's only claim when the full path would give it one
        /// (it asserts a non-empty range; under max agreement its weight is positive; under max agreement and fault-tolerant
        /// fusion its range is not a point written with two scales); otherwise null, and the full path runs. When the
        /// witness would be the claim's origin by its id with a weight of 1 (the usual case: no source catalogue, not
        /// weighted), the result holds the claim alone and makes the witness when first read.
        /// </summary>
        private MergeResult? LoneClaim(Quantity quantity, TimeReference? period, Claim claim)
        {
            if (claim.Stance == Stance.Denies || claim.Range.IsEmpty)
            {
                return null;
            }

            if (!_weighted)
            {
                // Weight 1: taken unless the sweep would rewrite a point's digits. Origins read only when a catalogue names them.
                if (_strategy.Kind is not (MergeStrategyKind.Intersection or MergeStrategyKind.Hull) && !FusesToItself(claim.Range))
                {
                    return null;
                }

                if (_sources.IsEmpty)
                {
                    return MergeResult.OfOneClaim(quantity, period, _strategy, claim);
                }

                var id = claim.OriginId;
                var name = _sources.NameOf(id);
                return string.Equals(name, id, StringComparison.Ordinal)
                    ? MergeResult.OfOneClaim(quantity, period, _strategy, claim)
                    : MergeResult.OfOneWitness(quantity, period, _strategy, Witness.OfOne(id, name, claim, 1m));
            }

            var origin = claim.OriginId;
            var witness = Witness.OfOne(origin, _sources.NameOf(origin), claim, Weight(origin));
            return witness.Weight > 0 && FusesToItself(claim.Range) ? MergeResult.OfOneWitness(quantity, period, _strategy, witness) : null;
        }

        /// <summary>
        /// Whether the sweep (max agreement, fault-tolerant fusion) of this range alone gives the range itself, digit for digit: it keeps one
        /// representative of equal end values (the lower end's), so a point written with two scales (5 to 5.0), or with a
        /// negative zero at one end, comes back with the lower end's digits at both ends.
        /// </summary>
        private static bool FusesToItself(NumericRange range) => !range.IsPoint || SameBits(range.Lower.Value, range.Upper.Value);

        private static bool SameBits(decimal a, decimal b)
        {
#if NET
            System.Span<int> x = stackalloc int[4];
            System.Span<int> y = stackalloc int[4];
            decimal.GetBits(a, x);
            decimal.GetBits(b, y);
            return x.SequenceEqual(y);
#else
            return System.Linq.Enumerable.SequenceEqual(decimal.GetBits(a), decimal.GetBits(b));
#endif
        }

        private static bool SameOrigin(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);

        /// <summary>
        /// Copies the claims, in input order, into the sorted-claims scratch array (the caller clears it), and fills the
        /// order scratch array with their positions sorted by origin, then id (ordinal), then position. Every claim keeps
        /// its origin's packed key (its first four UTF-16 code units in one 64-bit number, which orders as the ordinal
        /// comparison does where keys differ), so no attribution chain or origin string is read to sort. Small groups (the
        /// usual case) are insertion-sorted as positions on those keys, read once; larger ones are sorted on the keys with
        /// their positions. Only claims with equal keys are compared as strings. Claims are never moved, only positions.
        /// </summary>
        private void SortByOriginThenId(List<Claim> claims)
        {
            var n = claims.Count;
            Grow(ref _sorted, n);
            Grow(ref _prefixes, n);
            Grow(ref _order, n);
            claims.CopyTo(_sorted);
            var items = _sorted;
            var prefixes = _prefixes;
            var order = _order;
            if (n <= SmallSort)
            {
                // Every key first (independent reads the processor overlaps), then a stable insertion sort of positions on
                // the packed keys, which moves ints only; strings are compared only where the keys are equal.
                for (var k = 0; k < n; k++)
                {
                    prefixes[k] = items[k].OriginKey;
                    order[k] = k;
                }

                for (var k = 1; k < n; k++)
                {
                    var x = order[k];
                    var prefix = prefixes[x];
                    var j = k - 1;
                    while (j >= 0 && (prefix < prefixes[order[j]] || (prefix == prefixes[order[j]] && Compare(items[x], items[order[j]]) < 0)))
                    {
                        order[j + 1] = order[j];
                        j--;
                    }

                    order[j + 1] = x;
                }

                return;
            }

            Grow(ref _keys, n);
            var origins = _keys;
            for (var k = 0; k < n; k++)
            {
                var claim = items[k];
                origins[k] = claim.OriginId;
                prefixes[k] = claim.OriginKey;
                order[k] = k;
            }

            Array.Sort(prefixes, order, 0, n);
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                while (end < n && prefixes[end] == prefixes[start])
                {
                    end++;
                }

                if (end - start > SmallSort)
                {
                    Array.Sort(order, start, end - start, _byOriginThenId ??= new OriginThenId(this));
                }
                else if (end - start > 1)
                {
                    InsertionSort(order, start, end);
                }

                start = end;
            }

            Array.Clear(origins, 0, n); // Hold no origins past the merge.
        }

        /// <summary>Insertion-sorts input positions <c>order[start..end)</c> as <see cref="OriginThenId"/> does.</summary>
        private void InsertionSort(int[] order, int start, int end)
        {
            var origins = _keys;
            var items = _sorted;
            for (var k = start + 1; k < end; k++)
            {
                var x = order[k];
                var j = k - 1;
                while (j >= start && OriginThenId.Compare(origins, items, x, order[j]) < 0)
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = x;
            }
        }

        /// <summary>Orders two claims by origin, then id (ordinal).</summary>
        private static int Compare(Claim a, Claim b) => Compare(a.OriginId, a, b.OriginId, b);

        private static int Compare(string originA, Claim a, string originB, Claim b)
        {
            var origin = ReferenceEquals(originA, originB) ? 0 : string.CompareOrdinal(originA, originB);
            return origin != 0 ? origin : string.CompareOrdinal(a.Id, b.Id);
        }

        /// <summary>Orders input positions of the claims being sorted by origin, then id (ordinal), then position.</summary>
        private sealed class OriginThenId : IComparer<int>
        {
            private readonly PeriodMerger _merger;

            public OriginThenId(PeriodMerger merger) => _merger = merger;

            public static int Compare(string[] origins, Claim[] items, int x, int y)
            {
                var order = PeriodMerger.Compare(origins[x], items[x], origins[y], items[y]);
                return order != 0 ? order : x.CompareTo(y);
            }

            public int Compare(int x, int y) => Compare(_merger._keys, _merger._sorted, x, y);
        }

        private decimal Weight(string origin) =>
            _strategy.Kind == MergeStrategyKind.ReliabilityWeighted ? (decimal)_sources.ReliabilityOf(origin, _strategy) : 1m;

        private MergeResult Fold(Quantity quantity, TimeReference? period, bool hull)
        {
            if (_witnesses.Count == 0)
            {
                return Empty(quantity, period);
            }

            if (IsLoneWitness())
            {
                // Its own range is the intersection and the hull; it supports it and nothing is denied or left out.
                return MergeResult.OfOneWitness(quantity, period, _strategy, _witnesses[0]);
            }

            var all = _witnesses.ToArray();

            var ranges = _witnessRanges;
            var range = ranges[0];
            for (var k = 1; k < all.Length; k++)
            {
                range = hull ? range.Hull(ranges[k]) : range.Intersect(ranges[k]);
            }

            var denials = Denials(range);
            var status = range.IsEmpty ? MergeStatus.NoAgreement : MergeStatus.Consensus;
            return new MergeResult(
                quantity, period, _strategy, status, range, status == MergeStatus.Consensus ? all.Length : 0, all,
                status == MergeStatus.Consensus ? all : NoWitnesses, NoWitnesses, NoCandidates,
                SelfContradictoryOutliers(extra: 0), denials, null, null, null);
        }

        /// <summary>One witness, no denial and no self-contradictory witness: the case <see cref="MergeResult.OfOneWitness"/> covers.</summary>
        private bool IsLoneWitness() => _shortcuts && _witnesses.Count == 1 && _selfContradictory.Count == 0 && _denialClaims.Count == 0;

        /// <summary>Max agreement with one witness and no denial: the witness's range, without a sweep.</summary>
        private MergeResult SingleWitness(Quantity quantity, TimeReference? period, Witness only)
        {
            if (_selfContradictory.Count == 0)
            {
                // The usual case: a result that makes its witness list and candidate only when they are read.
                return MergeResult.OfOneWitness(quantity, period, _strategy, only);
            }

            var all = new[] { only };
            var range = _witnessRanges[0];
            var candidate = new Candidate(range, only.Weight, all);
            return new MergeResult(
                quantity, period, _strategy, MergeStatus.Consensus, range, only.Weight, all, all, NoWitnesses, new[] { candidate },
                SelfContradictoryOutliers(extra: 0), NoDenials, null, null, null);
        }

        private MergeResult Empty(Quantity quantity, TimeReference? period)
        {
            var denials = Denials(NumericRange.Empty);
            return new MergeResult(
                quantity, period, _strategy, MergeStatus.NoClaims, NumericRange.Empty, 0, NoWitnesses, NoWitnesses, NoWitnesses, NoCandidates,
                SelfContradictoryOutliers(extra: 0), denials, null, null, null);
        }

        private static void Grow<T>(ref T[] array, int size)
        {
            if (array.Length < size)
            {
                array = new T[Math.Max(size, 2 * array.Length)];
            }
        }
    }
}
