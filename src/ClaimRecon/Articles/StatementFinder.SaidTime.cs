namespace ClaimRecon.Articles
{
    /// <summary>A time phrase right after a cue's verb, which dates the saying ("said Tuesday", "told reporters the same day").</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>Reads a time phrase right after the cue ("said in late January", "told state media on Saturday").</summary>
        private int SkipTimeRight(int k, Found f)
        {
            if (W(k) is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                // "said Tuesday": a weekday alone.
                var end = W(k + 1) is "morning" or "afternoon" or "evening" or "night" ? k + 2 : k + 1;
                f.SaidTimeFirst = k;
                f.SaidTimeEnd = end;
                return end;
            }

            // "announced the same day that ...", "said the next day": an anaphoric time with no preposition.
            var bare = W(k) == "the" && W(k + 1) is "same" or "previous" or "preceding" or "following" or "next" && W(k + 2) is "day" or "week" or "month" or "year";
            if (W(k) is "on" or "in" or "last" or "this" or "earlier" or "yesterday" or "today" || bare)
            {
                var end = k + 1;
                while (end < _sentence.EndToken && end < k + 6 && (W(end) is { } w && (CueLexicon.TimeWords.Contains(w) || w is "of" or "the" || IsAnaphoricTimeWord(w, end)) || IsDayNumber(end)))
                {
                    end++;
                }

                while (end > k + 1 && W(end - 1) is "the" or "of")
                {
                    // "said on Thursday the figure ...": the article opens the content, not the time.
                    end--;
                }

                if (end > k + 1 || W(k) is "yesterday" or "today")
                {
                    f.SaidTimeFirst = k;
                    f.SaidTimeEnd = end;
                    return end;
                }
            }

            return k;
        }

        /// <summary>
        /// A word of a time phrase that points back to an earlier date ("the same day", "that week", "the previous day",
        /// "the following month"); "that" only right before a time unit, so the "that" opening a content clause is not taken.
        /// </summary>
        private bool IsAnaphoricTimeWord(string w, int k) =>
            w is "same" or "previous" or "preceding" or "following" or "day"
            || (w == "that" && W(k + 1) is "day" or "week" or "month" or "year" or "weekend");
    }
}
