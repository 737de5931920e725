using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <content>The figures of one article by sentence, so rules that look at neighbouring sentences read only those.</content>
    internal static partial class RelationProposer
    {
        /// <summary>An article's figures numbered by sentence (sentences with figures, in text order) and listed per sentence in the order given.</summary>
        private sealed class SentenceIndex
        {
            private readonly Dictionary<int, int> _numberOf = new();
            private readonly List<List<MentionIdentity>> _figures = new();

            /// <summary>Indexes <paramref name="mentions"/>, given in text order.</summary>
            public SentenceIndex(List<MentionIdentity> mentions)
            {
                var starts = new SortedSet<int>();
                foreach (var m in mentions)
                {
                    starts.Add(m.SentenceStart);
                }

                foreach (var start in starts)
                {
                    _numberOf[start] = _figures.Count;
                    _figures.Add(new List<MentionIdentity>());
                }

                foreach (var m in mentions)
                {
                    _figures[_numberOf[m.SentenceStart]].Add(m);
                }
            }

            /// <summary>The number of a figure's sentence among the sentences with figures.</summary>
            public int Number(MentionIdentity m) => _numberOf[m.SentenceStart];

            /// <summary>The figures of sentences <paramref name="first"/> to <paramref name="last"/> (numbers outside the article are skipped), sentence by sentence.</summary>
            public IEnumerable<MentionIdentity> In(int first, int last)
            {
                for (var s = System.Math.Max(0, first); s <= last && s < _figures.Count; s++)
                {
                    foreach (var m in _figures[s])
                    {
                        yield return m;
                    }
                }
            }
        }
    }
}
