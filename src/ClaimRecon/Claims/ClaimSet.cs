using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Hedging;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Claims
{
    /// <summary>
    /// Sources, quantities and the claims about them, checked together: every identifier is unique and every reference
    /// from a claim (its quantity, every source of its attribution chain) exists.
    /// </summary>
    /// <remarks>
    /// <para>Build one with <see cref="Create"/>, which throws listing every problem, or <see cref="Validate"/>, which
    /// returns them. Problem paths use the JSON format's names (<c>$.claims[3].quantity</c>).</para>
    /// <para>Lists keep the order they were given in. This type is immutable and thread-safe.</para>
    /// </remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<ClaimSet>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class ClaimSet
    {
        private readonly Dictionary<string, Source> _sourcesById;
        private readonly Dictionary<QuantityKey, Quantity> _quantitiesByKey;

        private ClaimSet(IReadOnlyList<Source> sources, IReadOnlyList<Quantity> quantities, IReadOnlyList<Claim> claims)
        {
            Sources = sources;
            Quantities = quantities;
            Claims = claims;
            _sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            _quantitiesByKey = quantities.ToDictionary(q => q.Key);
        }

        /// <summary>Gets the sources, in the order given.</summary>
        public IReadOnlyList<Source> Sources { get; }

        /// <summary>Gets the quantities, in the order given.</summary>
        public IReadOnlyList<Quantity> Quantities { get; }

        /// <summary>Gets the claims, in the order given.</summary>
        public IReadOnlyList<Claim> Claims { get; }

        /// <summary>Builds a claim set, throwing when anything is wrong.</summary>
        /// <param name="sources">The sources.</param>
        /// <param name="quantities">The quantities.</param>
        /// <param name="claims">The claims.</param>
        /// <returns>The set.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ClaimValidationException">Identifiers repeat, references are missing, or two different policies share a name; lists every problem.</exception>
        public static ClaimSet Create(IEnumerable<Source> sources, IEnumerable<Quantity> quantities, IEnumerable<Claim> claims)
        {
            var problems = Validate(sources, quantities, claims, out var set);
            return set ?? throw new ClaimValidationException(problems);
        }

        /// <summary>Checks sources, quantities and claims together and builds the set when nothing is wrong.</summary>
        /// <param name="sources">The sources.</param>
        /// <param name="quantities">The quantities.</param>
        /// <param name="claims">The claims.</param>
        /// <param name="set">The set, when no problem was found; otherwise null.</param>
        /// <returns>Every problem found; empty when the set was built.</returns>
        /// <exception cref="ArgumentNullException">An argument is null, or a list holds null.</exception>
        public static IReadOnlyList<ValidationProblem> Validate(
            IEnumerable<Source> sources, IEnumerable<Quantity> quantities, IEnumerable<Claim> claims, out ClaimSet? set)
        {
            var sourceList = Preconditions.CopyNoNulls(sources);
            var quantityList = Preconditions.CopyNoNulls(quantities);
            var claimList = Preconditions.CopyNoNulls(claims);
            var problems = new List<ValidationProblem>();

            var sourceIds = FindDuplicates(sourceList, s => s.Id, "$.sources", "id", problems);
            var quantityKeys = new HashSet<QuantityKey>();
            for (var i = 0; i < quantityList.Count; i++)
            {
                if (!quantityKeys.Add(quantityList[i].Key))
                {
                    problems.Add(new ValidationProblem($"$.quantities[{i}].key", Quote(quantityList[i].Key.ToString()), $"quantity \"{quantityList[i].Key}\" is defined more than once"));
                }
            }

            FindDuplicates(claimList, c => c.Id, "$.claims", "id", problems);
            CheckPolicyNames(claimList, problems);
            var positions = new int[claimList.Count];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = i;
            }

            CheckReferences(claimList, positions, sourceIds, quantityKeys, problems);
            set = problems.Count == 0 ? new ClaimSet(sourceList, quantityList, claimList) : null;
            return problems.AsReadOnly();
        }

        /// <summary>Returns the source with the given identifier.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns>The source.</returns>
        /// <exception cref="KeyNotFoundException">No source has that identifier; the message names it.</exception>
        public Source GetSource(string id) =>
            _sourcesById.TryGetValue(Preconditions.NotNull(id), out var source) ? source : throw new KeyNotFoundException($"No source has id \"{id}\".");

        /// <summary>Looks a source up by id through the set's index (no scan).</summary>
        internal bool TryGetSource(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Source? source) => _sourcesById.TryGetValue(id, out source);

        /// <summary>Returns the quantity with the given key.</summary>
        /// <param name="key">The key.</param>
        /// <returns>The quantity.</returns>
        /// <exception cref="KeyNotFoundException">No quantity has that key; the message names it.</exception>
        public Quantity GetQuantity(QuantityKey key) =>
            _quantitiesByKey.TryGetValue(Preconditions.NotNull(key), out var quantity) ? quantity : throw new KeyNotFoundException($"No quantity has key \"{key}\".");

        /// <summary>Looks a quantity up by key through the set's index (no scan).</summary>
        internal bool TryGetQuantity(QuantityKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Quantity? quantity) => _quantitiesByKey.TryGetValue(key, out quantity);

        /// <summary>Returns the origin source of a claim: the last source of its attribution chain.</summary>
        /// <param name="claim">A claim of this set.</param>
        /// <returns>The origin.</returns>
        public Source GetOrigin(Claim claim) => GetSource(Preconditions.NotNull(claim).Attribution.Origin);

        /// <summary>Reports every claim reference to a quantity or source that is not defined.</summary>
        /// <param name="claims">The claims to check.</param>
        /// <param name="positions">The index of each claim in the input's <c>claims</c> list, for problem paths.</param>
        /// <param name="sourceIds">The defined source identifiers.</param>
        /// <param name="quantityKeys">The defined quantity keys.</param>
        /// <param name="problems">Where problems are added.</param>
        internal static void CheckReferences(
            IReadOnlyList<Claim> claims, IReadOnlyList<int> positions, ICollection<string> sourceIds, ICollection<QuantityKey> quantityKeys, List<ValidationProblem> problems)
        {
            HashSet<string>? claimIds = null;
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                var path = $"$.claims[{positions[i]}]";
                if (!quantityKeys.Contains(claim.Quantity))
                {
                    problems.Add(new ValidationProblem(path + ".quantity", Quote(claim.Quantity.ToString()), $"claim \"{claim.Id}\" refers to quantity \"{claim.Quantity}\", which is not defined"));
                }

                var position = 0;
                foreach (var sourceId in claim.Attribution.SourceIds)
                {
                    if (!sourceIds.Contains(sourceId))
                    {
                        problems.Add(new ValidationProblem($"{path}.attribution[{position}]", Quote(sourceId), $"claim \"{claim.Id}\" refers to source \"{sourceId}\", which is not defined"));
                    }

                    position++;
                }

                if (claim.Denies is { } denies)
                {
                    if (denies.SourceId is { } denied && !sourceIds.Contains(denied))
                    {
                        problems.Add(new ValidationProblem(path + ".denies.source", Quote(denied), $"claim \"{claim.Id}\" denies the figures of source \"{denied}\", which is not defined"));
                    }

                    for (var k = 0; k < denies.ClaimIds.Count; k++)
                    {
                        claimIds ??= new HashSet<string>(claims.Select(c => c.Id), StringComparer.Ordinal);
                        var deniedId = denies.ClaimIds[k];
                        if (!claimIds.Contains(deniedId))
                        {
                            problems.Add(new ValidationProblem($"{path}.denies.claims[{k}]", Quote(deniedId), $"claim \"{claim.Id}\" denies claim \"{deniedId}\", which is not among the claims"));
                        }
                        else if (string.Equals(deniedId, claim.Id, StringComparison.Ordinal))
                        {
                            problems.Add(new ValidationProblem($"{path}.denies.claims[{k}]", Quote(deniedId), $"claim \"{claim.Id}\" denies itself"));
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Reports a claim whose policy has the name of a different policy (the built-in default included): the JSON format
        /// refers to policies by name, so such a set could be written but not read back.
        /// </summary>
        private static void CheckPolicyNames(IReadOnlyList<Claim> claims, List<ValidationProblem> problems)
        {
            var byName = new Dictionary<string, InterpretationPolicy>(StringComparer.Ordinal) { [InterpretationPolicy.DefaultName] = InterpretationPolicy.Default };
            for (var i = 0; i < claims.Count; i++)
            {
                var policy = claims[i].Policy;
                if (!byName.TryGetValue(policy.Name, out var known))
                {
                    byName.Add(policy.Name, policy);
                }
                else if (!known.Equals(policy))
                {
                    problems.Add(new ValidationProblem(
                        $"$.claims[{i}].policy",
                        Quote(policy.Name),
                        $"claim \"{claims[i].Id}\" uses policy \"{policy.Name}\" as {policy}, but \"{policy.Name}\" is already {known}; give different policies different names"));
                }
            }
        }

        /// <summary>A string as JSON text, the form every <see cref="ValidationProblem.Value"/> takes (as the JSON reader reports it).</summary>
        private static string Quote(string value) => JsonText.Quote(value);

        private static HashSet<string> FindDuplicates<T>(IReadOnlyList<T> items, Func<T, string> id, string listPath, string field, List<ValidationProblem> problems)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var value = id(items[i]);
                if (!seen.Add(value))
                {
                    problems.Add(new ValidationProblem($"{listPath}[{i}].{field}", Quote(value), $"id \"{value}\" is used more than once"));
                }
            }

            return seen;
        }
    }
}
