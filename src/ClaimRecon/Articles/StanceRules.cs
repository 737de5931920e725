using ClaimRecon.Claims;
using ClaimRecon.Extraction;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Decides the stance of a figure from its cue and the words of its clause, first rule that applies:
    /// a denial verb ("denied", "rejected", "dismissed") → denies; a denial predicate in the content ("inaccurate",
    /// "false", "far lower than") → denies; an estimate verb or word ("estimated", "put the number at", "an estimated")
    /// → estimates; a report verb ("reported") by media, or any unattributed source ("circulating claims") → relays;
    /// otherwise asserts. A denial's direction comes from its words (<see cref="Direction(ArticleText, TextSpan?)"/>).
    /// </summary>
    internal static class StanceRules
    {
        /// <summary>How many tokens of a content the word rules read (a sentence's worth; keeps the work per figure bounded).</summary>
        private const int MaxScan = Sentences.MaxTokens;

        public static (Stance Stance, RuleDecision Decision) Decide(ArticleText article, Found? f, SourceReading reading, NumericMention mention)
        {
            if (f is null)
            {
                if (mention.HedgeText is { } h && h.IndexOf("estimated", System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return (Stance.Estimates, new RuleDecision(AttributionPart.Stance, "stance.estimated-hedge"));
                }

                return (Stance.Asserts, new RuleDecision(AttributionPart.Stance, "stance.outlet-asserts"));
            }

            var cue = article.Span(article.Tokens[f.CueFirst].Start, article.Tokens[f.CueEnd - 1].End);
            if (f.VerbStance == Stance.Denies)
            {
                return (Stance.Denies, new RuleDecision(AttributionPart.Stance, "stance.denial-verb", cue));
            }

            if (DenialOf(article, f) is { } denial)
            {
                return (Stance.Denies, new RuleDecision(AttributionPart.Stance, "stance.denial-predicate", denial));
            }

            if (f.VerbStance == Stance.Estimates)
            {
                return (Stance.Estimates, new RuleDecision(AttributionPart.Stance, "stance.estimate-verb", cue));
            }

            if (mention.HedgeText is { } hedge && hedge.IndexOf("estimated", System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return (Stance.Estimates, new RuleDecision(AttributionPart.Stance, "stance.estimated-hedge"));
            }

            if (EstimateWord(article, f.ContentStart, mention.Start) is { } estimate)
            {
                return (Stance.Estimates, new RuleDecision(AttributionPart.Stance, "stance.estimate-word", estimate));
            }

            if (reading.Speaker.Kind == SourceKind.Unattributed)
            {
                return (Stance.Relays, new RuleDecision(AttributionPart.Stance, "stance.unattributed", cue));
            }

            if (f.VerbStance == Stance.Relays && (reading.IsMedia || reading.IsOutletItself))
            {
                return (Stance.Relays, new RuleDecision(AttributionPart.Stance, "stance.media-report", cue));
            }

            return (Stance.Asserts, new RuleDecision(AttributionPart.Stance, "stance.asserts", cue));
        }

        /// <summary>
        /// Which way a denial puts the truth, from its words: "exaggerated", "an exaggeration", "overstated", "inflated", "an overestimate",
        /// "lower/smaller than", "too high/large" → lower; "understated", "an underestimate", "undercounted", "higher/larger
        /// than", "too low/small" → higher; otherwise none.
        /// </summary>
        public static DenialDirection Direction(string? denialWords)
        {
            var words = denialWords?.ToLowerInvariant() ?? string.Empty;
            if (words.Contains("too low") || words.Contains("too small"))
            {
                return DenialDirection.Higher;
            }

            if (words.Contains("exaggerat") || words.Contains("overstat") || words.Contains("inflated") || words.Contains("overestimat") || words.Contains("overcount")
                || words.Contains("lower") || words.Contains("smaller") || words.Contains("too high") || words.Contains("too large"))
            {
                return DenialDirection.Lower;
            }

            return words.Contains("understat") || words.Contains("underestimat") || words.Contains("undercount") || words.Contains("underreport")
                || words.Contains("higher") || words.Contains("larger") ? DenialDirection.Higher : DenialDirection.None;
        }

        /// <summary>
        /// Which way a denial puts the truth, from its words or, for a verb that says none ("rejected"), from an "as" phrase
        /// after it in its sentence: "rejected the estimate as too low" → higher, "dismissed it as inflated" → lower.
        /// </summary>
        internal static DenialDirection Direction(ArticleText article, TextSpan? words)
        {
            if (words is not { } span)
            {
                return DenialDirection.None;
            }

            var direction = Direction(span.Text);
            if (direction != DenialDirection.None || article.Sentences.Count == 0)
            {
                return direction;
            }

            var sentenceEnd = article.Sentences[article.SentenceAt(span.Start)].End;
            var after = article.TokenAt(span.Start + span.Length);
            for (var t = after; t < article.Tokens.Count && t < after + 12 && article.Tokens[t].Start < sentenceEnd; t++)
            {
                if (article.Word(t) == "as")
                {
                    var end = System.Math.Min(t + 4, article.Tokens.Count);
                    while (end > t + 1 && article.Tokens[end - 1].Start >= sentenceEnd)
                    {
                        end--;
                    }

                    return end > t + 1 ? Direction(article.Span(article.Tokens[t + 1].Start, article.Tokens[end - 1].End).Text) : DenialDirection.None;
                }
            }

            return DenialDirection.None;
        }

        /// <summary>The first denial word of an attribution's content, looked for once per attribution.</summary>
        internal static TextSpan? DenialOf(ArticleText article, Found f)
        {
            if (!f.DenialChecked)
            {
                f.Denial = DenialPredicate(article, f.ContentStart, f.ContentEnd);
                f.DenialChecked = true;
            }

            return f.Denial;
        }

        /// <summary>The first denial word of a content ("inaccurate", "far lower than"), or null.</summary>
        /// <summary>Whether "a" or "an" stands before token <paramref name="t"/>, with at most two words between ("a gross underestimate", "an overestimate").</summary>
        private static bool AfterArticle(ArticleText article, int t)
        {
            for (var k = t - 1; k >= 0 && k >= t - 3; k--)
            {
                if (article.Word(k) is "a" or "an")
                {
                    return true;
                }

                if (article.Word(k) is null or "not" or "never" or "to" or "t" or "don't" or "do")
                {
                    return false;
                }
            }

            return false;
        }

        internal static TextSpan? DenialPredicate(ArticleText article, int start, int end)
        {
            // Only the tokens that can open a denial predicate are visited (ArticleText.DenialWords), from the first
            // token of the content up to its end or MaxScan tokens, whichever comes first.
            var first = article.TokenAt(start);
            var candidates = article.DenialWords();
            var i = System.Array.BinarySearch(candidates, first);
            for (i = i < 0 ? ~i : i; i < candidates.Length; i++)
            {
                var t = candidates[i];
                if (article.Tokens[t].Start >= end || t >= first + MaxScan)
                {
                    break;
                }

                var w = article.KnownWord(t)!;
                if (CueLexicon.DenialPredicates.Contains(w) && (!CueLexicon.DenialNounsOnly.Contains(w) || AfterArticle(article, t)))
                {
                    return article.TokenSpan(t, t + 1);
                }

                if (w is "lower" or "higher" or "smaller" or "larger" && article.Word(t + 1) == "than" && (article.Word(t - 1) is "far" or "much" or "significantly" || article.Word(t + 2) is "reported" or "claimed" or "what"))
                {
                    return article.TokenSpan(article.Word(t - 1) is "far" or "much" or "significantly" ? t - 1 : t, t + 2);
                }

                if (w == "not" && article.Word(t + 1) is "true" or "accurate" or "correct")
                {
                    return article.TokenSpan(t, t + 2);
                }

                if (w == "too" && article.Word(t + 1) is "low" or "high" or "small" or "large" && FigureNounBefore(article, first, t))
                {
                    // "the earlier count of 3,000 was too low": a figure said to be wrong one way (not "rents are too high").
                    return article.TokenSpan(t, t + 2);
                }
            }

            return null;
        }

        /// <summary>Whether a noun for a figure ("count", "figure", "estimate", "number", "tally", "total", "toll") stands in the eight words before <paramref name="t"/>, from <paramref name="first"/> on.</summary>
        private static bool FigureNounBefore(ArticleText article, int first, int t)
        {
            for (var k = t - 1; k >= first && k >= t - 8; k--)
            {
                if (article.Word(k) is "count" or "counts" or "figure" or "figures" or "estimate" or "estimates" or "number" or "numbers" or "tally" or "total" or "toll")
                {
                    return true;
                }
            }

            return false;
        }

        private static TextSpan? EstimateWord(ArticleText article, int start, int end)
        {
            var last = article.TokenAt(end);
            for (var t = System.Math.Max(article.TokenAt(start), last - MaxScan); t < article.Tokens.Count && article.Tokens[t].Start < end; t++)
            {
                if (article.KnownWord(t) is "estimated" or "estimate" or "estimates" or "projected" or "forecast" && article.Word(t - 1) is not ("which" or "who" or "that"))
                {
                    return article.TokenSpan(t, t + 1);
                }
            }

            return null;
        }
    }
}
