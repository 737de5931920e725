using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Names one body across articles when one article names it with its country and another without: "Oman's Water
    /// Authority" in one, "the Water Authority" in the other.
    /// </summary>
    /// <remarks>
    /// A wrong merge hides who said what, so the rule is narrow. A body named with a country (a possessive, "Oman's Water
    /// Authority", or an adjective, "the Omani Water Authority") lends its identity to the same name without the country
    /// ("the Water Authority") when: that name is not already in the table; every article that names the body with a
    /// country names the same country; and in each article that uses the bare name, that country is named more often
    /// than any other (so "the Water Authority" of an article about Jordan that mentions Oman once stays its own). The
    /// bare name then becomes an alias of the body, and the articles are read again with it.
    /// </remarks>
    internal static class CrossArticleAliases
    {
        private static readonly char[] Space = { ' ' };

        private static readonly char[] Separators = { ' ', '\t', '\r', '\n', ',', '.', ';', ':', '"', '(', ')', '\u201C', '\u201D', '-', '\u2014' };

        /// <summary>The table with the bare names of bodies some article names with a country; the same table when there are none.</summary>
        public static SourceAliases Extend(IReadOnlyList<Article> articles, IReadOnlyList<ArticleReading> readings, SourceAliases aliases)
        {
            // Bodies named with a country, by the key of the name without it.
            var qualified = new Dictionary<string, List<(string Country, Source Source, string Bare)>>(StringComparer.Ordinal);
            foreach (var source in readings.SelectMany(r => r.Sources))
            {
                if (source.Kind is SourceKind.OfficialBody or SourceKind.Organization && CountryAndRest(source.Name) is { } split)
                {
                    var key = SourceAliases.Key(split.Name);
                    if (!qualified.TryGetValue(key, out var list))
                    {
                        qualified[key] = list = new List<(string, Source, string)>();
                    }

                    if (!list.Any(q => q.Source.Id == source.Id))
                    {
                        list.Add((split.Country, source, split.Name));
                    }
                }
            }

            var extended = aliases;
            foreach (var pair in qualified.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var countries = pair.Value.Select(q => q.Country).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (countries.Count != 1 || pair.Value.Select(q => q.Source.Id).Distinct(StringComparer.Ordinal).Count() != 1 || aliases.Find(pair.Value[0].Bare) is not null)
                {
                    continue;
                }

                var bareIn = Enumerable.Range(0, readings.Count)
                    .Where(i => readings[i].Sources.Any(s => s.Id != pair.Value[0].Source.Id && SourceAliases.Key(s.Name) == pair.Key))
                    .ToList();
                if (bareIn.Count > 0 && extended.Find(pair.Value[0].Bare) is null && bareIn.All(i => DominantCountry(articles[i].Text) is { } c && string.Equals(c, countries[0], StringComparison.OrdinalIgnoreCase)))
                {
                    extended = extended.With(pair.Value[0].Source, pair.Value[0].Bare);
                }
            }

            return BareNouns(readings, extended);
        }

        /// <summary>
        /// A body one article names only by what it is ("the union", "the water board") and that article names no such body
        /// by name, while the articles together name exactly one body whose name ends with those words ("the Harbor City
        /// Teachers Union", "the Calder Valley water board"): the description becomes an alias of that body. Two named bodies the noun fits, or a noun already in
        /// the table, leave it alone.
        /// </summary>
        private static SourceAliases BareNouns(IReadOnlyList<ArticleReading> readings, SourceAliases aliases)
        {
            var extended = aliases;
            var bodies = readings.SelectMany(r => r.Sources).Where(s => s.Kind is SourceKind.OfficialBody or SourceKind.Organization).ToList();
            var nouns = bodies
                .Where(s => IsDescription(s.Name))
                .Select(s => s.Name.ToLowerInvariant())
                .Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.Ordinal);
            foreach (var noun in nouns)
            {
                var named = bodies
                    .Where(s => s.Name.Length > noun.Length + 1 && s.Name.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && s.Name[s.Name.Length - noun.Length - 1] == ' ')
                    .GroupBy(s => s.Id, StringComparer.Ordinal)
                    .ToList();
                if (named.Count == 1 && aliases.Find(noun) is null)
                {
                    extended = extended.With(named[0].First(), noun);
                }
            }

            return extended;
        }

        /// <summary>
        /// Whether a body's name only says what it is: one to three words, the last a noun of a body, every other word
        /// lower case ("union", "Union" opening a sentence, "water board"; not "Harbor City Teachers Union").
        /// </summary>
        private static bool IsDescription(string name)
        {
            var words = name.Split(Space, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 3 || !CueLexicon.OrganisationNouns.Contains(words[words.Length - 1].ToLowerInvariant()))
            {
                return false;
            }

            for (var i = 1; i < words.Length; i++)
            {
                if (!char.IsLower(words[i][0]))
                {
                    return false;
                }
            }

            return words.Length == 1 || !char.IsUpper(words[0][0]);
        }

        /// <summary>"Oman's Water Authority" and "Omani Water Authority" give ("Oman", "Water Authority"); a name without a country gives null.</summary>
        internal static (string Country, string Name)? CountryAndRest(string name)
        {
            var words = name.Split(Space, StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                words.RemoveAt(0);
            }

            if (words.Count < 2 || !words.Skip(1).All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and"))
            {
                return null;
            }

            var first = words[0];
            var owner = SourceAliases.EndsWithPossessive(first) ? first.Substring(0, first.Length - SourceAliases.PossessiveLength(first)) : null;
            var country = owner is not null ? (Places.IsPlace(owner) ? owner : null) : Places.CountryOfAdjective(first);
            var rest = string.Join(" ", words.Skip(1));
            return country is null || Places.IsPlace(rest) ? null : (country, rest);
        }

        /// <summary>The country an article names most often (by name, possessive or adjective); null when none, or on a tie.</summary>
        internal static string? DominantCountry(string text)
        {
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var raw in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Substring(0, raw.Length - SourceAliases.PossessiveLength(raw));
                var country = word.Length > 1 && char.IsUpper(word[0]) ? (Places.IsPlace(word) ? word : Places.CountryOfAdjective(word)) : null;
                if (country is not null)
                {
                    counts[country] = counts.TryGetValue(country, out var n) ? n + 1 : 1;
                }
            }

            if (counts.Count == 0)
            {
                return null;
            }

            var top = counts.OrderByDescending(p => p.Value).ToList();
            return top.Count > 1 && top[0].Value == top[1].Value ? null : top[0].Key;
        }
    }
}
