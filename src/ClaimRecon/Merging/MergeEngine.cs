using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Time;

namespace ClaimRecon.Merging
{
    /// <summary>
    /// Merges claims about many quantities: groups them by quantity and by described period, reduces each group to
    /// independent witnesses, applies the strategy, and for cumulative quantities builds the non-falling timeline.
    /// </summary>
    /// <remarks>
    /// <para><b>Grouping.</b> Claims are grouped by quantity key. Within a quantity, claims whose described periods
    /// (<see cref="Claim.ReferenceTime"/>) share at least one day are merged together (see <see cref="AllenRelation"/>);
    /// claims whose periods are apart are merged separately, and claims with no time form one last group.</para>
    /// <para><b>Independence.</b> Claims whose attribution chains end at the same origin count once; the ranges one origin
    /// gives for one period are intersected first (see <see cref="Witness"/>). Denying claims are evidence against the values
    /// they deny (see <see cref="MergeStrategy"/>).</para>
    /// <para><b>Streaming and order.</b> <see cref="Merge(IEnumerable{Claim})"/> checks its arguments at once and reads the
    /// claims lazily, once. With <see cref="InputOrder.Unordered"/> it buffers all claims; with
    /// <see cref="InputOrder.SortedByQuantity"/> it holds one quantity's claims at a time. Results come in ascending
    /// quantity-key order either way, whatever the degree of parallelism.</para>
    /// <para><b>Cost.</b> O(n log n) per quantity of n claims: one sort of the range ends and linear sweeps; no pairwise
    /// comparison of claims. Denials cost O(outliers × denials) when reporting which denial covers which outlier.</para>
    /// <para>Each claim's quantity is looked for first where the previous claim's was, then at the quantity given to the
    /// constructor after that one, so claims that come in the order their quantities were given (as sorted input does when
    /// the quantities are given in key order) are matched without a dictionary lookup; any other order costs one lookup
    /// per change of quantity, with the same results.</para>
    /// <para><b>Errors.</b> A null claim, a claim about a quantity the engine does not know, or (when sources were given) a
    /// claim whose origin source is unknown throws <see cref="ArgumentException"/> naming the claim's position and id.</para>
    /// <para>An engine is immutable and thread-safe; one engine can run many merges at once.</para>
    /// </remarks>
    public sealed class MergeEngine
    {
        /// <summary>Orders buffered groups by their quantity's key.</summary>
        private static readonly Comparison<(Quantity Quantity, List<Claim> Claims)> ByKey = (a, b) => a.Quantity.Key.CompareTo(b.Quantity.Key);

        private readonly Dictionary<QuantityKey, Quantity> _quantities;

        /// <summary>
        /// The quantities in the order they were given: claims about the quantity after the previous claim's (one claim per
        /// quantity, claims read in that order) are found there, with no dictionary lookup.
        /// </summary>
        private readonly Quantity[] _declared;

        /// <summary>Whether <see cref="_declared"/> is in ascending key order, so a claim about a later quantity there is in order without comparing keys.</summary>
        private readonly bool _declaredAscending;

        /// <summary>Each quantity's position in <see cref="_declared"/>, keyed by its key object's identity: claims built with the engine's own key objects (the usual case) are found without hashing the key's strings.</summary>
        private readonly Dictionary<QuantityKey, int> _byKeyObject;
        private readonly SourceCatalogue _sources;

        /// <summary>Whether mergers take their shortcuts for lone witnesses and single claims; false only in tests that compare the two.</summary>
        private readonly bool _shortcuts = true;

        /// <summary>Whether a witness of several claims keeps the range the merge works out for it; see <see cref="WithWitnessRanges"/>.</summary>
        private readonly bool _witnessRanges;

        /// <summary>Creates an engine that knows the given quantities and, optionally, sources.</summary>
        /// <param name="quantities">The quantities claims may be about.</param>
        /// <param name="sources">The sources, for names and prior reliabilities; null or empty to use ids as names and accept any origin.</param>
        /// <param name="options">How to merge; null for <see cref="MergeOptions.Default"/>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="quantities"/> is null.</exception>
        /// <exception cref="ArgumentException">A quantity or source is null or its key/id is used twice.</exception>
        public MergeEngine(IEnumerable<Quantity> quantities, IEnumerable<Source>? sources = null, MergeOptions? options = null)
        {
            Preconditions.NotNull(quantities);
            _quantities = Preconditions.IndexUnique(quantities, q => q.Key, null, nameof(quantities), "key");
            _declared = new Quantity[_quantities.Count];
            _quantities.Values.CopyTo(_declared, 0);
            _declaredAscending = IsAscending(_declared);
            _byKeyObject = ByKeyObject(_declared);
            _sources = new SourceCatalogue(sources ?? Array.Empty<Source>());
            Options = options ?? MergeOptions.Default;
        }

        /// <summary>Gets the options.</summary>
        public MergeOptions Options { get; }

        /// <summary>Creates an engine for the quantities and sources of a claim set.</summary>
        /// <param name="set">The claim set.</param>
        /// <param name="options">How to merge; null for <see cref="MergeOptions.Default"/>.</param>
        /// <returns>The engine; merge <c>set.Claims</c> or any other claims about its quantities.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
        public static MergeEngine For(ClaimSet set, MergeOptions? options = null)
        {
            Preconditions.NotNull(set);
            return new MergeEngine(set.Quantities, set.Sources, options);
        }

        /// <summary>Returns an engine with other options and the same quantities and sources.</summary>
        /// <param name="options">The options.</param>
        /// <returns>The engine.</returns>
        public MergeEngine WithOptions(MergeOptions options) => new(this, Preconditions.NotNull(options), _shortcuts, _witnessRanges);

        /// <summary>The same engine with every shortcut for lone witnesses and single claims turned off, so tests can compare the shortcuts with the full path.</summary>
        /// <returns>The engine.</returns>
        internal MergeEngine WithoutShortcuts() => new(this, Options, false, _witnessRanges);

        /// <summary>
        /// The same engine, except that a witness of several claims keeps the range the merge works out for it, for a caller
        /// that reads every witness's range (contradiction detection); a plain merge leaves it to be worked out again on
        /// first read, which saves an object per such witness when no one reads it. The results are the same.
        /// </summary>
        /// <returns>The engine.</returns>
        internal MergeEngine WithWitnessRanges() => new(this, Options, _shortcuts, true);

        private MergeEngine(MergeEngine other, MergeOptions options, bool shortcuts, bool witnessRanges)
        {
            _quantities = other._quantities;
            _declared = other._declared;
            _declaredAscending = other._declaredAscending;
            _byKeyObject = other._byKeyObject;
            _sources = other._sources;
            _shortcuts = shortcuts;
            _witnessRanges = witnessRanges;
            Options = options;
        }

        /// <summary>Merges claims, yielding one <see cref="QuantityMerge"/> per quantity in ascending key order.</summary>
        /// <param name="claims">The claims; enumerated once, lazily.</param>
        /// <returns>The results.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null (thrown at once).</exception>
        /// <exception cref="ArgumentException">While enumerating: a claim is null, is about an unknown quantity, or traces back to an unknown source.</exception>
        /// <exception cref="InvalidOperationException">While enumerating: with <see cref="InputOrder.SortedByQuantity"/>, a claim arrives out of order; or a reliability is missing.</exception>
        public IEnumerable<QuantityMerge> Merge(IEnumerable<Claim> claims)
        {
            Preconditions.NotNull(claims);
            var degree = Options.MaxDegreeOfParallelism;

            // Streaming reuses one list per quantity in flight: one when sequential, a batch (plus one) in parallel.
            var groups = Options.InputOrder == InputOrder.SortedByQuantity ? StreamGroups(claims, degree == 1 ? 1 : BatchSize(degree) + 1) : BufferGroups(claims);
            return degree == 1 ? Sequential(groups) : Parallel(groups, degree);
        }

        /// <summary>Merges the claims about one quantity.</summary>
        /// <param name="claims">The claims, all about one quantity the engine knows.</param>
        /// <returns>The result for that quantity.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
        /// <exception cref="ArgumentException">No claims are given, claims are about different quantities, or a claim is invalid as for <see cref="Merge(IEnumerable{Claim})"/>.</exception>
        public QuantityMerge MergeQuantity(IEnumerable<Claim> claims)
        {
            Preconditions.NotNull(claims);
            QuantityMerge? only = null;
            foreach (var result in Merge(claims))
            {
                if (only is not null)
                {
                    throw new ArgumentException($"claims are about more than one quantity: \"{only.Quantity.Key}\" and \"{result.Quantity.Key}\".", nameof(claims));
                }

                only = result;
            }

            return only ?? throw new ArgumentException("claims is empty; there is no quantity to merge.", nameof(claims));
        }

        private IEnumerable<QuantityMerge> Sequential(IEnumerable<(Quantity, List<Claim>)> groups)
        {
            var merger = new PeriodMerger(Options.Strategy, _sources, _shortcuts, _witnessRanges);
            foreach (var (quantity, claims) in groups)
            {
                yield return MergeGroup(merger, quantity, claims);
            }
        }

        private static int BatchSize(int degree) => degree * 16;

#if NET
        /// <summary>How many claims ahead of the one being read <see cref="StreamGroups"/> asks the processor to load, when the claims are an array.</summary>
        private const int PrefetchDistance = 8;

        /// <summary>How many cache lines of a claim are asked for: a <see cref="Claim"/> object takes about three, not aligned to lines.</summary>
        private const int ClaimLines = 4;
#endif

        private IEnumerable<QuantityMerge> Parallel(IEnumerable<(Quantity, List<Claim>)> groups, int degree)
        {
            // Each worker takes a merger (it owns scratch space) from the pool and returns it when its share is done.
            var strategy = Options.Strategy;
            var sources = _sources;
            var shortcuts = _shortcuts;
            var witnessRanges = _witnessRanges;
            var pool = new ConcurrentBag<PeriodMerger>();
            var merger = (Func<PeriodMerger>)(() => pool.TryTake(out var taken) ? taken : new PeriodMerger(strategy, sources, shortcuts, witnessRanges));
            var batch = new List<(Quantity Quantity, List<Claim> Claims)>(BatchSize(degree));
            var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
            foreach (var group in groups)
            {
                batch.Add(group);
                if (batch.Count == batch.Capacity)
                {
                    foreach (var result in RunBatch(merger, pool, batch, options))
                    {
                        yield return result;
                    }

                    batch.Clear();
                }
            }

            foreach (var result in RunBatch(merger, pool, batch, options))
            {
                yield return result;
            }
        }

        /// <summary>
        /// Merges a batch in parallel. Like the sequential path, yields the results before the first quantity (in key order)
        /// whose merge fails, then throws that exception itself, not wrapped in an <see cref="AggregateException"/>.
        /// </summary>
        private static IEnumerable<QuantityMerge> RunBatch(
            Func<PeriodMerger> takeMerger, ConcurrentBag<PeriodMerger> pool, List<(Quantity Quantity, List<Claim> Claims)> batch, ParallelOptions options)
        {
            var results = new QuantityMerge?[batch.Count];
            var errors = new Exception?[batch.Count];
            System.Threading.Tasks.Parallel.For(0, batch.Count, options, takeMerger, (i, state, merger) =>
            {
                try
                {
                    results[i] = MergeGroup(merger, batch[i].Quantity, batch[i].Claims);
                }
                catch (Exception e)
                {
                    errors[i] = e;
                    state.Break(); // Every lower index still runs, so the first failure in key order is found.
                }

                return merger;
            }, pool.Add);

            var done = new List<QuantityMerge>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                if (errors[i] is Exception error)
                {
                    return ThenThrow(done, error);
                }

                done.Add(results[i]!);
            }

            return done;
        }

        private static IEnumerable<QuantityMerge> ThenThrow(List<QuantityMerge> results, Exception error)
        {
            foreach (var result in results)
            {
                yield return result;
            }

            ExceptionDispatchInfo.Capture(error).Throw();
        }

        /// <summary>
        /// Reads every claim, then yields each quantity's claims (in input order) in ascending key order; each group is let
        /// go as it is handed out.
        /// </summary>
        internal IEnumerable<(Quantity, List<Claim>)> BufferGroups(IEnumerable<Claim> claims)
        {
            var byKey = new Dictionary<QuantityKey, (Quantity Quantity, List<Claim> Claims)>();
            (Quantity Quantity, List<Claim> Claims)? current = null;
            var index = 0;
            var position = -1;
            foreach (var claim in claims)
            {
                var quantity = Check(claim, index++, ref position, nameof(claims));
                if (current is not { } group || !ReferenceEquals(group.Quantity, quantity))
                {
                    // A new run of claims: find (or start) its quantity's group once, not once per claim.
                    if (!byKey.TryGetValue(quantity.Key, out group))
                    {
                        group = (quantity, new List<Claim>());
                        byKey.Add(quantity.Key, group);
                    }

                    current = group;
                }

                group.Claims.Add(claim);
            }

            // Each group is let go as it is handed out: a caller that keeps what it merged (contradiction detection keeps
            // every result) would otherwise carry every quantity's list, and the table of them, through each collection
            // until the last quantity is merged.
            current = null;
            var groups = new List<(Quantity Quantity, List<Claim> Claims)>(byKey.Values);
            byKey = null!;
            groups.Sort(ByKey);
            for (var i = 0; i < groups.Count; i++)
            {
                var group = groups[i];
                groups[i] = default;
                yield return group;
            }
        }

        /// <summary>
        /// Yields each quantity's run of claims. The lists are reused round-robin (<paramref name="ring"/> of them, each
        /// cleared before reuse), so a list must be done with before <paramref name="ring"/> more groups are read.
        /// </summary>
        private IEnumerable<(Quantity, List<Claim>)> StreamGroups(IEnumerable<Claim> claims, int ring)
        {
            Quantity? current = null;
            var lists = new List<Claim>[ring];
            var slot = 0;
            var buffer = lists[0] = new List<Claim>();
            var index = 0;
            var position = -1;
#if NET
            var array = claims as Claim[];
#endif
            foreach (var claim in claims)
            {
#if NET
                if (array is not null && index + PrefetchDistance < array.Length)
                {
                    // Every claim's first read missed cache on large inputs: ask for a claim further on while this one is handled.
                    Prefetch.Object(array[index + PrefetchDistance], ClaimLines);
                }
#endif

                var before = position;
                var quantity = Check(claim, index, ref position, nameof(claims));
                if (current is not null && !ReferenceEquals(quantity, current))
                {
                    // A quantity given later than the previous one, when they were given in key order, needs no comparison.
                    if (!(_declaredAscending && position > before) && quantity.Key.CompareTo(current.Key) < 0)
                    {
                        throw new InvalidOperationException(
                            $"claims[{index}] (\"{claim.Id}\") is about \"{quantity.Key}\", which sorts before \"{current.Key}\" of the claims before it; "
                            + "InputOrder.SortedByQuantity needs claims in ascending quantity-key order (use InputOrder.Unordered otherwise).");
                    }

                    yield return (current, buffer);
                    slot = (slot + 1) % ring;
                    buffer = lists[slot] ??= new List<Claim>();
                    buffer.Clear();
                }

                current = quantity;
                buffer.Add(claim);
                index++;
            }

            if (current is not null)
            {
                yield return (current, buffer);
            }
        }

        /// <summary>
        /// Checks a claim and finds its quantity. <paramref name="position"/> is the previous claim's quantity's place in
        /// <see cref="_declared"/> (-1 before the first claim) and becomes this claim's.
        /// </summary>
        private Quantity Check(Claim? claim, int index, ref int position, string argument)
        {
            if (claim is null)
            {
                throw new ArgumentException($"claims[{index}] is null.", argument);
            }

            // The previous claim's quantity (runs of claims about one quantity), then the quantity given after it (one claim
            // per quantity, in the order given), by key object; then the previous one by value; only then a lookup.
            var key = claim.Quantity;
            var previous = position >= 0 ? _declared[position] : null;
            Quantity? quantity;
            if (previous is not null && ReferenceEquals(previous.Key, key))
            {
                quantity = previous;
            }
            else if (position + 1 < _declared.Length && ReferenceEquals(_declared[position + 1].Key, key))
            {
                quantity = _declared[++position];
            }
            else if (previous is not null && previous.Key.Equals(key))
            {
                quantity = previous;
            }
            else if (_byKeyObject.TryGetValue(key, out var at) || (_quantities.TryGetValue(key, out quantity) && _byKeyObject.TryGetValue(quantity.Key, out at)))
            {
                position = at;
                quantity = _declared[at];
            }
            else
            {
                throw new ArgumentException($"claims[{index}] (\"{claim.Id}\"): quantity \"{claim.Quantity}\" is not one of the engine's quantities.", argument);
            }

            if (!_sources.IsEmpty && !_sources.Contains(claim.OriginId))
            {
                throw new ArgumentException($"claims[{index}] (\"{claim.Id}\"): origin source \"{claim.OriginId}\" is not one of the engine's sources.", argument);
            }

            return quantity;
        }

        private static Dictionary<QuantityKey, int> ByKeyObject(Quantity[] quantities)
        {
            var byObject = new Dictionary<QuantityKey, int>(quantities.Length, KeyIdentity.Instance);
            for (var i = 0; i < quantities.Length; i++)
            {
                byObject[quantities[i].Key] = i;
            }

            return byObject;
        }

        private static bool IsAscending(Quantity[] quantities)
        {
            for (var i = 1; i < quantities.Length; i++)
            {
                if (quantities[i].Key.CompareTo(quantities[i - 1].Key) <= 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static QuantityMerge MergeGroup(PeriodMerger merger, Quantity quantity, List<Claim> claims)
        {
            var periods = merger.Periods;
            PeriodGroups.Split(claims, periods);
            var results = new MergeResult[periods.Count];
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = merger.Merge(quantity, periods[i].Period, periods[i].Claims);
            }

            return new QuantityMerge(quantity, results, quantity.Kind == QuantityKind.Cumulative ? CumulativeTimeline.Build(results) : null);
        }
    }
}
