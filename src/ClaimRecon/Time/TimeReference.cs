using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ClaimRecon.Internal;
using NodaTime;
using NodaTime.Text;

namespace ClaimRecon.Time
{
    /// <summary>
    /// A time as a report gave it, at the precision it was given: a moment, a day, a month, a year, or a run of days
    /// such as "late January 2026", with an optional human label.
    /// </summary>
    /// <remarks>
    /// <para><b>Text form</b> (ISO-8601, invariant culture): <c>2026-02-07T11:00:00+03</c> (a moment with its offset),
    /// <c>2026-02-07</c>, <c>2026-W06</c> (an ISO week, Monday to Sunday), <c>2026-01</c>, <c>2026-Q1</c> (a quarter),
    /// <c>2026</c>, and <c>2026-01-21/2026-01-31</c> for a period (both days included). <see cref="Parse(string, string)"/> reads each form back at its own precision; nothing is rounded to a day or
    /// widened to a month.</para>
    /// <para><b>Calendar.</b> Dates are ISO calendar dates. <see cref="FirstDay"/> and <see cref="LastDay"/> give every
    /// reference as a closed run of days, which is what time relations between claims are computed on; a moment's day is
    /// its local day at its own offset.</para>
    /// <para>Equality compares precision, values and label. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed partial class TimeReference : IEquatable<TimeReference>
    {
        private static readonly LocalDate DayNumberEpoch = new(1, 1, 1);
        private static readonly string[] ParameterNote = { " (Parameter" };

        private TimeReference(TimePrecision precision, OffsetDateTime? moment, LocalDate first, LocalDate last, string? label)
        {
            Precision = precision;
            Moment = moment;
            FirstDay = first;
            LastDay = last;
            Label = label is null ? null : Preconditions.NotBlank(label);
        }

        /// <summary>Gets how precisely the time was given.</summary>
        public TimePrecision Precision { get; }

        /// <summary>Gets the moment, for <see cref="TimePrecision.Instant"/>; otherwise null.</summary>
        public OffsetDateTime? Moment { get; }

        /// <summary>Gets the first day the reference covers.</summary>
        public LocalDate FirstDay { get; }

        /// <summary>Gets the last day the reference covers (included).</summary>
        public LocalDate LastDay { get; }

        /// <summary>Gets the words the report used, such as "late January", if recorded.</summary>
        public string? Label { get; }

        /// <summary>Gets the days covered, as a closed interval.</summary>
        public DateInterval Days => new(FirstDay, LastDay);

        /// <summary>Creates a reference to a moment.</summary>
        /// <param name="moment">The moment with the offset it was given in.</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        public static TimeReference At(OffsetDateTime moment, string? label = null) =>
            new(TimePrecision.Instant, moment, moment.Date, moment.Date, label);

        /// <summary>Creates a reference to a day.</summary>
        /// <param name="date">The day.</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        public static TimeReference OnDay(LocalDate date, string? label = null) => new(TimePrecision.Day, null, date, date, label);

        /// <summary>Creates a reference to a calendar month.</summary>
        /// <param name="month">The month.</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        public static TimeReference InMonth(YearMonth month, string? label = null) =>
            new(TimePrecision.Month, null, month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)), label);

        /// <summary>Creates a reference to an ISO week (Monday to Sunday), such as 2026-W06.</summary>
        /// <param name="weekYear">The ISO week-based year (1 to 9998).</param>
        /// <param name="week">The week of that year (1 to 52, or 53 in long years).</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekYear"/> or <paramref name="week"/> is out of range.</exception>
        public static TimeReference InWeek(int weekYear, int week, string? label = null)
        {
            if (weekYear < 1 || weekYear > 9998)
            {
                throw new ArgumentOutOfRangeException(nameof(weekYear), weekYear, $"weekYear must lie in 1 to 9998; got {weekYear}.");
            }

            var weeks = NodaTime.Calendars.WeekYearRules.Iso.GetWeeksInWeekYear(weekYear, CalendarSystem.Iso);
            if (week < 1 || week > weeks)
            {
                throw new ArgumentOutOfRangeException(nameof(week), week, $"week must lie in 1 to {weeks} for week-year {weekYear}; got {week}.");
            }

            var monday = LocalDate.FromWeekYearWeekAndDay(weekYear, week, IsoDayOfWeek.Monday);
            return new(TimePrecision.Week, null, monday, monday.PlusDays(6), label);
        }

        /// <summary>Creates a reference to a calendar quarter: quarter 1 is January to March.</summary>
        /// <param name="year">The year (1 to 9999).</param>
        /// <param name="quarter">The quarter, 1 to 4.</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="quarter"/> is out of range.</exception>
        public static TimeReference InQuarter(int year, int quarter, string? label = null)
        {
            if (year < 1 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, $"year must lie in 1 to 9999; got {year}.");
            }

            if (quarter < 1 || quarter > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(quarter), quarter, $"quarter must lie in 1 to 4; got {quarter}.");
            }

            var first = new LocalDate(year, (3 * quarter) - 2, 1);
            return new(TimePrecision.Quarter, null, first, first.PlusMonths(3).PlusDays(-1), label);
        }

        /// <summary>Creates a reference to a calendar year.</summary>
        /// <param name="year">The year (1 to 9999).</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
        public static TimeReference InYear(int year, string? label = null)
        {
            if (year < 1 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, $"year must lie in 1 to 9999; got {year}.");
            }

            return new(TimePrecision.Year, null, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), label);
        }

        /// <summary>Creates a reference to a run of days, both ends included ("late January" as 21 to 31 January).</summary>
        /// <param name="first">The first day.</param>
        /// <param name="last">The last day.</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
        public static TimeReference Between(LocalDate first, LocalDate last, string? label = null)
        {
            if (last < first)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(last), last, $"The period ends ({Iso(last)}) before it starts ({Iso(first)}).");
            }

            return new(TimePrecision.Period, null, first, last, label);
        }

        /// <summary>Parses the ISO-8601 text form (see remarks on <see cref="TimeReference"/>).</summary>
        /// <param name="text">The text.</param>
        /// <param name="label">The words the report used; optional.</param>
        /// <returns>The reference.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is no ISO-8601 form given here, or a period ends before it starts; the message quotes it.</exception>
        public static TimeReference Parse(string text, string? label = null)
        {
            Preconditions.NotNull(text);
            return TryParse(text, label, out var value, out var error) ? value : throw new FormatException(error);
        }

        /// <summary>Tries to parse the ISO-8601 text form.</summary>
        /// <param name="text">The text.</param>
        /// <param name="value">The reference, on success.</param>
        /// <returns><see langword="true"/> on success.</returns>
        public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TimeReference? value) =>
            TryParse(text, null, out value, out _);

        /// <summary>Returns how the days this reference covers stand to the days another covers (Allen's relations).</summary>
        /// <param name="other">The other reference.</param>
        /// <returns>The relation of this reference to <paramref name="other"/>; see <see cref="AllenRelation"/>.</returns>
        /// <remarks>Computed on closed runs of whole days; a moment counts as its local day, so two moments on one day are <see cref="AllenRelation.Equals"/>.</remarks>
        /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
        public AllenRelation RelationTo(TimeReference other)
        {
            Preconditions.NotNull(other);
            return Relate(DayNumber(FirstDay), DayNumber(LastDay), DayNumber(other.FirstDay), DayNumber(other.LastDay));
        }

        /// <summary>
        /// Days since 0001-01-01 (ISO calendar; negative before it), for fast comparisons of closed day runs. Covers every
        /// <see cref="LocalDate"/>, including the years before 1 that <see cref="DateTime"/> cannot hold.
        /// </summary>
        internal static int DayNumber(LocalDate date) => Period.DaysBetween(DayNumberEpoch, date.WithCalendar(CalendarSystem.Iso));

        internal static AllenRelation Relate(int s1, int e1, int s2, int e2)
        {
            if (e1 + 1 < s2)
            {
                return AllenRelation.Before;
            }

            if (e1 + 1 == s2)
            {
                return AllenRelation.Meets;
            }

            if (e2 + 1 < s1)
            {
                return AllenRelation.After;
            }

            if (e2 + 1 == s1)
            {
                return AllenRelation.MetBy;
            }

            if (s1 == s2)
            {
                return e1 == e2 ? AllenRelation.Equals : e1 < e2 ? AllenRelation.Starts : AllenRelation.StartedBy;
            }

            if (e1 == e2)
            {
                return s1 > s2 ? AllenRelation.Finishes : AllenRelation.FinishedBy;
            }

            if (s1 < s2)
            {
                return e1 < e2 ? AllenRelation.Overlaps : AllenRelation.Contains;
            }

            return e1 < e2 ? AllenRelation.During : AllenRelation.OverlappedBy;
        }

        /// <summary>Returns a copy with another label.</summary>
        /// <param name="label">The new label, or null for none.</param>
        /// <returns>The copy.</returns>
        public TimeReference WithLabel(string? label) => new(Precision, Moment, FirstDay, LastDay, label);

        /// <inheritdoc />
        public bool Equals(TimeReference? other) =>
            other is not null && Precision == other.Precision && Nullable.Equals(Moment, other.Moment)
            && FirstDay == other.FirstDay && LastDay == other.LastDay && string.Equals(Label, other.Label, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TimeReference);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine((int)Precision, FirstDay.GetHashCode(), LastDay.GetHashCode(), Moment.GetHashCode());

        /// <summary>Returns the ISO-8601 text form, without the label.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Precision switch
        {
            TimePrecision.Instant => OffsetDateTimePattern.ExtendedIso.Format(Moment!.Value),
            TimePrecision.Day => Iso(FirstDay),
            TimePrecision.Month => YearMonthPattern.Iso.Format(FirstDay.ToYearMonth()),
            TimePrecision.Year => FirstDay.Year.ToString("0000", CultureInfo.InvariantCulture),
            TimePrecision.Week => FormattableString.Invariant(
                $"{NodaTime.Calendars.WeekYearRules.Iso.GetWeekYear(FirstDay):0000}-W{NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(FirstDay):00}"),
            TimePrecision.Quarter => FormattableString.Invariant($"{FirstDay.Year:0000}-Q{((FirstDay.Month - 1) / 3) + 1}"),
            _ => Iso(FirstDay) + "/" + Iso(LastDay),
        };

        internal static bool TryParse(string? text, string? label, [NotNullWhen(true)] out TimeReference? value, out string error)
        {
            value = null;
            error = string.Empty;
            if (text is null)
            {
                error = "time text is null";
                return false;
            }

            if (label is not null && label.Trim().Length == 0)
            {
                error = $"label \"{label}\" is blank";
                return false;
            }

            var t = text.Trim();
            var slash = t.IndexOf('/');
            if (slash >= 0)
            {
                var first = LocalDatePattern.Iso.Parse(t.Substring(0, slash));
                var last = LocalDatePattern.Iso.Parse(t.Substring(slash + 1));
                if (!first.Success || !last.Success)
                {
                    error = $"\"{text}\" is not a period: expected two ISO dates such as 2026-01-21/2026-01-31";
                    return false;
                }

                if (last.Value < first.Value)
                {
                    error = $"\"{text}\" is a period that ends ({Iso(last.Value)}) before it starts ({Iso(first.Value)})";
                    return false;
                }

                value = new TimeReference(TimePrecision.Period, null, first.Value, last.Value, label);
                return true;
            }

            if (t.IndexOf('T') >= 0)
            {
                var moment = OffsetDateTimePattern.ExtendedIso.Parse(t);
                if (!moment.Success)
                {
                    error = $"\"{text}\" is not an ISO-8601 moment with offset, such as 2026-02-07T11:00:00+03 or 2026-02-07T08:00:00Z";
                    return false;
                }

                value = At(moment.Value, label);
                return true;
            }

            if (TryParseWeekOrQuarter(t, label, out value, out var handled, out error) || handled)
            {
                return value is not null;
            }

            var day = LocalDatePattern.Iso.Parse(t);
            if (day.Success)
            {
                value = OnDay(day.Value, label);
                return true;
            }

            var month = YearMonthPattern.Iso.Parse(t);
            if (month.Success)
            {
                value = InMonth(month.Value, label);
                return true;
            }

            if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
            {
                value = InYear(year, label);
                return true;
            }

            error = $"\"{text}\" is not an ISO-8601 time: expected 2026-02-07T11:00:00+03, 2026-02-07, 2026-W06, 2026-01, 2026-Q1, 2026 or 2026-01-21/2026-01-31";
            return false;
        }

        /// <summary>Reads "2026-W06" and "2026-Q1"; <paramref name="handled"/> is set when the text has that shape, even if its numbers are out of range.</summary>
        private static bool TryParseWeekOrQuarter(string t, string? label, out TimeReference? value, out bool handled, out string error)
        {
            value = null;
            error = string.Empty;
            handled = t.Length is 7 or 8 && t[4] == '-' && (t[5] is 'W' or 'Q');
            if (!handled
                || !int.TryParse(t.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || !int.TryParse(t.Substring(6), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                if (handled)
                {
                    error = $"\"{t}\" is not an ISO week (2026-W06) or quarter (2026-Q1)";
                }

                return false;
            }

            try
            {
                value = t[5] == 'W' ? InWeek(year, number, label) : InQuarter(year, number, label);
                return true;
            }
            catch (ArgumentOutOfRangeException e)
            {
                error = $"\"{t}\": {e.Message.Split('\n')[0].Split(ParameterNote, StringSplitOptions.None)[0]}";
                return false;
            }
        }

        private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
    }
}
