using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Gives one key to mentions, in one article or across articles, that measure the same thing, and proposes the
    /// relations their articles imply.
    /// </summary>
    /// <remarks>
    /// <para>Two mentions are <b>compatible</b> when both are recognised, their units are commensurable (a figure with no
    /// unit of its own, "the number of migrants is 9,000", counts persons when "migrants" does elsewhere), their kinds are
    /// equal, their measures are equal (or both are targets and one is a planned transfer, the other a planned hold: a
    /// plan to move people into a place is a plan to hold them there), and no qualifier conflicts ("from Syria" against
    /// "from Iran"; "to" and "in" count as one role; a nationality must be on both or neither), and the things' proper
    /// names, where both have some, share one ("the TA-35 index" and "the TA-125 index" are two things; a capitalised first
    /// word counts as a name when the thing has more words, so "the Lakeside Index" and "the Harbour Index" are two).</para>
    /// <para>Their <b>similarity</b> (<see cref="Similarity"/>) is 0 unless compatible, else
    /// 0.6 × head + 0.25 × event + 0.15 × qualifiers: head 1 for the same class lemma, 0.9 for the same figure repeated
    /// in one article with another noun ("2,250 terrorists" then "2,250 detainees") or for a short name of the other
    /// thing (every word of one thing is a capitalised name without digits and a word of the other, longer thing: "the
    /// Dow" and "the Dow Jones Industrial Average"), else 0; event 1 for the same
    /// measure, 0.8 for the planned transfer/hold pair; qualifiers the share of roles that agree, a role on one side only
    /// counting half, 0.5 when neither has any. With the default threshold 0.75 a pair needs the same head class and the
    /// same event; different heads never align (0.4 at most), with one exception: members who took part ("900 members
    /// joined the walkout") score head 0.9 with the one other group of persons the mentions count as taking part ("800
    /// nurses walked off the job"), when there is exactly one such group (<see cref="Similarity"/>, which sees two
    /// mentions only, scores such a pair as any two different heads). The threshold was chosen for precision: a wrong merge
    /// hides a contradiction, a missed one only fails to find it.</para>
    /// <para>Pins are applied first and override compatibility. Then mentions whose identities are equal (recognised,
    /// same kind, unit, head, measure, thing and qualifiers by role) are one group, unless a split names one of them or
    /// the threshold is above their similarity to each other. Then groups merge greedily, most similar pair first (single
    /// link on similarity; ties in the order of the groups' first mentions), but two groups merge only if every pair
    /// across them is compatible (complete link on compatibility) and no split separates them.</para>
    /// <para>Immutable and thread-safe. With a threshold above 0.4 (the default is) only pairs that can reach it are
    /// compared: groups of equal identities of one head and measure, one figure repeated in an article, a short name and
    /// the things holding its words. Cost is then linear in the mentions for text that repeats its quantities, and
    /// quadratic only in the number of <i>different</i> identities that share a head and a measure (or a figure in one
    /// article). With a threshold of 0.4 or less every pair of groups of one kind and measure is compared.</para>
    /// </remarks>
    public sealed partial class QuantityAlignment
    {
        private static readonly char[] Space = { ' ' };
        private readonly AlignedQuantity[] _quantities;
        private readonly ProposedRelation[] _relations;
        private readonly Dictionary<string, AlignedQuantity> _byMention;

        private QuantityAlignment(AlignedQuantity[] quantities, ProposedRelation[] relations)
        {
            _quantities = quantities;
            _relations = relations;
            _byMention = new Dictionary<string, AlignedQuantity>(StringComparer.Ordinal);
            foreach (var q in quantities)
            {
                foreach (var m in q.Mentions)
                {
                    _byMention[m.Id] = q;
                }
            }
        }

        /// <summary>Gets the quantities, in the order of their first mention.</summary>
        public IReadOnlyList<AlignedQuantity> Quantities => _quantities;

        /// <summary>Gets the relations the articles imply, proposed for review (see <see cref="ProposedRelation"/>).</summary>
        public IReadOnlyList<ProposedRelation> Relations => _relations;

        /// <summary>Aligns mentions read by <see cref="QuantityReader"/> from one or more articles.</summary>
        /// <param name="mentions">The mentions, article by article, each article in text order. Buffered.</param>
        /// <param name="options">Threshold, pins and splits; <see cref="AlignmentOptions.Default"/> when null.</param>
        /// <returns>The alignment: every mention is in exactly one quantity.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or one of its items is null.</exception>
        /// <exception cref="ArgumentException">Two mentions share an identifier; a pin or split names an unknown mention; a pair is both pinned and split.</exception>
        public static QuantityAlignment Align(IEnumerable<MentionIdentity> mentions, AlignmentOptions? options = null)
        {
            var list = Preconditions.CopyNoNulls(mentions);
            options ??= AlignmentOptions.Default;
            var index = Preconditions.IndexUnique(list, m => m.Id, StringComparer.Ordinal, nameof(mentions), "mention id");
            var n = list.Count;
            var parent = Enumerable.Range(0, n).ToArray();
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                position[list[i].Id] = i;
            }

            int At(string id, string what) => position.TryGetValue(id, out var p)
                ? p
                : throw new ArgumentException($"The {what} names the mention \"{id}\", which is not among the mentions aligned.", nameof(options));

            var splits = options.Splits.Select(s => (At(s.Key, "split"), At(s.Value, "split"))).ToList();
            foreach (var pin in options.Pins)
            {
                var (a, b) = (At(pin.Key, "pin"), At(pin.Value, "pin"));
                if (splits.Any(s => (s.Item1 == a && s.Item2 == b) || (s.Item1 == b && s.Item2 == a)))
                {
                    throw new ArgumentException($"The mentions \"{pin.Key}\" and \"{pin.Value}\" are both pinned together and split apart.", nameof(options));
                }

                parent[Root(parent, a)] = Root(parent, b);
            }

            Group(list, options.Threshold, splits, parent);
            var groups = Enumerable.Range(0, n).GroupBy(i => Root(parent, i)).OrderBy(g => g.Min()).Select(g => g.Select(i => list[i]).ToList()).ToList();
            var used = new HashSet<QuantityKey>();
            var quantities = new List<AlignedQuantity>();
            foreach (var group in groups)
            {
                quantities.Add(new AlignedQuantity(QuantityOf(group, used), group));
            }

            var keyOf = new Dictionary<string, QuantityKey>(StringComparer.Ordinal);
            foreach (var q in quantities)
            {
                foreach (var m in q.Mentions)
                {
                    keyOf[m.Id] = q.Quantity.Key;
                }
            }

            _ = index;
            return new QuantityAlignment(quantities.ToArray(), RelationProposer.Propose(list, keyOf).ToArray());
        }

        /// <summary>Gets the key of the quantity a mention was aligned into.</summary>
        /// <param name="mentionId">The mention's <see cref="MentionIdentity.Id"/>.</param>
        /// <returns>The key.</returns>
        /// <exception cref="ArgumentException">No mention has that identifier; the message gives it.</exception>
        public QuantityKey KeyOf(string mentionId) => QuantityOf(mentionId).Quantity.Key;

        /// <summary>Gets the quantity a mention was aligned into.</summary>
        /// <param name="mentionId">The mention's <see cref="MentionIdentity.Id"/>.</param>
        /// <returns>The quantity and its mentions.</returns>
        /// <exception cref="ArgumentException">No mention has that identifier; the message gives it.</exception>
        public AlignedQuantity QuantityOf(string mentionId) =>
            _byMention.TryGetValue(Preconditions.NotNull(mentionId), out var q)
                ? q
                : throw new ArgumentException($"No mention \"{mentionId}\" was aligned.", nameof(mentionId));

        /// <summary>Gets how alike two mentions' quantities are, in [0, 1]; 0 when they are not compatible (see the remarks on <see cref="QuantityAlignment"/>).</summary>
        /// <param name="a">One mention.</param>
        /// <param name="b">The other.</param>
        /// <returns>The similarity.</returns>
        /// <exception cref="ArgumentNullException">A mention is null.</exception>
        public static double Similarity(MentionIdentity a, MentionIdentity b)
        {
            Preconditions.NotNull(a);
            Preconditions.NotNull(b);
            return SimilarityOf(a, b, Roles(a), Roles(b));
        }

        private static double SimilarityOf(MentionIdentity a, MentionIdentity b, Dictionary<string, string> qa, Dictionary<string, string> qb)
        {
            if (!Compatible(a, b, qa, qb))
            {
                return 0;
            }

            double head;
            if (a.Head == b.Head)
            {
                head = 1;
            }
            else if ((a.ArticleId == b.ArticleId && a.Mention.Range.Equals(b.Mention.Range)) || ShortNameOf(a, b) || ShortNameOf(b, a))
            {
                head = 0.9;
            }
            else
            {
                head = 0;
            }

            return Score(a, b, qa, qb, head);
        }

        // The similarity of two compatible mentions whose heads score head (1, 0.9 or 0).
        private static double Score(MentionIdentity a, MentionIdentity b, Dictionary<string, string> qa, Dictionary<string, string> qb, double head)
        {
            var @event = a.Measure == b.Measure ? 1 : 0.8;
            var roles = qa.Keys.Union(qb.Keys).ToList();
            var qualifiers = roles.Count == 0 ? 0.5 : roles.Sum(r => qa.ContainsKey(r) && qb.ContainsKey(r) ? 1 : 0.5) / roles.Count;
            return (0.6 * head) + (0.25 * @event) + (0.15 * qualifiers);
        }

        private static bool Compatible(MentionIdentity a, MentionIdentity b, Dictionary<string, string> qa, Dictionary<string, string> qb)
        {
            if (!a.IsRecognised || !b.IsRecognised || a.Kind != b.Kind || !(a.Unit.IsCommensurableWith(b.Unit) || CountOfSameThing(a, b) || CountOfSameThing(b, a)))
            {
                return false;
            }

            if (a.Measure != b.Measure && !(a.Kind == QuantityKind.Target && IsPlanPair(a.Measure, b.Measure)))
            {
                return false;
            }

            if (a.Names.Count > 0 && b.Names.Count > 0 && !a.Names.Overlaps(b.Names))
            {
                return false;
            }

            foreach (var pair in qa)
            {
                if (qb.TryGetValue(pair.Key, out var other) && other != pair.Value)
                {
                    return false;
                }
            }

            return qa.ContainsKey("nationality") == qb.ContainsKey("nationality");
        }

        // "the Dow" is a short name of "the Dow Jones Industrial Average": every word of the short thing is a capitalised
        // name and a word of the long one, which has more words.
        private static bool ShortNameOf(MentionIdentity shortOne, MentionIdentity longOne)
        {
            if (shortOne.Thing is null || longOne.Thing is null)
            {
                return false;
            }

            var shortWords = shortOne.Thing.Split(Space, StringSplitOptions.RemoveEmptyEntries);
            var longWords = new HashSet<string>(longOne.Thing.Split(Space, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
            return shortWords.Length > 0 && shortWords.Length < longWords.Count
                && shortWords.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit) && longWords.Contains(w.ToLowerInvariant()));
        }

        // "the number of migrants ... is 9,000" has no unit of its own; "9,000 migrants" elsewhere is a count of persons.
        private static bool CountOfSameThing(MentionIdentity opaque, MentionIdentity other) =>
            opaque.Unit.IsOpaque && opaque.Unit.Symbol == "{" + opaque.Head + "}" && other.Unit.Symbol == "person" && other.Head == opaque.Head;

        private static bool IsPlanPair(string x, string y) =>
            (x == "planned-transfer" && y == "planned-hold") || (x == "planned-hold" && y == "planned-transfer");

        /// <summary>A mention's qualifiers by role ("from", "to", ...), with "in" read as "to"; alignment and the reading of bare counts compare them.</summary>
        internal static Dictionary<string, string> Roles(MentionIdentity m)
        {
            var roles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var q in m.Qualifiers)
            {
                var eq = q.IndexOf('=');
                var role = q.Substring(0, eq);
                roles[role == "in" ? "to" : role] = q.Substring(eq + 1);
            }

            return roles;
        }

        /// <summary>Qualifiers by role as one text, roles in ordinal order ("from=syria\nto=iraq"): equal texts, equal roles.</summary>
        internal static string RolesText(Dictionary<string, string> roles) =>
            string.Join("\n", roles.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + "=" + r.Value));

        private static Quantity QuantityOf(List<MentionIdentity> group, HashSet<QuantityKey> used)
        {
            var first = group[0];
            QuantityKey key;
            if (group.Count == 1 || !first.IsRecognised)
            {
                key = first.Key;
            }
            else
            {
                var head = MostCommon(group.Select(m => m.Head ?? "figure"));
                var measure = MostCommon(group.Select(m => m.Measure));
                var qualifiers = group.SelectMany(m => m.Qualifiers).GroupBy(q => q.Substring(0, q.IndexOf('=')), StringComparer.Ordinal)
                    .Select(g => MostCommon(g)).ToList();
                if (qualifiers.Any(q => q.StartsWith("to=", StringComparison.Ordinal)))
                {
                    qualifiers.RemoveAll(q => q.StartsWith("in=", StringComparison.Ordinal));
                }

                key = new QuantityKey(KeyText.Subject(head, qualifiers, null), measure);
            }

            var unique = key;
            for (var k = 2; !used.Add(unique); k++)
            {
                unique = new QuantityKey(key.Subject, key.Measure + "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var kind = first.Kind;
            var unit = group.Select(m => m.Unit).FirstOrDefault(u => !u.IsOpaque) ?? first.Unit;
            // A count per period ("about 2.5 cases a day") may be fractional; a count itself may not.
            var domain = (unit.Symbol == "person" || unit.IsOpaque) && kind != QuantityKind.Flow ? ValueDomain.NonNegativeInteger : ValueDomain.NonNegativeReal;
            var articles = group.Select(m => m.ArticleId).Distinct().Count();
            var things = string.Join(", ", group.Where(m => m.Thing is not null).Select(m => "\"" + m.Thing + "\"").Distinct().Take(4));
            var description = first.IsRecognised
                ? $"{(things.Length == 0 ? "(no thing named)" : things)}; {first.Measure}; read from {group.Count} mention(s) in {articles} article(s)."
                : $"Not recognised: no thing, event or unit identifies the figure \"{first.Mention.Text}\" in {first.ArticleId}; review it.";
            return new Quantity(unique, unit, kind, domain, description);
        }

        private static string MostCommon(IEnumerable<string> values) =>
            values.Select((v, i) => (v, i)).GroupBy(x => x.v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.i)).First().Key;
    }
}
