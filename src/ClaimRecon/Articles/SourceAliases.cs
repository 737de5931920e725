using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Internal;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Names that denote one source across articles: "the Joint Operations Command", "JOC" and "Iraq's Joint Operations
    /// Command" are <c>joint-operations-command</c>. The caller extends the table with <see cref="With"/>.
    /// </summary>
    /// <remarks>
    /// <para><b>Matching.</b> A name is looked up case-insensitively after dropping a leading "the", a one-word possessive owner
    /// ("Iraq's", "the parliament's") when the full name is not known, a bracketed acronym at the end ("U.S. Central Command
    /// (CENTCOM)" is tried as a whole, without the brackets, and as "CENTCOM"), and a country prefix "U.S."/"US".
    /// Curly and straight apostrophes are the same.</para>
    /// <para><b>Chains, not merges.</b> An alias names one source. An outlet that quotes another outlet is never an alias
    /// of it: the reader writes that as a chain (outlet → cites → outlet), so both stay visible.</para>
    /// <para><see cref="Default"/> holds the few bodies and outlets of the project's motivating story; it is a starting
    /// point, not a gazetteer. This type is immutable and thread-safe; <see cref="With"/> returns a new table.</para>
    /// </remarks>
    public sealed class SourceAliases
    {
        private static readonly char[] Space = { ' ' };
        private static readonly char[] Apostrophes = { '\'', '\u2019' };

        private readonly Dictionary<string, Source> _byKey;
        private readonly Dictionary<string, string[]> _aliases;

        private SourceAliases(Dictionary<string, Source> byKey, Dictionary<string, string[]> aliases)
        {
            _byKey = byKey;
            _aliases = aliases;
        }

        /// <summary>Gets an empty table.</summary>
        public static SourceAliases Empty { get; } = new(new Dictionary<string, Source>(StringComparer.Ordinal), new Dictionary<string, string[]>(StringComparer.Ordinal));

        /// <summary>
        /// Gets the built-in table: Iraq's Joint Operations Command (JOC), Security Media Cell, U.S. Central Command
        /// (CENTCOM), the Popular Mobilization Forces (PMF), the Syrian Democratic Forces (SDF) and Kurdistan24.
        /// </summary>
        public static SourceAliases Default { get; } = Empty
            .With(new Source("joint-operations-command", "Joint Operations Command", SourceKind.OfficialBody), "Joint Operations Command", "JOC", "Joint Operations")
            .With(new Source("security-media-cell", "Security Media Cell", SourceKind.OfficialBody), "Security Media Cell", "Iraqi Security Media Cell")
            .With(new Source("centcom", "U.S. Central Command", SourceKind.OfficialBody), "U.S. Central Command", "Central Command", "CENTCOM", "United States Central Command")
            .With(new Source("popular-mobilization-forces", "Popular Mobilization Forces", SourceKind.OfficialBody), "Popular Mobilization Forces", "PMF", "Popular Mobilisation Forces", "Hashd al-Shaabi")
            .With(new Source("syrian-democratic-forces", "Syrian Democratic Forces", SourceKind.Organization), "Syrian Democratic Forces", "SDF")
            .With(new Source("kurdistan24", "Kurdistan24", SourceKind.NewsOutlet), "Kurdistan24", "Kurdistan 24", "K24");

        /// <summary>Gets every source in the table, ordered by identifier.</summary>
        public IReadOnlyList<Source> Sources => _byKey.Values.GroupBy(s => s.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

        /// <summary>Returns a table in which <paramref name="source"/> is also known by <paramref name="aliases"/> (and by its own name).</summary>
        /// <param name="source">The source the names denote.</param>
        /// <param name="aliases">Other names of it.</param>
        /// <returns>The new table; this one is unchanged.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="aliases"/> is null.</exception>
        /// <exception cref="ArgumentException">An alias is null or blank, or already names a different source (the message names both).</exception>
        public SourceAliases With(Source source, params string[] aliases)
        {
            Preconditions.NotNull(source);
            Preconditions.NotNull(aliases);
            var byKey = new Dictionary<string, Source>(_byKey, StringComparer.Ordinal);
            var all = new Dictionary<string, string[]>(_aliases, StringComparer.Ordinal);
            var names = new List<string>(all.TryGetValue(source.Id, out var known) ? known : Array.Empty<string>());
            foreach (var alias in new[] { source.Name, source.Id }.Concat(aliases.Select((a, i) => Preconditions.NotBlank(a, $"aliases[{i}]"))))
            {
                var key = Key(alias);
                if (key.Length == 0)
                {
                    continue;
                }

                if (byKey.TryGetValue(key, out var other) && !string.Equals(other.Id, source.Id, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The alias \"{alias}\" already names \"{other.Id}\"; it cannot also name \"{source.Id}\".", nameof(aliases));
                }

                byKey[key] = source;
                if (!names.Contains(alias, StringComparer.Ordinal))
                {
                    names.Add(alias);
                }
            }

            // A source given again with new details replaces the old entry under every key.
            foreach (var key in byKey.Where(p => string.Equals(p.Value.Id, source.Id, StringComparison.Ordinal)).Select(p => p.Key).ToList())
            {
                byKey[key] = source;
            }

            all[source.Id] = names.ToArray();
            return new SourceAliases(byKey, all);
        }

        /// <summary>Gets the names a source is known by in this table.</summary>
        /// <param name="id">The source's identifier.</param>
        /// <returns>The names, in the order added; empty when the source is not in the table.</returns>
        public IReadOnlyList<string> AliasesOf(string id) => _aliases.TryGetValue(Preconditions.NotNull(id), out var names) ? names : Array.Empty<string>();

        /// <summary>Finds the source a name denotes (see the remarks for how names are matched).</summary>
        /// <param name="name">A name as written, such as "Iraq's Joint Operations Command".</param>
        /// <returns>The source, or null when the table does not know the name.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Source? Find(string name)
        {
            Preconditions.NotNull(name);
            return Find(name, Key(name));
        }

        /// <summary>Finds a name whose key (<see cref="Key"/>) the caller has already made.</summary>
        internal Source? Find(string name, string key)
        {
            if (key.Length > 0 && _byKey.TryGetValue(key, out var direct))
            {
                return direct;
            }

            if (!HasOtherForms(name))
            {
                return null;
            }

            foreach (var candidate in Candidates(name))
            {
                var candidateKey = Key(candidate);
                if (candidateKey.Length > 0 && _byKey.TryGetValue(candidateKey, out var source))
                {
                    return source;
                }
            }

            return null;
        }

        /// <summary>The forms of a name tried in turn: whole, without a bracketed acronym, the acronym, without a possessive owner or "U.S.".</summary>
        /// <summary>Whether <see cref="Candidates"/> gives more than the name itself: a bracket, a possessive or a "U.S." prefix.</summary>
        private static bool HasOtherForms(string name)
        {
            if (name.IndexOf('(') >= 0 || HasPossessiveBeforeSpace(name))
            {
                return true;
            }

            var text = StripArticle(name.Trim());
            return text.StartsWith("U.S. ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("US ", StringComparison.OrdinalIgnoreCase);
        }

        private static List<string> Candidates(string name)
        {
            var open = name.IndexOf('(');
            var close = open < 0 ? -1 : name.IndexOf(')', open);
            var forms = new List<string> { name };
            if (open >= 0 && close > open && name.Substring(close + 1).Trim().Length == 0 && IsName(name.Substring(0, open)))
            {
                forms.Add(name.Substring(0, open) + name.Substring(close + 1));
                forms.Add(name.Substring(open + 1, close - open - 1));
            }

            foreach (var form in forms.ToList())
            {
                var text = StripArticle(form.Trim());
                var possessive = Math.Max(text.IndexOf("'s ", StringComparison.OrdinalIgnoreCase), text.IndexOf("\u2019s ", StringComparison.OrdinalIgnoreCase));
                if (possessive > 0 && text.LastIndexOf(' ', possessive) < 0)
                {
                    forms.Add(text.Substring(possessive + 3));
                }

                foreach (var prefix in new[] { "U.S. ", "US " })
                {
                    if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        forms.Add(text.Substring(prefix.Length));
                    }
                }
            }

            return forms;
        }

        /// <summary>Whether every word is capitalised or a joining word ("U.S. Central Command", "Ministry of Defence").</summary>
        private static bool IsName(string text) =>
            text.Split(Space, StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "of" or "and" or "for" or "the");

        private static string StripArticle(string text) =>
            text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text.Substring(4).TrimStart() : text;

        /// <summary>
        /// Whether <paramref name="text"/> holds "'s " or "’s " (the s in either case), as
        /// <c>IndexOf("'s ", StringComparison.OrdinalIgnoreCase) &gt;= 0</c> and the same for "’s " find them, without the
        /// culture tables an ignore-case search for a non-ASCII needle goes through.
        /// </summary>
        internal static bool HasPossessiveBeforeSpace(string text)
        {
            for (var i = text.IndexOfAny(Apostrophes); i >= 0 && i + 2 < text.Length; i = text.IndexOfAny(Apostrophes, i + 1))
            {
                if (IsLetterS(text[i + 1]) && text[i + 2] == ' ')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="word"/> ends with "'s" or "’s" (the s in either case), as <c>EndsWith("'s",
        /// StringComparison.OrdinalIgnoreCase)</c> and the same for "’s" tell, without the culture tables; or is a plural's
        /// possessive, an s then an apostrophe ("Sanders'", "News’"; see <see cref="PossessiveLength"/>).
        /// </summary>
        internal static bool EndsWithPossessive(string word) => PossessiveLength(word) > 0;

        /// <summary>How many characters of <paramref name="word"/> mark it possessive: 2 for "'s", 1 for a plural's apostrophe after its s, 0 for none.</summary>
        internal static int PossessiveLength(string word)
        {
            var n = word.Length;
            if (n >= 2 && IsLetterS(word[n - 1]) && word[n - 2] is '\'' or '\u2019')
            {
                return 2;
            }

            return n >= 3 && word[n - 1] is '\'' or '\u2019' && IsLetterS(word[n - 2]) ? 1 : 0;
        }

        /// <summary>'s' or 'S': ordinal ignore-case maps no other letter to them (not even 'ſ', whose upper case is 'S').</summary>
        private static bool IsLetterS(char c) => c is 's' or 'S';

        /// <summary>Lower-cased letters and digits of the name without "the", words joined by single spaces.</summary>
        /// <remarks>Reads the name in place: the same key as trimming it, cutting a leading "the " and lower-casing what is left.</remarks>
        internal static string Key(string name)
        {
            // The name trimmed is name[first, end); "the " is cut when something other than white space follows it.
            var first = 0;
            while (first < name.Length && char.IsWhiteSpace(name[first]))
            {
                first++;
            }

            var end = name.Length;
            while (end > first && char.IsWhiteSpace(name[end - 1]))
            {
                end--;
            }

            if (end - first > 4 && name[first + 3] == ' ' && name[first] is 't' or 'T' && name[first + 1] is 'h' or 'H' && name[first + 2] is 'e' or 'E')
            {
                first += 4;
            }

            var length = end - first;
            Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
            var written = 0;
            var space = false;
            for (var i = first; i < end; i++)
            {
                var c = name[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (space && written > 0)
                    {
                        key[written++] = ' ';
                    }

                    key[written++] = char.ToLowerInvariant(c);
                    space = false;
                }
                else if (c is '\'' or '\u2019' or '.')
                {
                    // "U.S." and "US", "Iraq's" and "Iraqs" give one key.
                }
                else
                {
                    space = true;
                }
            }

            return written == 0 ? string.Empty : key.Slice(0, written).ToString();
        }
    }
}
