using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Proposes the relations an article's text implies, one article at a time: a rate per X × a count of X = the total
    /// (see <c>ProposeProducts</c>); a rate per period × a stated duration = the total over it; a figure per day and one
    /// per month in the same or adjacent sentences = a per-period conversion; "X percent holding Y nationality" of a count in the same sentence = the count of Y nationals
    /// named elsewhere in the article; "Of the N X, A were P and B were Q" = N is the sum of the parts (every figure after
    /// the whole in its sentence, at least two, all counts of the whole's unit and kind).
    /// </summary>
    internal static partial class RelationProposer
    {
        public static List<ProposedRelation> Propose(IReadOnlyList<MentionIdentity> mentions, IReadOnlyDictionary<string, QuantityKey> keyOf)
        {
            var proposed = new List<ProposedRelation>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in mentions.GroupBy(m => m.ArticleId, StringComparer.Ordinal))
            {
                var list = article.Where(m => m.IsRecognised).ToList();
                var index = new SentenceIndex(article.ToList());

                void Add(DerivedRelation relation, string rule, MentionIdentity at, params MentionIdentity[] involved)
                {
                    if (seen.Add(relation.ToString()))
                    {
                        proposed.Add(new ProposedRelation(relation.WithName("proposed: " + rule), rule, article.Key, at.SentenceStart, at.Sentence, involved));
                    }
                }

                ProposeProducts(article.ToList(), keyOf, index, Add);

                foreach (var total in list.Where(m => IsMoney(m) && m.Kind == QuantityKind.Flow && !PerPerson(m)))
                {
                    // Near it and before it: its own sentence or the one before.
                    var at = index.Number(total);
                    var shorter = index.In(at - 1, at).LastOrDefault(m => m.IsRecognised && m != total && IsMoney(m) && m.Kind == QuantityKind.Flow && !PerPerson(m)
                        && m.Mention.Start < total.Mention.Start && m.Unit.IsCommensurableWith(total.Unit) && !m.Unit.Equals(total.Unit));
                    if (shorter is not null && Distinct(keyOf[total.Id], keyOf[shorter.Id]))
                    {
                        Add(DerivedRelation.PerPeriod(keyOf[total.Id], keyOf[shorter.Id]), "the same amount per another period", total, total, shorter);
                    }
                }

                // The first count of each nationality and kind, for the parts that shares name.
                var firstOfNation = new Dictionary<(string, QuantityKind), MentionIdentity>();
                foreach (var m in list.Where(IsCount))
                {
                    foreach (var q in m.Qualifiers.Where(q => q.StartsWith("nationality=", StringComparison.Ordinal)))
                    {
                        Dictionaries.TryAdd(firstOfNation, (q, m.Kind), m);
                    }
                }

                foreach (var share in list.Where(m => m.Kind == QuantityKind.Ratio && m.Measure.StartsWith("share-", StringComparison.Ordinal)))
                {
                    var nation = share.Qualifiers.First(q => q.StartsWith("nationality=", StringComparison.Ordinal));
                    var whole = index.In(index.Number(share), index.Number(share)).Where(m => m.IsRecognised && IsCount(m) && !m.Qualifiers.Contains(nation))
                        .OrderBy(m => Math.Abs(m.Mention.Start - share.Mention.Start)).FirstOrDefault();
                    var part = whole is not null && firstOfNation.TryGetValue((nation, whole.Kind), out var first) ? first : null;
                    if (whole is not null && part is not null && Distinct(keyOf[part.Id], keyOf[share.Id], keyOf[whole.Id]))
                    {
                        Add(DerivedRelation.PercentOf(keyOf[part.Id], keyOf[share.Id], keyOf[whole.Id]), "a share of a count gives the part it names", share, part, share, whole);
                    }
                }

                foreach (var whole in list.Where(m => IsCount(m) && OpensAsWhole(m)))
                {
                    // "Of the 400 detainees, 250 were adults and 150 were children": every figure after the whole in its
                    // sentence is a part of the same unit and kind; with one unread or of another unit, nothing is proposed.
                    var after = index.In(index.Number(whole), index.Number(whole)).Where(m => m.Mention.Start > whole.Mention.Start).ToList();
                    if (after.Count >= 2 && after.All(m => m.IsRecognised && IsCount(m) && m.Unit.Equals(whole.Unit) && m.Kind == whole.Kind)
                        && whole.Sentence.IndexOf(',', whole.Mention.Start - whole.SentenceStart) is var comma && comma >= 0 && comma < after[0].Mention.Start - whole.SentenceStart)
                    {
                        var keys = new[] { keyOf[whole.Id] }.Concat(after.Select(m => keyOf[m.Id])).ToArray();
                        if (Distinct(keys))
                        {
                            Add(DerivedRelation.Sum(keys[0], keys.Skip(1).ToArray()), "the parts named of a whole add up to it", whole, new[] { whole }.Concat(after).ToArray());
                        }
                    }
                }
            }

            return proposed;
        }

        // The figure opens its sentence as "Of N ..." or "Of the N ...".
        private static bool OpensAsWhole(MentionIdentity m)
        {
            var before = m.Sentence.Substring(0, Math.Max(0, Math.Min(m.Sentence.Length, m.Mention.Start - m.SentenceStart))).Trim();
            return before.Equals("Of", StringComparison.OrdinalIgnoreCase) || before.Equals("Of the", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsMoney(MentionIdentity m) => m.Unit.Dimension.Exponents.Any(e => e.Key.StartsWith("money:", StringComparison.Ordinal));

        private static bool IsCount(MentionIdentity m) => m.Unit.Symbol == "person" || (m.Unit.IsOpaque && m.Kind != QuantityKind.Ratio);

        private static bool PerPerson(MentionIdentity m) => m.Unit.Dimension.Exponents.Any(e => e.Key == "person" && e.Value < 0);

        private static bool Distinct(params QuantityKey[] keys) => keys.Distinct().Count() == keys.Length;
    }
}
