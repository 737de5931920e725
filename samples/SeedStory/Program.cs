using System;
using System.IO;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Serialization;

namespace ClaimRecon.Samples.SeedStory
{
    /// <summary>
    /// Loads a claims file (the bundled seed story by default), validates it and prints every quantity with the claims
    /// about it: who said what, through whom, when, and the range each figure stands for; then what the claims come to
    /// when merged (max agreement), period by period, and the timeline of cumulative quantities.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the sample.</summary>
        /// <param name="args">Optionally, the path of a claims JSON file.</param>
        /// <returns>0 on success, 2 when the input has problems.</returns>
        public static int Main(string[] args)
        {
            var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "seed-story.json");
            var result = ClaimJson.ReadFile(path);
            if (!result.Success)
            {
                Console.Error.WriteLine($"{path}: {result.Problems.Count} problem(s):");
                foreach (var problem in result.Problems)
                {
                    Console.Error.WriteLine($"  {problem.Path}: {problem.Message}" + (problem.Value is null ? string.Empty : $" [value: {problem.Value}]"));
                }

                return 2;
            }

            var set = result.Value;
            var origins = set.Claims.Select(c => c.Attribution.Origin).Distinct().Count();
            Console.WriteLine($"{Path.GetFileName(path)}: {set.Claims.Count} claims about {set.Quantities.Count} quantities from {set.Sources.Count} sources ({origins} distinct origins).");
            var merged = MergeEngine.For(set).Merge(set.Claims).ToDictionary(m => m.Quantity.Key);
            foreach (var quantity in set.Quantities)
            {
                var claims = set.Claims.Where(c => c.Quantity.Equals(quantity.Key)).ToList();
                Console.WriteLine();
                Console.WriteLine($"{quantity.Key}  [{quantity.Kind.ToString().ToLowerInvariant()}, {quantity.Unit}]");
                if (quantity.Description is not null)
                {
                    Console.WriteLine($"  {quantity.Description}");
                }

                foreach (var claim in claims)
                {
                    var origin = set.GetOrigin(claim);
                    var wording = claim.Figure?.Wording ?? claim.Figure?.ToString() ?? "(no figure of its own)";
                    var canonical = claim.Range.ToCanonical(quantity.Domain);
                    var rangeText = canonical.Equals(claim.Range) ? claim.Range.ToString() : $"{claim.Range} = {canonical}";
                    Console.WriteLine($"  - {claim.Id}: {origin.Name} {Verb(claim.Stance)} \"{wording}\" -> {rangeText}");
                    Console.WriteLine($"      via {claim.Attribution}; stated {claim.StatedAt?.ToString() ?? "(unknown)"}, about {Describe(claim)}");
                }

                if (merged.TryGetValue(quantity.Key, out var merge))
                {
                    foreach (var period in merge.Periods)
                    {
                        Console.WriteLine($"  = {period.Explanation}");
                    }

                    if (merge.Timeline is { } timeline)
                    {
                        var steps = string.Join(" -> ", timeline.Points.Select(p => $"{p.Period}: {p.Bounds}"));
                        Console.WriteLine($"  = timeline ({(timeline.IsConsistent ? "consistent, never falls" : "BROKEN: a later figure lies below an earlier one")}): {steps}");
                    }
                }
            }

            return 0;
        }

        private static string Verb(Stance stance) => stance switch
        {
            Stance.Asserts => "asserts",
            Stance.Estimates => "estimates",
            Stance.Denies => "DENIES",
            _ => "relays",
        };

        private static string Describe(Claim claim) =>
            claim.Describes is null ? "(unknown)" : claim.Describes.Label is null ? claim.Describes.ToString() : $"{claim.Describes} ({claim.Describes.Label})";
    }
}
