using System;
using System.Collections.Generic;
using System.IO;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>Reading input sorted by quantity one quantity at a time.</summary>
    public sealed partial class ClaimReader
    {
        /// <summary>Claim ids held in memory while reading by quantity (about 25 MB); older ones go to a temporary file.</summary>
        private const int IdWindow = 1 << 18;

        /// <summary>Quantity keys held in memory while reading by quantity; older ones go to a temporary file.</summary>
        private const int QuantityWindow = 1 << 16;

        /// <summary>
        /// Reads input whose claims come grouped by quantity (all claims of a quantity on consecutive records, as a file
        /// sorted by quantity has them) and gives one claim set per quantity: that quantity, its claims, and the sources
        /// they name. Memory holds one quantity's claims at a time, whatever the number of quantities.
        /// </summary>
        /// <returns>The claim sets, lazily, in input order; enumerate once. Check <see cref="Problems"/> when the enumeration ends.</returns>
        /// <exception cref="IOException">The temporary file cannot be written or read.</exception>
        /// <remarks>
        /// <para>A quantity whose claims come back after another quantity's is a problem on the line where it comes back
        /// (those claims are skipped, never merged into a second set for the same quantity). A quantity needs its unit
        /// by the end of its own claims; a denial may name only claims of its own quantity. Problems found on a
        /// quantity's lines (between its first and last claim) leave that quantity out; a set that was given out is never taken back, so check
        /// <see cref="Problems"/> at the end before trusting the whole output.</para>
        /// <para>Memory does not grow with the input: the most recent claim ids and quantity keys are held in memory and older
        /// ones in sorted runs in a temporary file (in the system's temporary folder, deleted when the reader is disposed),
        /// and a quantity is forgotten once its set is given out, so <see cref="Quantities"/> lists only those still to come. A
        /// repeated id or a quantity that comes back is found at once while the earlier one is held, and otherwise when
        /// reading ends (after both were given out; the problem says so).</para>
        /// <para>Relations between quantities cannot be checked this way: each set holds one quantity.</para>
        /// </remarks>
        public IEnumerable<ClaimSet> ReadByQuantity() => ReadByQuantity(IdWindow, QuantityWindow, null);

        /// <summary>As <see cref="ReadByQuantity()"/>, holding at most the given numbers of recent claim ids and quantity keys in memory (tests use small windows).</summary>
        internal IEnumerable<ClaimSet> ReadByQuantity(int idWindow, int quantityWindow, string? directory)
        {
            _source.ReadByQuantity(idWindow, directory);
            using var done = new SpillingKeyIndex(quantityWindow, directory);
            var claims = new List<Claim>();
            var lines = new List<int>();
            var firstLine = 0;
            var problemsBefore = Problems.Count;
            var problemsAfter = Problems.Count;
            QuantityKey? key = null;
            while (true)
            {
                var more = Read();
                if (key is not null && (!more || !Current.Quantity.Equals(key)))
                {
                    var set = Group(key, claims, lines, problemsAfter > problemsBefore);
                    done.TryAdd(key.ToString(), firstLine, out _);
                    _source.Forget(key);
                    claims.Clear();
                    lines.Clear();
                    key = null;
                    if (set is not null)
                    {
                        yield return set;
                    }
                }

                if (!more)
                {
                    foreach (var (quantity, line, first) in done.LaterRepeats())
                    {
                        _source.Problems.Add(Place(line, "quantity", quantity,
                            $"the claims of quantity \"{ProblemText.Shorten(quantity)}\" come back after another quantity's (its claims began on line {first}); found when reading ended (reading by quantity holds only recent quantities in memory), so both parts were given out as sets of their own: sort the input by quantity"));
                    }

                    yield break;
                }

                if (key is null && done.Contains(Current.Quantity.ToString(), out var began))
                {
                    _source.Problems.Add(Place(Line, "quantity", Current.Quantity.ToString(),
                        $"the claims of quantity \"{ProblemText.Shorten(Current.Quantity.ToString())}\" come back after another quantity's (its claims began on line {began}); reading by quantity needs each quantity's claims together (sort the input by quantity)"));
                    _source.Forget(Current.Quantity);
                    continue;
                }

                if (key is null)
                {
                    key = Current.Quantity;
                    firstLine = Line;
                    problemsBefore = Problems.Count;
                }

                claims.Add(Current);
                lines.Add(Line);
                problemsAfter = Problems.Count;
            }
        }

        /// <summary>Builds one quantity's set, or reports why it cannot be built.</summary>
        private ClaimSet? Group(QuantityKey key, List<Claim> claims, List<int> lines, bool problemsAmongClaims)
        {
            var firstLine = lines[0];
            var quantity = FindQuantity(key);
            if (quantity is null)
            {
                _source.Problems.Add(Place(firstLine, "unit", null,
                    $"quantity \"{ProblemText.Shorten(key.ToString())}\" has no unit by the end of its claims; reading by quantity needs it before or among them"));
                return null;
            }

            var sources = new List<Source>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var claim in claims)
            {
                ids.Add(claim.Id);
                foreach (var id in claim.Attribution.SourceIds)
                {
                    AddSource(id, seen, sources);
                }

                if (claim.Denies?.SourceId is { } denied)
                {
                    AddSource(denied, seen, sources);
                }
            }

            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                foreach (var denied in claim.Denies?.ClaimIds ?? Array.Empty<string>())
                {
                    if (!ids.Contains(denied))
                    {
                        _source.Problems.Add(Place(lines[i], "denies", denied,
                            $"claim \"{ProblemText.Shorten(claim.Id)}\" denies claim \"{ProblemText.Shorten(denied)}\", which is not among the claims of quantity \"{ProblemText.Shorten(key.ToString())}\"; reading by quantity takes denials of claims of the same quantity"));
                        return null;
                    }
                }
            }

            if (problemsAmongClaims)
            {
                return null;
            }

            var problems = ClaimSet.Validate(sources, new[] { quantity }, claims, out var set);
            foreach (var problem in problems)
            {
                _source.Problems.Add(problem.Path.StartsWith("$.claims[", StringComparison.Ordinal) && int.TryParse(problem.Path.Substring(9, problem.Path.IndexOf(']') - 9), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    ? _source.Locate(lines[index], "$" + problem.Path.Substring(problem.Path.IndexOf(']') + 1), problem)
                    : problem);
            }

            return set;
        }

        private void AddSource(string id, HashSet<string> seen, List<Source> sources)
        {
            if (seen.Add(id) && FindSource(id) is { } source)
            {
                sources.Add(source);
            }
        }

        private ValidationProblem Place(int line, string column, string? value, string message) =>
            _source.Locate(line, "$." + column, new ValidationProblem("$", value is null ? null : ProblemText.Json(value), message));
    }
}
