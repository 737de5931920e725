using System;
using System.Collections.Generic;
using ClaimRecon.Time;
using NodaTime;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Resolves the time phrases news uses against the publication date: "on Saturday", "yesterday", "last week",
    /// "on Feb. 7", "in late January", "in 2023", "earlier this month", "the end of this week".
    /// </summary>
    /// <remarks>
    /// A weekday is the latest such day on or before publication, or, in a clause that speaks of the future ("will arrive
    /// by Saturday"), the first such day on or after it; a month without a year is the latest such month on or
    /// before the publication month (the next on or after it for a deadline: "by the end of June"); "early/mid/late Month" are days 1–10, 11–20 and 21 to the end; weeks run Monday to
    /// Sunday. A phrase that names no time this table knows resolves to null.
    /// </remarks>
    internal static class TimeExpressions
    {
        private static readonly string[] Months = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
        private static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

        /// <summary>Resolves lower-cased words (prepositions allowed in front) to a time, labelled with <paramref name="label"/>.</summary>
        public static TimeReference? Resolve(IReadOnlyList<string> words, LocalDate published, string label, bool ahead = false, bool future = false)
        {
            var i = 0;
            while (i < words.Count && words[i] is "on" or "in" or "at" or "during" or "of" or "the")
            {
                i++;
            }

            if (i >= words.Count)
            {
                return null;
            }

            var w = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            switch (w)
            {
                case "today":
                case "tonight":
                    return TimeReference.OnDay(published, label);
                case "yesterday":
                    return TimeReference.OnDay(published.PlusDays(-1), label);
                case "end" or "start" or "beginning" when next == "of":
                    var of = Resolve(Tail(words, i + 2), published, label, ahead, future) ?? ThisUnit(words, i + 2, published, label);
                    return of is null ? null : TimeReference.OnDay(w == "end" ? of.LastDay : of.FirstDay, label);
                case "this" or "last" or "next" when next is "week" or "month" or "year":
                    return Unit(next!, w == "last" ? -1 : w == "next" ? 1 : 0, published, label);
                case "earlier" when next == "this" && i + 2 < words.Count:
                    var current = Unit(words[i + 2], 0, published, label);
                    return TimeReference.Between(current.FirstDay, published, label);
            }

            var weekday = Array.IndexOf(Weekdays, w);
            if (weekday >= 0)
            {
                var target = (IsoDayOfWeek)(weekday + 1);
                var day = published;
                while (day.DayOfWeek != target)
                {
                    day = day.PlusDays(future ? 1 : -1);
                }

                return TimeReference.OnDay(day, label);
            }

            var part = 0;
            if (w is "early" or "mid" or "late" or "mid-")
            {
                part = w == "early" ? 1 : w == "late" ? 3 : 2;
                i++;
                if (i >= words.Count)
                {
                    return null;
                }

                w = words[i];
            }
            else if (w.StartsWith("mid-", StringComparison.Ordinal))
            {
                part = 2;
                w = w.Substring(4);
            }

            var month = MonthOf(w);
            if (month > 0)
            {
                int? dayOfMonth = null;
                int? year = null;
                for (var k = i + 1; k < words.Count && k <= i + 3; k++)
                {
                    if (int.TryParse(words[k], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                    {
                        if (n >= 1 && n <= 31 && dayOfMonth is null && year is null)
                        {
                            dayOfMonth = n;
                        }
                        else if (n >= 1000 && n <= 9999)
                        {
                            year = n;
                        }
                    }
                }

                var y = year ?? (ahead ? (month < published.Month ? published.Year + 1 : published.Year) : (month > published.Month ? published.Year - 1 : published.Year));
                var ym = new YearMonth(y, month);
                var last = ym.Calendar.GetDaysInMonth(y, month);
                if (dayOfMonth is { } d && d <= last)
                {
                    return TimeReference.OnDay(new LocalDate(y, month, d), label);
                }

                return part switch
                {
                    1 => TimeReference.Between(new LocalDate(y, month, 1), new LocalDate(y, month, 10), label),
                    2 => TimeReference.Between(new LocalDate(y, month, 11), new LocalDate(y, month, 20), label),
                    3 => TimeReference.Between(new LocalDate(y, month, 21), new LocalDate(y, month, last), label),
                    _ => TimeReference.InMonth(ym, label),
                };
            }

            if (w.Length == 4 && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var yearOnly) && yearOnly >= 1900 && yearOnly <= 2100)
            {
                return TimeReference.InYear(yearOnly, label);
            }

            return null;
        }

        /// <summary>
        /// Resolves a phrase that points back to an earlier time ("the same day", "that week", "the day before", "the
        /// previous day", "the next day", "the following month") against <paramref name="anchor"/>, the time of the
        /// previous dated event in the text; null when the phrase is not one of these.
        /// </summary>
        /// <remarks>"Same"/"that" day gives the anchor's day (the anchor itself when it is longer than a day); same/that
        /// week, month or year gives the one holding the anchor's first day; previous/preceding and next/following, or
        /// "day before"/"day after", move one unit from it.</remarks>
        public static TimeReference? ResolveAnaphoric(IReadOnlyList<string> words, TimeReference anchor, string label)
        {
            var i = 0;
            while (i < words.Count && words[i] is "on" or "in" or "at" or "during" or "of" or "the")
            {
                i++;
            }

            if (i + 1 >= words.Count)
            {
                return null;
            }

            var w = words[i];
            var unit = words[i + 1];
            int offset;
            if (w is "same" or "that")
            {
                offset = 0;
            }
            else if (w is "previous" or "preceding")
            {
                offset = -1;
            }
            else if (w is "next" or "following")
            {
                offset = 1;
            }
            else if (w == "day" && unit is "before" or "after")
            {
                // "the day before", "the day after".
                return TimeReference.OnDay(anchor.FirstDay.PlusDays(unit == "before" ? -1 : 1), label);
            }
            else
            {
                return null;
            }

            switch (unit)
            {
                case "day":
                    return offset == 0 && anchor.Precision != TimePrecision.Day && anchor.Precision != TimePrecision.Instant
                        ? anchor.WithLabel(label)
                        : TimeReference.OnDay(anchor.FirstDay.PlusDays(offset), label);
                case "week" or "weekend" or "month" or "year":
                    return Unit(unit == "weekend" ? "week" : unit, offset, anchor.FirstDay, label);
                default:
                    return null;
            }
        }

        /// <summary>Whether the words hold one that points back to an earlier time ("same", "that", "previous", "following", "next", "day").</summary>
        public static bool IsAnaphoric(IReadOnlyList<string> words)
        {
            foreach (var w in words)
            {
                if (w is "same" or "that" or "previous" or "preceding" or "following" or "next" or "day")
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsMonth(string word) => MonthOf(word) > 0;

        public static bool IsWeekday(string word) => Array.IndexOf(Weekdays, word) >= 0;

        private static int MonthOf(string word)
        {
            var w = word.TrimEnd('.');
            if (w.Length < 3)
            {
                return 0;
            }

            for (var m = 0; m < Months.Length; m++)
            {
                if (Months[m] == w || Months[m].StartsWith(w, StringComparison.Ordinal))
                {
                    return m + 1;
                }
            }

            return 0;
        }

        /// <summary>"the week", "the month", "the year" after "the start of"/"the end of": the one holding the publication day.</summary>
        private static TimeReference? ThisUnit(IReadOnlyList<string> words, int from, LocalDate published, string label) =>
            words.Count == from + 2 && words[from] == "the" && words[from + 1] is "week" or "month" or "year" ? Unit(words[from + 1], 0, published, label) : null;

        private static TimeReference Unit(string unit, int offset, LocalDate published, string label)
        {
            switch (unit)
            {
                case "week":
                    var monday = published.PlusDays(1 - (int)published.DayOfWeek).PlusWeeks(offset);
                    return TimeReference.Between(monday, monday.PlusDays(6), label);
                case "month":
                    var month = published.ToYearMonth().OnDayOfMonth(1).PlusMonths(offset).ToYearMonth();
                    return TimeReference.InMonth(month, label);
                default:
                    return TimeReference.InYear(published.Year + offset, label);
            }
        }

        private static List<string> Tail(IReadOnlyList<string> words, int from)
        {
            var tail = new List<string>();
            for (var k = from; k < words.Count; k++)
            {
                tail.Add(words[k]);
            }

            return tail;
        }
    }
}
