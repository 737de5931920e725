using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <content>How mentions are grouped: equal identities first, then the pairs that can reach the threshold, most similar first.</content>
    public sealed partial class QuantityAlignment
    {
        // The most two compatible mentions with different heads and no shared figure or short name can score
        // (0.6 × 0 + 0.25 × 1 + 0.15 × 1): above it, only pairs of one head, of one figure in one article or of a short
        // name need comparing.
        private const double UnrelatedHeadsAtMost = 0.4;

        // The head of "members", who are whoever the body they belong to is made of.
        private const string GenericMembers = "member";

        private static int Root(int[] parent, int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        // Groups the mentions (single link on similarity, complete link on compatibility, splits respected), joining
        // groups in parent, where pins are already joined.
        private static void Group(IReadOnlyList<MentionIdentity> list, double threshold, List<(int A, int B)> splits, int[] parent)
        {
            var roles = list.Select(Roles).ToArray();
            var classes = Classes(list, roles, splits, threshold);
            var first = classes.Select(c => c[0]).ToArray();
            foreach (var members in classes)
            {
                for (var k = 1; k < members.Count; k++)
                {
                    int a = Root(parent, members[k]), b = Root(parent, members[0]);
                    parent[a] = b;
                }
            }

            // Each group keeps its classes, so a merge reads them instead of searching every mention for them.
            var groups = new List<int>?[list.Count];
            for (var c = 0; c < classes.Count; c++)
            {
                (groups[Root(parent, first[c])] ??= new List<int>()).Add(c);
            }

            var pairs = Candidates(list, roles, classes, threshold);
            foreach (var (_, a, b) in pairs.OrderByDescending(p => p.Score).ThenBy(p => first[p.A]).ThenBy(p => first[p.B]))
            {
                int ra = Root(parent, first[a]), rb = Root(parent, first[b]);
                if (ra == rb)
                {
                    continue;
                }

                var left = groups[ra]!;
                var right = groups[rb]!;
                var allowed = left.All(x => right.All(y => Compatible(list[first[x]], list[first[y]], roles[first[x]], roles[first[y]])))
                    && !splits.Any(s => Separates(parent, s, ra, rb));
                if (allowed)
                {
                    parent[ra] = rb;
                    right.AddRange(left);
                    groups[ra] = null;
                }
            }
        }

        private static bool Separates(int[] parent, (int A, int B) split, int one, int other)
        {
            int a = Root(parent, split.A), b = Root(parent, split.B);
            return (a == one && b == other) || (a == other && b == one);
        }

        // Mentions whose identities are equal (recognised, same kind, unit, head, measure, thing and qualifier roles)
        // are alike to every other mention alike and always compatible with each other: one class each, in the order of
        // their first mention. A mention a split names, an unrecognised one, or one whose twin would score under the
        // threshold stays alone.
        private static List<List<int>> Classes(IReadOnlyList<MentionIdentity> list, Dictionary<string, string>[] roles, List<(int A, int B)> splits, double threshold)
        {
            var named = new HashSet<int>(splits.SelectMany(s => new[] { s.A, s.B }));
            var byIdentity = new Dictionary<(QuantityKind, Unit, string?, string, string?, string), List<int>>();
            var classes = new List<List<int>>();
            for (var i = 0; i < list.Count; i++)
            {
                var m = list[i];
                if (!m.IsRecognised || named.Contains(i) || !Compatible(m, m, roles[i], roles[i]) || Score(m, m, roles[i], roles[i], 1) < threshold)
                {
                    classes.Add(new List<int> { i });
                    continue;
                }

                var key = (m.Kind, m.Unit, m.Head, m.Measure, m.Thing, RolesText(roles[i]));
                if (byIdentity.TryGetValue(key, out var members))
                {
                    members.Add(i);
                }
                else
                {
                    byIdentity[key] = members = new List<int> { i };
                    classes.Add(members);
                }
            }

            return classes;
        }

        // The pairs of classes at or above the threshold, with their similarity (the highest over their mentions).
        private static List<(double Score, int A, int B)> Candidates(IReadOnlyList<MentionIdentity> list, Dictionary<string, string>[] roles, List<List<int>> classes, double threshold)
        {
            var blocks = new Dictionary<(QuantityKind Kind, string Measure, string? Head), List<int>>();
            var anyHead = threshold <= UnrelatedHeadsAtMost;
            for (var c = 0; c < classes.Count; c++)
            {
                var m = list[classes[c][0]];
                if (m.IsRecognised)
                {
                    var plan = m.Kind == QuantityKind.Target && (IsPlanPair(m.Measure, "planned-transfer") || IsPlanPair(m.Measure, "planned-hold"));
                    var key = (m.Kind, plan ? "a plan pair" : m.Measure, anyHead ? null : m.Head ?? "\0");
                    if (!blocks.TryGetValue(key, out var block))
                    {
                        blocks[key] = block = new List<int>();
                    }

                    block.Add(c);
                }
            }

            var pairs = new List<(double Score, int A, int B)>();
            void Consider(int c, int d, double head)
            {
                var (a, b) = (classes[c][0], classes[d][0]);
                if (Compatible(list[a], list[b], roles[a], roles[b]))
                {
                    var score = Score(list[a], list[b], roles[a], roles[b], head);
                    if (score >= threshold)
                    {
                        pairs.Add((score, Math.Min(c, d), Math.Max(c, d)));
                    }
                }
            }

            foreach (var block in blocks.Values)
            {
                for (var x = 0; x < block.Count; x++)
                {
                    for (var y = x + 1; y < block.Count; y++)
                    {
                        if (anyHead)
                        {
                            var score = ClassSimilarity(list, roles, classes[block[x]], classes[block[y]]);
                            if (score >= threshold)
                            {
                                pairs.Add((score, block[x], block[y]));
                            }
                        }
                        else
                        {
                            Consider(block[x], block[y], 1);
                        }
                    }
                }
            }

            if (!anyHead)
            {
                foreach (var (c, d) in AlikeWithOtherHeads(list, classes))
                {
                    Consider(c, d, 0.9);
                }
            }

            return pairs;
        }

        // Below the threshold for unrelated heads every pair is compared, mention by mention, as the remarks define it.
        private static double ClassSimilarity(IReadOnlyList<MentionIdentity> list, Dictionary<string, string>[] roles, List<int> one, List<int> other)
        {
            var best = 0.0;
            foreach (var a in one)
            {
                foreach (var b in other)
                {
                    best = Math.Max(best, SimilarityOf(list[a], list[b], roles[a], roles[b]));
                }
            }

            return best;
        }

        // Pairs of classes of different heads whose heads still score 0.9: one figure repeated in one article with
        // another noun, or a short name of the other's thing. Only pairs that could be compatible (same kind; same
        // measure or the plan pair) are given.
        private static HashSet<(int, int)> AlikeWithOtherHeads(IReadOnlyList<MentionIdentity> list, List<List<int>> classes)
        {
            var found = new HashSet<(int, int)>();
            void Add(int c, int d)
            {
                var (a, b) = (list[classes[c][0]], list[classes[d][0]]);
                var sameMeasure = a.Measure == b.Measure || (a.Kind == QuantityKind.Target && IsPlanPair(a.Measure, b.Measure));
                if (c != d && a.IsRecognised && b.IsRecognised && a.Kind == b.Kind && sameMeasure && a.Head != b.Head)
                {
                    found.Add((Math.Min(c, d), Math.Max(c, d)));
                }
            }

            var byFigure = new Dictionary<(string Article, NumericRange Range), List<int>>();
            var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var c = 0; c < classes.Count; c++)
            {
                foreach (var i in classes[c])
                {
                    var key = (list[i].ArticleId, list[i].Mention.Range);
                    if (!byFigure.TryGetValue(key, out var at))
                    {
                        byFigure[key] = at = new List<int>();
                    }

                    if (at.Count == 0 || at[at.Count - 1] != c)
                    {
                        at.Add(c);
                    }
                }

                var thing = list[classes[c][0]].Thing;
                foreach (var word in thing is null ? Array.Empty<string>() : thing.Split(Space, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Distinct())
                {
                    if (!byWord.TryGetValue(word, out var with))
                    {
                        byWord[word] = with = new List<int>();
                    }

                    with.Add(c);
                }
            }

            // Only classes of different heads can pair here (one head pairs in its block), so a figure repeated under
            // one head, or unrecognised, costs nothing however often it comes.
            foreach (var at in byFigure.Values)
            {
                if (at.Count < 2)
                {
                    continue;
                }

                var heads = at.Where(c => list[classes[c][0]].IsRecognised).GroupBy(c => list[classes[c][0]].Head ?? "\0", StringComparer.Ordinal).ToList();
                for (var x = 0; x < heads.Count; x++)
                {
                    for (var y = x + 1; y < heads.Count; y++)
                    {
                        foreach (var c in heads[x])
                        {
                            foreach (var d in heads[y])
                            {
                                Add(c, d);
                            }
                        }
                    }
                }
            }

            // A short name is a thing of capitalised words, every one of them a word of the long thing.
            for (var c = 0; c < classes.Count; c++)
            {
                var thing = list[classes[c][0]].Thing;
                var words = thing?.Split(Space, StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>();
                if (words.Length > 0 && words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit)))
                {
                    // The long thing holds every word of the short one: look among the holders of its rarest word.
                    var holders = words.Select(w => byWord[w.ToLowerInvariant()]).OrderBy(h => h.Count).First();
                    foreach (var d in holders)
                    {
                        if (ShortNameOf(list[classes[c][0]], list[classes[d][0]]))
                        {
                            Add(c, d);
                        }
                    }
                }
            }

            // Members who took part (of the union or party the story names) are the one other group the mentions count
            // as taking part, when there is exactly one: "12,000 teachers walked off the job" and "13,000 members joined
            // the walkout" count the strikers.
            var taking = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var c = 0; c < classes.Count; c++)
            {
                var m = list[classes[c][0]];
                if (m.IsRecognised && m.Measure == MentionReader.TookPart && m.Unit.Equals(Unit.Person) && m.Head is { } head)
                {
                    if (!taking.TryGetValue(head, out var with))
                    {
                        taking[head] = with = new List<int>();
                    }

                    with.Add(c);
                }
            }

            if (taking.Count == 2 && taking.TryGetValue(GenericMembers, out var members))
            {
                var others = taking.First(h => h.Key != GenericMembers).Value;
                foreach (var c in members)
                {
                    foreach (var d in others)
                    {
                        Add(c, d);
                    }
                }
            }

            return found;
        }
    }
}
