using ClaimRecon.Articles.Identity;
using ClaimRecon.Hedging;

namespace ClaimRecon.Articles
{
    /// <summary>A figure given as a bound of an estimate: "our upper bound is around 24,000" says at most that much.</summary>
    /// <remarks>
    /// A figure right after "upper bound" or "lower bound" and "is", "was", "of" or "at" ("Even the upper bound is around
    /// 2,400", "a lower bound of 300") is the bound, not the value: at most the figure, or at least it. Its own hedge
    /// ("around") is dropped, the bound being the figure as said. A bare figure right after a verb of passing ("passes",
    /// "topped", "exceeds", "surpassed": "Outbreak tally passes 250") is more than the figure.
    /// </remarks>
    public static partial class ArticleReconciler
    {
        private static readonly string[] BoundVerbs = { " is", " was", " of", " at", " is put at", " was put at" };

        /// <summary>Verbs after which a bare figure is passed, so the value is more than it ("passes 250", "topped $4 million").</summary>
        private static readonly System.Collections.Generic.HashSet<string> PassVerbs = new(System.StringComparer.Ordinal)
        {
            "passes", "passed", "tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed",
        };

        /// <summary>The figure a bound stands for (<see cref="Hedge.AtMost"/> or <see cref="Hedge.AtLeast"/> of its value), or <paramref name="figure"/> when it is no bound.</summary>
        private static HedgedFigure BoundOf(MentionIdentity identity, HedgedFigure figure)
        {
            if (figure.Hedge is Hedge.Range or Hedge.Vague or Hedge.Between)
            {
                return figure;
            }

            var at = identity.Mention.Start - identity.SentenceStart;
            if (at <= 0 || at > identity.Sentence.Length)
            {
                return figure;
            }

            var before = identity.Sentence.Substring(0, at).TrimEnd().ToLowerInvariant();
            var lastSpace = before.LastIndexOf(' ');
            if (figure.Hedge == Hedge.None && PassVerbs.Contains(before.Substring(lastSpace + 1)))
            {
                // "Outbreak tally passes 250": more than 250.
                return HedgedFigure.Of(Hedge.MoreThan, figure.Value, figure.Wording);
            }

            foreach (var verb in BoundVerbs)
            {
                if (!before.EndsWith(verb, System.StringComparison.Ordinal))
                {
                    continue;
                }

                var head = before.Substring(0, before.Length - verb.Length);
                if (head.EndsWith("upper bound", System.StringComparison.Ordinal))
                {
                    return HedgedFigure.Of(Hedge.AtMost, figure.Value, figure.Wording);
                }

                if (head.EndsWith("lower bound", System.StringComparison.Ordinal))
                {
                    return HedgedFigure.Of(Hedge.AtLeast, figure.Value, figure.Wording);
                }
            }

            return figure;
        }
    }
}
