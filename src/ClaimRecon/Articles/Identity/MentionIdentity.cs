using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Quantities;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// What one numeric mention measures: the thing counted or described, the event or property, qualifiers, the
    /// quantity kind and unit, a normalised <see cref="Key"/>, and the spans (<see cref="Cues"/>) that decided them.
    /// </summary>
    /// <remarks>
    /// <para>The key is written <c>thing[-nationality][-from-X][-to-Y|-in-Y]/measure</c> in lowercase ASCII, such as
    /// <c>detainee-from-syria-to-iraq/transferred</c>; the thing is the class lemma of the head noun (prisoners and
    /// detainees are both <c>detainee</c>). It is the key this mention would have on its own; alignment across
    /// mentions and articles (<see cref="QuantityAlignment"/>) may give the quantity a merged key.</para>
    /// <para>A mention whose thing was only guessed (the nearest words before it, with no event or unit to confirm
    /// them) has <see cref="IsRecognised"/> false: it is kept and reported, with its own key, and never aligned with
    /// another mention.</para>
    /// <para>Immutable and thread-safe.</para>
    /// </remarks>
    public sealed class MentionIdentity
    {
        private static readonly char[] Space = { ' ' };

        private readonly IdentityCue[] _cues;
        private readonly string[] _qualifiers;
        private HashSet<string>? _names;

        internal MentionIdentity(
            string articleId,
            NumericMention mention,
            int sentenceStart,
            string sentence,
            string? thing,
            string? head,
            string? @event,
            IEnumerable<string> qualifiers,
            QuantityKind kind,
            Unit unit,
            string measure,
            bool isRecognised,
            IEnumerable<IdentityCue> cues,
            string? about = null)
        {
            About = about;
            ArticleId = articleId;
            Mention = mention;
            SentenceStart = sentenceStart;
            Sentence = sentence;
            Thing = thing;
            Head = head;
            Event = @event;
            _qualifiers = qualifiers.ToArray();
            Kind = kind;
            Unit = unit;
            Measure = measure;
            IsRecognised = isRecognised;
            _cues = cues.OrderBy(c => c.Start).ToArray();
            Key = new QuantityKey(KeyText.Subject(head, _qualifiers, isRecognised ? null : articleId + "-" + mention.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)), measure);
        }

        /// <summary>Returns a copy that measures another event, kind and measure, with the cue that decided it.</summary>
        internal MentionIdentity WithMeasure(string? @event, QuantityKind kind, string measure, IdentityCue cue) =>
            new(ArticleId, Mention, SentenceStart, Sentence, Thing, Head, @event, _qualifiers, kind, Unit, measure, IsRecognised, _cues.Append(cue), About);

        /// <summary>Gets the proper-name words of the thing ("TA-35", "Dow"), lowercase, without the head: two things whose names differ are different.</summary>
        internal HashSet<string> Names => _names ??= NamesOf(Thing, Head);

        /// <summary>Gets the identifier of the mention: the article's identifier, '@' and the mention's offset ("k24@1347").</summary>
        public string Id => ArticleId + "@" + Mention.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Gets the identifier of the article the mention is in.</summary>
        public string ArticleId { get; }

        /// <summary>Gets the numeric mention.</summary>
        public NumericMention Mention { get; }

        /// <summary>Gets the offset of the mention's sentence in the article.</summary>
        public int SentenceStart { get; }

        /// <summary>Gets the sentence the mention is in, as written.</summary>
        public string Sentence { get; }

        /// <summary>Gets the measured thing as written ("ISIS prisoners", "daily cost", "concrete wall"); null when none was found.</summary>
        public string? Thing { get; }

        /// <summary>
        /// Gets what the figure is about, as a reader would name it: the property or entity measured ("sales" for
        /// "sales of 2.4 billion pesos", "Harbour Freight" for "Harbour Freight, which employs 900 drivers", "hull
        /// strength" for "the hull strength was 12 ksi"); the thing when the thing is already a property (a cost, a change's
        /// subject, "X of" the figure); null when nothing was found, and when the figure only counts its own noun with
        /// nothing else in its clause to be about ("We counted 14 herons": the herons are its thing and its unit, as
        /// NewsQuant gives such a count no concept). When the figure concerns one thing that belongs to
        /// another, both are named, the first and, after a comma, its owner: "lens, camera" for "The camera has a 12 mm
        /// lens", "winds, storm" for "The storm brought winds of 90 mph".
        /// </summary>
        /// <remarks>
        /// This is the reading NewsQuant labels as a figure's referred concept; <see cref="Thing"/> is what is counted or
        /// measured. Alignment compares things, not this.
        /// </remarks>
        public string? About { get; }

        /// <summary>Gets the class lemma the thing is compared as ("detainee" for "ISIS prisoners"); null when no thing was found.</summary>
        public string? Head { get; }

        /// <summary>Gets the event or property, normalised: transfer, hold, cost, length, completed, nationality; null when none was read.</summary>
        public string? Event { get; }

        /// <summary>Gets the qualifiers, normalised as <c>role=value</c>: <c>from=syria</c>, <c>to=iraq</c>, <c>in=iraq</c>, <c>nationality=turkey</c>, <c>disease=measles</c>.</summary>
        public IReadOnlyList<string> Qualifiers => _qualifiers;

        /// <summary>Gets the quantity kind: cumulative count, level, target, flow (a rate) or ratio (a share).</summary>
        public QuantityKind Kind { get; }

        /// <summary>Gets the unit: the mention's own, or person for a count of people, or an opaque unit named after the thing counted.</summary>
        public Unit Unit { get; }

        /// <summary>Gets the measure part of the key ("transferred", "planned-transfer", "held", "cost-per-day", "share-turkey", "length").</summary>
        public string Measure { get; }

        /// <summary>Gets whether the quantity was recognised (see the remarks).</summary>
        public bool IsRecognised { get; }

        /// <summary>Gets this mention's own normalised key.</summary>
        public QuantityKey Key { get; }

        /// <summary>Gets the spans that decided the identity, in text order.</summary>
        public IReadOnlyList<IdentityCue> Cues => _cues;

        private static HashSet<string> NamesOf(string? thing, string? head)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (thing is null)
            {
                return names;
            }

            var words = thing.Split(Space, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i];
                var lower = w.ToLowerInvariant();
                var isName = w.Any(char.IsDigit) || (char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) == false && w.Length > 1) || (char.IsUpper(w[0]) && (i > 0 || words.Length > 1));
                if (isName && IdentityWords.ClassOf(IdentityWords.Lemma(lower)) != head && !IdentityWords.Function.Contains(lower))
                {
                    names.Add(lower);
                }
            }

            return names;
        }

        /// <summary>Returns the id, the mention text, the key and the kind, such as <c>k24@1347 "more than 5,000" detainee-from-syria-to-iraq/transferred (Cumulative)</c>.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => $"{Id} \"{Mention.Text}\" {Key} ({Kind}{(IsRecognised ? string.Empty : ", not recognised")})";
    }
}
