using System;
using System.Collections.Generic;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Resolves pronouns, definite descriptions and surnames to the sources named before them in the article.
    /// </summary>
    /// <remarks>
    /// The heuristic, in full (no parser, no gender guessing):
    /// <list type="bullet">
    /// <item>"he", "she", "I", "we" → the nearest source before it that is a person (named, or an official by role);</item>
    /// <item>"it" → the nearest body, organisation, outlet or document; "they" → the nearest source of any kind that is
    /// plural or an organisation, else the nearest source;</item>
    /// <item>"who"/"which" → the phrase before the comma that opens the relative clause ("CENTCOM, which estimates");
    /// a document's relative clause stands for the document's issuer ("figures from CENTCOM, which estimates" → CENTCOM);</item>
    /// <item>"the source", "the official", "those outlets", "the agency" (a determiner and lower-case words only) → the
    /// nearest source whose description holds the same head word, or, for outlet words, the nearest outlet or media group;
    /// a description that reads as a body or organisation ("the county", "the agency") skips the persons whose words
    /// hold it only before their head ("the county sheriff", "an agency spokesman"): a body is not one of its officials,
    /// though it may be the body one speaks for ("the company" after "a spokeswoman for the parent company");</item>
    /// <item>a generic word for a firm ("the company", "the firm", "the utility") or a public body ("the agency", "the
    /// department") that no earlier source's words hold → the nearest firm, or public body, named before;</item>
    /// <item>a single capitalised word that is the last word of a person named before ("Maan") → that person.</item>
    /// </list>
    /// "Nearest" counts in text order from the cue backwards, across sentences and paragraphs, over at most the
    /// <see cref="LookBack"/> sources named last. A phrase with no compatible antecedent is read as it stands.
    /// </remarks>
    internal sealed class Speakers
    {
        /// <summary>How many sources back a pronoun or description may reach (keeps resolution linear in the text).</summary>
        public const int LookBack = 50;

        private readonly List<(SourceReading Reading, TextSpan? Phrase)> _history = new();
        private readonly List<string?> _descriptions = new();

        /// <summary>Each source's head word and its organisation's name in lower case, made when a description that reads as a body first passes it.</summary>
        private readonly List<PersonWords?> _personWords = new();

        /// <summary>Records a source named in the text, with the words that named it (its description is made only when a definite description needs it).</summary>
        public void Add(SourceReading reading, TextSpan? phrase)
        {
            _history.Add((reading, phrase));
            _descriptions.Add(null);
            _personWords.Add(null);
        }

        public SourceReading? Last(Func<SourceReading, bool> fits)
        {
            for (var i = _history.Count - 1; i >= 0 && i >= _history.Count - LookBack; i--)
            {
                if (fits(_history[i].Reading))
                {
                    return _history[i].Reading;
                }
            }

            return null;
        }

        /// <summary>Resolves a pronoun; null when nothing compatible came before.</summary>
        public SourceReading? Pronoun(string pronoun)
        {
            switch (pronoun)
            {
                case "he":
                case "she":
                case "i":
                case "we":
                    return Last(r => r.IsPerson && !r.Plural)?.Because("resolve.pronoun.person") ?? Last(r => r.IsPerson)?.Because("resolve.pronoun.person");
                case "it":
                    return Last(r => !r.IsPerson && r.Speaker.Kind != SourceKind.Unattributed)?.Because("resolve.pronoun.organisation");
                case "they":
                    return (Last(r => r.Plural || r.Speaker.Kind is SourceKind.Organization or SourceKind.OfficialBody) ?? Last(_ => true))?.Because("resolve.pronoun.plural");
                default:
                    return null;
            }
        }

        /// <summary>Resolves "the source", "those outlets", "the agency"; null when nothing before fits.</summary>
        /// <param name="head">The description's last word, lower case.</param>
        /// <param name="body">Whether the description itself reads as a body or organisation ("the county"): then persons are skipped.</param>
        /// <param name="modifiers">
        /// The description's words between its determiner and its head, lower case ("finance" in "the finance ministry"):
        /// an earlier source is taken only where each stands in it too, so "the finance ministry" is not the interior
        /// ministry named before it. Possessives and words that only point back ("same", "said") are not passed.
        /// </param>
        public SourceReading? Definite(string head, bool body, IReadOnlyList<string> modifiers)
        {
            // "the agency" may be a wire service or a public body: its words decide, as for any body.
            var outletWord = CueLexicon.OutletNouns.Contains(head) && head != "agency";
            var singular = Singular(head);
            for (var i = _history.Count - 1; i >= 0 && i >= _history.Count - LookBack; i--)
            {
                var reading = _history[i].Reading;
                if (body && reading.IsPerson && (_personWords[i] ??= new PersonWords(reading)) is var person && !person.HeadIs(head, singular))
                {
                    // "the company" after "a spokeswoman for the parent company": the body the person speaks for.
                    if (person.Organisation is { } spokenFor && ContainsWord(spokenFor, singular) && ContainsAll(spokenFor, modifiers))
                    {
                        return new SourceReading(reading.Organisation!, null, "resolve.definite-description.body");
                    }

                    continue;
                }

                var description = _descriptions[i] ??= Describe(reading.Speaker.Role, reading.Speaker.Name, _history[i].Phrase);
                // The head itself needs no search of its own: where it stands as a word, its singular stands too (a word
                // may go on with "s"), and a head without a plural "s" is its own singular.
                if (outletWord ? reading.IsMedia || reading.IsOutletItself : ContainsWord(description, singular) && ContainsAll(description, modifiers))
                {
                    return reading.Because("resolve.definite-description");
                }
            }

            // "Acme Industries said ... The company said": a word for any firm (or any public body) stands for the nearest
            // one named before when no source's own words hold it; a firm word never reaches a public body, nor the reverse.
            var kind = GenericKind(singular);
            if (kind is not null && modifiers.Count == 0)
            {
                return Last(r => !r.IsPerson && !r.IsMedia && !r.IsOutletItself && r.Speaker.Kind == kind)?.Because("resolve.definite-description.generic");
            }

            return null;
        }

        /// <summary>
        /// What a definite description searches in a source: its role, its name and the words that named it, each lower case
        /// (as <see cref="string.ToLowerInvariant()"/> gives them), one space between.
        /// </summary>
        private static string Describe(string? role, string name, TextSpan? phrase)
        {
#if NET
            // Each part is lower-cased straight into the one string kept: no joined copy, no copy of the phrase first.
            role ??= string.Empty;
            var words = phrase is { } named ? named.Chars : default;
            var length = role.Length + 1 + name.Length + 1 + words.Length;
            Span<char> text = length <= 256 ? stackalloc char[length] : new char[length];
            role.AsSpan().ToLowerInvariant(text);
            text[role.Length] = ' ';
            name.AsSpan().ToLowerInvariant(text.Slice(role.Length + 1));
            text[role.Length + 1 + name.Length] = ' ';
            words.ToLowerInvariant(text.Slice(role.Length + name.Length + 2));
            return text.ToString();
#else
            return $"{role} {name} {phrase?.Text ?? string.Empty}".ToLowerInvariant();
#endif
        }

        /// <summary>
        /// The kind of source a generic word for a firm ("the company", "the firm", "the utility") or a public body ("the
        /// agency", "the department") stands for; null for any other word.
        /// </summary>
        internal static SourceKind? GenericKind(string singular) => singular switch
        {
            "company" or "firm" or "corporation" or "business" or "utility" or "airline" or "carrier" or "operator" or "retailer"
                or "lender" or "insurer" or "manufacturer" or "automaker" or "carmaker" or "developer" or "publisher" or "startup"
                or "conglomerate" or "chain" or "supplier" or "contractor" or "brand" => SourceKind.Organization,
            "agency" or "department" or "authority" or "administration" or "regulator" => SourceKind.OfficialBody,
            _ => null,
        };

        /// <summary>Resolves a surname to a person named earlier; null when none.</summary>
        public SourceReading? Surname(string word)
        {
            return Last(r => r.Speaker.Kind == SourceKind.NamedPerson && LastWord(r.Speaker.Name).Equals(word, StringComparison.OrdinalIgnoreCase))?.Because("resolve.surname");
        }

        /// <summary>
        /// The head word of a person's name or role: its last word before a comma or a preposition ("spokeswoman" in
        /// "spokeswoman for the company", "sheriff" in "county sheriff"); a named person ("Mara Lind") is headed by no
        /// common noun.
        /// </summary>
        private static string Head(string name)
        {
            var words = name.Split(' ');
            var last = words.Length - 1;
            for (var w = 1; w < words.Length; w++)
            {
                if (words[w] is "of" or "for" or "at" or "in" or "with" or "from" or "on" || words[w - 1].EndsWith(",", StringComparison.Ordinal))
                {
                    last = w - 1;
                    break;
                }
            }

            return words[last].TrimEnd(',', '.', ';', ':');
        }

        private static string LastWord(string name)
        {
            var space = name.LastIndexOf(' ');
            return space < 0 ? name : name.Substring(space + 1);
        }

        private static string Singular(string word) => word.EndsWith("s", StringComparison.Ordinal) && word.Length > 3 ? word.Substring(0, word.Length - 1) : word;

        private static bool ContainsAll(string text, IReadOnlyList<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (!ContainsWord(text, words[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// What a description that reads as a body compares with a person named before it: the head word of the person's
        /// name (and its singular), and the lower-case name of the organisation the person speaks for. Made once a source,
        /// not once a description, since an article's descriptions pass the same persons again and again.
        /// </summary>
        private sealed class PersonWords
        {
            private readonly string _head;
            private readonly string _singular;

            public PersonWords(SourceReading reading)
            {
                _head = Head(reading.Speaker.Name);
                _singular = Singular(_head);
                Organisation = reading.Organisation?.Name.ToLowerInvariant();
            }

            /// <summary>Gets the lower-case name of the organisation the person speaks for, or null.</summary>
            public string? Organisation { get; }

            /// <summary>Whether the person's name or role is headed by <paramref name="head"/> (or a word whose singular is <paramref name="singular"/>).</summary>
            public bool HeadIs(string head, string singular) =>
                _head.Equals(head, StringComparison.OrdinalIgnoreCase) || _singular.Equals(singular, StringComparison.OrdinalIgnoreCase);
        }

        private static bool ContainsWord(string text, string word)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var before = at == 0 || !char.IsLetter(text[at - 1]);
                var afterIndex = at + word.Length;
                var after = afterIndex >= text.Length || !char.IsLetter(text[afterIndex]) || text[afterIndex] == 's';
                if (before && after)
                {
                    return true;
                }

                at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
            }

            return false;
        }
    }
}
