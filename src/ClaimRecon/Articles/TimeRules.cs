using System.Collections.Generic;
using ClaimRecon.Extraction;
using ClaimRecon.Time;
using NodaTime;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Decides when a figure was said and what time it describes.
    /// </summary>
    /// <remarks>
    /// <para><b>Said.</b> A time phrase attached to the cue ("on Saturday announced", "said in late January", "told
    /// state media on Saturday") resolved by <see cref="TimeExpressions"/> (<c>stated-at.cue-time</c>); a phrase that
    /// points back ("announcing on the same day", "said the day before") resolved against the previous dated event in
    /// the text (<c>stated-at.anaphoric</c>, see <see cref="PreviousTime"/>); otherwise the article's
    /// <see cref="Article.PublishedTime"/>, a moment or, for an article known only by its day, that day
    /// (<c>stated-at.published</c>).</para>
    /// <para><b>Described.</b> Within the figure's clause (no comma, semicolon, colon or dash between),
    /// the nearest of: "so far", "to date", "thus far", "already" → the day it was said (<c>describes.so-far</c>);
    /// "since X" → from X to the day it was said (<c>describes.since</c>), also when X closes a clause that "since" opens
    /// ("since the outbreak began in January"); "by (the end of) X" → X's last day (<c>describes.by</c>); "the start of X"
    /// → X's first day; "at the start/end of X" → that day (<c>describes.on</c>); "the week/month/year" after "start of"
    /// or "end of" → the one holding the day it was said; "in/during X", "last/this week/month/year" → X
    /// (<c>describes.in</c>); "on X", or a weekday's possessive ("Saturday's march") → that day (<c>describes.on</c>);
    /// else a present or
    /// past perfect ("have been transferred") → the day it was said (<c>describes.perfect</c>), unless the figure sits in a
    /// participle phrase ("a wall stretching 600 kilometers"); else unknown (null: a claim's reference time then falls back
    /// to when it was said).</para>
    /// </remarks>
    internal static class TimeRules
    {
        public static (TimeReference Stated, RuleDecision Decision) StatedAt(ArticleText article, Found? f, Article source)
        {
            var published = source.Published;
            var owner = f;
            while (owner is not null && owner.SaidTimeFirst < 0 && owner.SubjectOf is not null)
            {
                owner = owner.SubjectOf;
            }

            if (owner is not null && owner.SaidTimeFirst >= 0)
            {
                var span = article.TokenSpan(owner.SaidTimeFirst, owner.SaidTimeEnd);
                var words = Words(article, owner.SaidTimeFirst, owner.SaidTimeEnd);

                if (TimeExpressions.Resolve(words, published.Date, span.Text) is { } resolved)
                {
                    return (resolved, new RuleDecision(AttributionPart.StatedAt, "stated-at.cue-time", span));
                }

                if (TimeExpressions.IsAnaphoric(words) && PreviousTime(article, owner.SaidTimeFirst, published.Date) is { } anchor
                    && TimeExpressions.ResolveAnaphoric(words, anchor, span.Text) is { } back)
                {
                    return (back, new RuleDecision(AttributionPart.StatedAt, "stated-at.anaphoric", span));
                }
            }

            return (source.PublishedTime, new RuleDecision(AttributionPart.StatedAt, "stated-at.published"));
        }

        public static (TimeReference? Describes, RuleDecision Decision) Describes(ArticleText article, Sentence sentence, NumericMention mention, TimeReference stated, Found? f)
        {
            var first = article.TokenAt(mention.Start);
            var last = article.TokenAt(mention.Start + mention.Length - 1);
            var left = first;
            while (left - 1 >= sentence.FirstToken && !IsClauseMark(article.Tokens[left - 1].Kind))
            {
                left--;
            }

            var right = last + 1;
            while (right < sentence.EndToken && !IsClauseMark(article.Tokens[right].Kind))
            {
                right++;
            }

            TimeReference? best = null;
            RuleDecision? decision = null;
            var bestDistance = int.MaxValue;
            var perfect = -1;
            for (var t = left; t < right; t++)
            {
                if (t >= first && t <= last)
                {
                    continue;
                }

                if (f is not null && f.SaidTimeFirst >= 0 && t >= f.SaidTimeFirst && t < f.SaidTimeEnd)
                {
                    continue;
                }

                // Every word that opens a time phrase is a known word flagged as one, or a weekday's possessive: the rest are passed over unread.
                if (!article.HasFlag(t, KnownWords.TimeOpener))
                {
                    if (article.Tokens[t].Capitalised && (t < first ? first - t : t - last) < bestDistance && WeekdaysEvent(article, t, stated) is { } day)
                    {
                        // "Saturday's march brought 20,000 people": the day of the event the figure is of.
                        best = day;
                        bestDistance = t < first ? first - t : t - last;
                        decision = new RuleDecision(AttributionPart.Describes, "describes.on", article.TokenSpan(t, t + 1));
                    }

                    continue;
                }

                var w = article.KnownWord(t)!;

                var distance = t < first ? first - t : t - last;
                if (distance >= bestDistance)
                {
                    continue;
                }

                TimeReference? found = null;
                string? rule = null;
                var end = t + 1;
                if ((w == "so" && article.Word(t + 1) == "far") || (w == "to" && article.Word(t + 1) == "date") || (w == "thus" && article.Word(t + 1) == "far") || w == "already")
                {
                    end = w == "already" ? t + 1 : t + 2;
                    found = AsOf(stated, article.TokenSpan(t, end).Text);
                    rule = "describes.so-far";
                }
                else if (w is "since" or "by" or "in" or "on" or "during" or "last" or "this" or "as" || (w == "at" && StartOrEndOf(article, t + 1)))
                {
                    end = PhraseEnd(article, t + 1, right);
                    if (w == "as" && article.Word(t + 1) == "of")
                    {
                        end = PhraseEnd(article, t + 2, right);
                    }

                    if (end > t + 1)
                    {
                        var words = Words(article, w is "last" or "this" ? t : t + 1, end);
                        var label = article.TokenSpan(t, end).Text;
                        var time = TimeExpressions.Resolve(words, stated.LastDay, label, ahead: w == "by", future: Future(article, left, right, t, end))
                            ?? (TimeExpressions.IsAnaphoric(words) && PreviousTime(article, t, stated.LastDay) is { } anchor ? TimeExpressions.ResolveAnaphoric(words, anchor, label) : null);
                        var since = w is "in" or "on" ? SinceBefore(article, t, sentence.FirstToken) : -1;
                        if (time is not null && since >= 0)
                        {
                            // "since the outbreak began in January": the clause's time is where the period starts.
                            label = article.TokenSpan(since, end).Text;
                            (found, rule) = (Since(time, stated, label), "describes.since");
                        }
                        else if (time is not null)
                        {
                            (found, rule) = w switch
                            {
                                "since" => (Since(time, stated, label), "describes.since"),
                                "by" => (TimeReference.OnDay(time.LastDay, label), "describes.by"),
                                "as" => (TimeReference.OnDay(time.LastDay, label), "describes.as-of"),
                                "on" or "at" => (time, "describes.on"),
                                _ => (time, "describes.in"),
                            };
                        }
                    }
                }
                else if (w is "has" or "have" or "had" && perfect < 0)
                {
                    var n = article.Word(t + 1) == "already" ? t + 2 : t + 1;
                    if (article.Word(n) is { } p && (p == "been" || p.EndsWith("ed", System.StringComparison.Ordinal)))
                    {
                        perfect = t;
                    }
                }

                if (found is not null)
                {
                    best = found;
                    bestDistance = distance;
                    decision = new RuleDecision(AttributionPart.Describes, rule!, article.TokenSpan(t, end));
                }
            }

            if (best is not null)
            {
                return (best, decision!);
            }

            // A figure in a participle phrase ("a wall stretching 600 kilometers") is not what the perfect tense is about.
            if (perfect >= 0 && !(first - 1 >= sentence.FirstToken && article.Word(first - 1) is { } before && before.EndsWith("ing", System.StringComparison.Ordinal)))
            {
                return (AsOf(stated, null), new RuleDecision(AttributionPart.Describes, "describes.perfect", article.TokenSpan(perfect, perfect + 1)));
            }

            return (null, new RuleDecision(AttributionPart.Describes, "describes.none"));
        }

        /// <summary>
        /// The time of the previous dated event in the text, the anchor of "the same day" or "the day before": the nearest
        /// weekday, "today", "yesterday", or month with a day, a year or a preposition ("on Feb. 7", "in late January",
        /// "March 3") among the <see cref="AnchorReach"/> tokens before <paramref name="before"/>, resolved against
        /// <paramref name="published"/>; null when there is none.
        /// </summary>
        private static TimeReference? PreviousTime(ArticleText article, int before, LocalDate published)
        {
            for (var t = before - 1; t >= 0 && t >= before - AnchorReach; t--)
            {
                var w = article.KnownWord(t);
                if (w is null)
                {
                    continue;
                }

                var day = w is "today" or "yesterday" || TimeExpressions.IsWeekday(w);
                if (!day && !(TimeExpressions.IsMonth(w) && !NotAMonth(article, t, w) && (IsNumber(article, t + 1) || article.Word(t - 1) is "in" or "on" or "early" or "mid" or "late" or "since" or "by" or "of")))
                {
                    continue;
                }

                var start = article.Word(t - 1) is "early" or "mid" or "late" ? t - 1 : t;
                var end = t + 1;
                while (end < article.Tokens.Count && end <= t + 3 && (IsNumber(article, end) || !article.Tokens[end].IsWord))
                {
                    end++;
                }

                var words = Words(article, start, end);
                if (TimeExpressions.Resolve(words, published, article.TokenSpan(start, end).Text) is { } time)
                {
                    return time;
                }
            }

            return null;
        }

        /// <summary>
        /// The day a weekday's possessive names ("Saturday's march", "Tuesday's walkout"), the last such weekday on or
        /// before the day the figure was said; null when token <paramref name="t"/> is no such word.
        /// </summary>
        private static TimeReference? WeekdaysEvent(ArticleText article, int t, TimeReference stated)
        {
            var w = article.Word(t);
            if (w is null || w.Length < 8 || !w.EndsWith("'s", System.StringComparison.Ordinal) || !TimeExpressions.IsWeekday(w.Substring(0, w.Length - 2)))
            {
                return null;
            }

            return TimeExpressions.Resolve(new[] { w.Substring(0, w.Length - 2) }, stated.LastDay, article.TokenSpan(t, t + 1).Text);
        }

        /// <summary>How many tokens back <see cref="PreviousTime"/> looks: about ten sentences of news, a bound that keeps reading linear.</summary>
        private const int AnchorReach = 300;

        private static bool IsNumber(ArticleText article, int t) =>
            t < article.Tokens.Count && article.Tokens[t].IsWord && article.Tokens[t].End - article.Tokens[t].Start <= 4 && char.IsDigit(article.Text[article.Tokens[t].Start]);

        // Whether the time phrase (tokens time to end) speaks of the future: a modal of the future ("will", "would", "shall")
        // comes before it in its clause ("another 400 would arrive by Saturday"), or the phrase opens the clause and the
        // modal follows with no verb of the past between ("On Friday 400 workers will be paid"). A modal after a past verb
        // is another predicate's: "housed 500 people on Monday and would stay open", "laid off on Monday would receive".
        private static bool Future(ArticleText article, int left, int right, int time, int end)
        {
            for (var t = left; t < time; t++)
            {
                if (article.Word(t) is "will" or "would" or "shall")
                {
                    return true;
                }
            }

            for (var t = end; t < right && time == left; t++)
            {
                var w = article.Word(t);
                if (w is "will" or "would" or "shall")
                {
                    return true;
                }

                if (w is "said" or "says" or "told" or "was" or "were" or "had" or "did" || (w is { Length: > 3 } && w.EndsWith("ed", System.StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return false;
        }

        private static TimeReference AsOf(TimeReference stated, string? label) =>
            stated.Precision == TimePrecision.Instant ? TimeReference.OnDay(stated.FirstDay, label) : stated.WithLabel(label);

        /// <summary>From the first day of <paramref name="time"/> to the day said (or that first day, if it is later).</summary>
        private static TimeReference Since(TimeReference time, TimeReference stated, string label) =>
            TimeReference.Between(time.FirstDay, stated.LastDay < time.FirstDay ? time.FirstDay : stated.LastDay, label);

        /// <summary>Whether tokens from <paramref name="t"/> read "the start of", "the beginning of" or "the end of".</summary>
        private static bool StartOrEndOf(ArticleText article, int t) =>
            article.Word(t) == "the" && article.Word(t + 1) is "start" or "beginning" or "end" && article.Word(t + 2) == "of";

        /// <summary>
        /// The token of a "since" that opens the clause holding the time phrase at <paramref name="t"/>, at most six words
        /// back with no punctuation between ("since the outbreak began in January"); -1 when there is none.
        /// </summary>
        private static int SinceBefore(ArticleText article, int t, int sentenceStart)
        {
            for (var k = t - 1; k >= sentenceStart && k >= t - 6; k--)
            {
                var w = article.Word(k);
                if (w is null)
                {
                    return -1;
                }

                if (w == "since")
                {
                    return k;
                }
            }

            return -1;
        }

        private static int PhraseEnd(ArticleText article, int t, int limit)
        {
            var end = t;
            while (end < limit && end < t + 5 && article.Word(end) is { } w
                && (CueLexicon.TimeWords.Contains(w) || w is "the" or "end" or "start" or "beginning" or "of" or "same" or "previous" or "preceding" or "following" or "day"
                    || (w == "that" && article.Word(end + 1) is "day" or "week" or "month" or "year") || (w.Length <= 4 && char.IsDigit(w[0]))))
            {
                end++;
            }

            // "last month's march": a time word's possessive ends the phrase, the noun after it is not read.
            if (end < limit && end < t + 5 && article.Word(end) is { Length: > 2 } possessive && possessive.EndsWith("'s", System.StringComparison.Ordinal)
                && CueLexicon.TimeWords.Contains(possessive.Substring(0, possessive.Length - 2)))
            {
                end++;
            }

            return end;
        }

        /// <summary>
        /// Whether a month's name that is also an everyday word ("march", "may", "mar") is written without its capital, and so
        /// is the word: "took part in the march" names no month.
        /// </summary>
        private static bool NotAMonth(ArticleText article, int t, string lower) =>
            lower is "march" or "may" or "mar" && !article.Tokens[t].Capitalised;

        private static List<string> Words(ArticleText article, int from, int end)
        {
            var words = new List<string>();
            for (var t = from; t < end; t++)
            {
                if (article.Word(t) is { } w)
                {
                    // "the march", "may": a month only with its capital; marked so no rule reads it as one.
                    // "last month's march", "Saturday's vote": the time the possessive names.
                    var stem = w.Length > 2 && w.EndsWith("'s", System.StringComparison.Ordinal) ? w.Substring(0, w.Length - 2) : w;
                    words.Add(NotAMonth(article, t, stem) ? "\u0000" + stem : stem);
                }
            }

            return words;
        }

        private static bool IsClauseMark(TokenKind kind) =>
            kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Colon or TokenKind.Dash or TokenKind.Stop;
    }
}
