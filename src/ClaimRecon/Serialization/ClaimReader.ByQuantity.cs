using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>Reading input sorted by quantity one quantity at a time.</summary>
    public sealed partial class ClaimReader
    {
        /// <summary>
        /// Reads input whose claims come grouped by quantity (all claims of a quantity on consecutive records, as a file
        /// sorted by quantity has them) and gives one claim set per quantity: that quantity, its claims, and the sources
        /// they name. Memory holds one quantity's claims at a time, whatever the number of quantities.
        /// </summary>
        /// <returns>The claim sets, lazily, in input order; enumerate once. Check <see cref="Problems"/> when the enumeration ends.</returns>
        /// <remarks>
        /// <para>A quantity whose claims come back after another quantity's is a problem on the line where it comes back
        /// (those claims are skipped, never merged into a second set for the same quantity). A quantity needs its unit
        /// by the end of its own claims; a denial may name only claims of its own quantity. Problems found on a
        /// quantity's lines (between its first and last claim) leave that quantity out; a set that was given out is never taken back, so check
        /// <see cref="Problems"/> at the end before trusting the whole output.</para>
        /// <para>Relations between quantities cannot be checked this way: each set holds one quantity.</para>
        /// </remarks>
        public IEnumerable<ClaimSet> ReadByQuantity()
        {
            var done = new HashSet<QuantityKey>();
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
                    done.Add(key);
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
                    yield break;
                }

                if (done.Contains(Current.Quantity))
                {
                    _source.Problems.Add(Place(Line, "quantity", Current.Quantity.ToString(),
                        $"the claims of quantity \"{ProblemText.Shorten(Current.Quantity.ToString())}\" come back after another quantity's; reading by quantity needs each quantity's claims together (sort the input by quantity)"));
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
