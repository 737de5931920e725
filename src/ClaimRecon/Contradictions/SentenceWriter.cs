using System;
using System.Buffers;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Globalization;
#endif
using ClaimRecon.Claims;
using ClaimRecon.Ranges;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>
    /// Writes findings' sentences: numbers, percentages, ranges, dates, names and figures go straight into a character
    /// buffer. The words are those of <see cref="FindingText"/>'s methods of the same names, character for character.
    /// </summary>
    /// <remarks>
    /// <para>A writer made by <see cref="SentenceWriter(FindingText, int)"/> serves one sentence on one thread: <see cref="Finish"/>
    /// makes the string and gives the buffer back to the shared pool, after which the writer must not be used.</para>
    /// <para>A keeping writer (<see cref="Keeping"/>) serves one detection on one thread, one sentence after another: each
    /// sentence is written after the last in a chunk of characters the writer never writes again once the sentence is
    /// kept (<see cref="Keep"/>), and the finding holds that slice of the chunk instead of a string of its own. At 100,000
    /// claims the sentences were about 14,500 strings (10 MB), each surviving the collections a detection causes and
    /// copied by each; a few large chunks are not copied. Nothing is shared between writers, so detections on several
    /// threads at once do not meet.</para>
    /// </remarks>
    internal sealed class SentenceWriter
    {
        /// <summary>
        /// Characters in a keeping writer's largest chunks: 64 Ki characters (128 KiB), above the large-object threshold
        /// (85,000 bytes), so such a chunk is allocated where collections of the young generations never copy it.
        /// </summary>
        internal const int ChunkLength = 64 * 1024;

        /// <summary>Characters in a keeping writer's first chunk (a few sentences); each next chunk is twice the last, up to <see cref="ChunkLength"/>.</summary>
        internal const int FirstChunkLength = 1024;

        private readonly FindingText _text;
        private readonly bool _keeps;
        private char[] _chars;
        private int _start;
        private int _length;

        public SentenceWriter(FindingText text, int capacity = 320)
        {
            _text = text;
            _chars = ArrayPool<char>.Shared.Rent(capacity);
        }

        private SentenceWriter(FindingText text, bool keeps)
        {
            _text = text;
            _keeps = keeps;
            _chars = Array.Empty<char>();
        }

        /// <summary>A writer for every sentence of one detection, each kept in the writer's chunks (see remarks).</summary>
        public static SentenceWriter Keeping(FindingText text) => new(text, keeps: true);

        /// <summary>
        /// Starts a sentence in a keeping writer, dropping what an unfinished one (abandoned by an exception) left; the
        /// writer is returned.
        /// </summary>
        public SentenceWriter Begin()
        {
            _length = _start;
            return this;
        }

        public SentenceWriter Append(string text)
        {
            Ensure(text.Length);
            text.CopyTo(0, _chars, _length, text.Length);
            _length += text.Length;
            return this;
        }

        public SentenceWriter Append(char c)
        {
            Ensure(1);
            _chars[_length++] = c;
            return this;
        }

        /// <summary>A count, as <c>value.ToString(CultureInfo.InvariantCulture)</c> writes it.</summary>
        public SentenceWriter Int(int value) =>
            value < 0 ? Digits((ulong)-(long)value, negative: true, grouped: false) : Digits((uint)value, negative: false, grouped: false);

        /// <summary>As <see cref="FindingText.Number"/>: whole numbers grouped by thousands, others with every decimal they have (a worked-out value with more than six rounded, as <see cref="Merging.Explanations.Readable"/> rounds it).</summary>
        public SentenceWriter Number(decimal value)
        {
            value = Merging.Explanations.Readable(value);
#if NET8_0_OR_GREATER
            if (value != 0 && value == decimal.Truncate(value) && value > -1_000_000_000_000_000_000m && value < 1_000_000_000_000_000_000m)
            {
                // As "N0" writes it in the invariant culture: "-" before the digits, a comma between groups of three.
                var whole = (long)value;
                return whole < 0 ? Digits((ulong)-whole, negative: true, grouped: true) : Digits((ulong)whole, negative: false, grouped: true);
            }

            // At most 29 digits, 9 group separators, a sign and a point.
            Ensure(48);
            if (!value.TryFormat(_chars.AsSpan(_length), out var written, Merging.Explanations.GroupedFormat, CultureInfo.InvariantCulture))
            {
                return Append(FindingText.Number(value));
            }

            _length += written;
            return this;
#else
            return Append(FindingText.Number(value));
#endif
        }

        /// <summary>As <see cref="FindingText.Percent"/>: "12.5%", "3%".</summary>
        public SentenceWriter Percent(decimal fraction)
        {
            var percent = Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero);
#if NET8_0_OR_GREATER
            if (percent > 0 && percent < 1_000_000_000_000m)
            {
                // Rounded to one decimal, so ten times it is whole: the whole part's digits and, unless it is 0, the tenth
                // after a point, as "0.#" and the integer format write them.
                var tenths = (long)(percent * 10m);
                Digits((ulong)(tenths / 10), negative: false, grouped: false);
                return tenths % 10 == 0 ? Append('%') : Append('.').Append((char)('0' + (int)(tenths % 10))).Append('%');
            }

            Ensure(48);
            if (!percent.TryFormat(_chars.AsSpan(_length), out var written, "0.#", CultureInfo.InvariantCulture))
            {
                return Append(FindingText.Percent(fraction));
            }

            _length += written;
            return Append('%');
#else
            return Append(FindingText.Percent(fraction));
#endif
        }

        /// <summary>
        /// A whole number's digits, after "-" where <paramref name="negative"/>, grouped by three with commas where
        /// <paramref name="grouped"/>: the characters the invariant culture's default and "N0" formats write. Written by hand
        /// because a sentence has several numbers and the general formatter, which looks up the culture's symbols and
        /// group sizes each time, took about a sixth of writing a witness's finding.
        /// </summary>
        private SentenceWriter Digits(ulong magnitude, bool negative, bool grouped)
        {
            var count = 1;
            for (var rest = magnitude / 10; rest != 0; rest /= 10)
            {
                count++;
            }

            var length = count + (grouped ? (count - 1) / 3 : 0) + (negative ? 1 : 0);
            Ensure(length);
            var at = _length + length;
            var written = 0;
            do
            {
                if (grouped && written != 0 && written % 3 == 0)
                {
                    _chars[--at] = ',';
                }

                var next = magnitude / 10;
                _chars[--at] = (char)('0' + (int)(magnitude - (next * 10)));
                magnitude = next;
                written++;
            }
            while (magnitude != 0);

            if (negative)
            {
                _chars[--at] = '-';
            }

            _length += length;
            return this;
        }

        /// <summary>As <see cref="FindingText.Range"/>: "nothing", "5", "more than 5", "[5, 7)".</summary>
        public SentenceWriter Range(NumericRange range)
        {
            if (range.IsEmpty)
            {
                return Append("nothing");
            }

            if (range.IsPoint)
            {
                return Number(range.Lower.Value);
            }

            var lower = range.Lower;
            var upper = range.Upper;
            if (upper.IsUnbounded)
            {
                return lower.IsUnbounded ? Append("any value") : Append(lower.IsOpen ? "more than " : "at least ").Number(lower.Value);
            }

            if (lower.IsUnbounded)
            {
                return Append(upper.IsOpen ? "less than " : "at most ").Number(upper.Value);
            }

            return Append(lower.IsOpen ? '(' : '[').Number(lower.Value).Append(", ").Number(upper.Value).Append(upper.IsOpen ? ')' : ']');
        }

        /// <summary>As <see cref="FindingText.When"/>: "on 10 February 2026", "in February 2026", "at no stated time".</summary>
        public SentenceWriter When(TimeReference? period)
        {
            if (period is null)
            {
                return Append("at no stated time");
            }

            if (period.Label is not null)
            {
                return Append(FindingText.LabelPhrase(period.Label));
            }

            if (period.Precision != TimePrecision.Day)
            {
                return Append("in ").Append(period.ToString());
            }

            var day = period.FirstDay;
            if (day.Year < 1 || day.Year > 9999)
            {
                return Append(FindingText.When(period));
            }

            // "d MMMM yyyy" in the invariant culture: the day without padding, the month's English name, a four-digit year.
            Append("on ").Int(day.Day).Append(' ').Append(MonthName(day.Month)).Append(' ');
            var year = day.Year;
            for (var unit = 1000; unit > 0; unit /= 10)
            {
                Append((char)('0' + (year / unit % 10)));
            }

            return this;
        }

        /// <summary>
        /// The invariant culture's name of a month (1 to 12). <c>DateTimeFormatInfo.MonthNames</c> gives a copy of its array
        /// on every read, which cost a 13-element array for every sentence with a day in it.
        /// </summary>
        private static string MonthName(int month) => month switch
        {
            1 => "January",
            2 => "February",
            3 => "March",
            4 => "April",
            5 => "May",
            6 => "June",
            7 => "July",
            8 => "August",
            9 => "September",
            10 => "October",
            11 => "November",
            _ => "December",
        };

        /// <summary>As <see cref="FindingText.Name"/>: the source's name, or its id.</summary>
        public SentenceWriter Name(string sourceId) => Append(_text.Name(sourceId));

        /// <summary>As <see cref="FindingText.Who"/>: "Joint Operations Command (Iraq) (via Kurdistan24)".</summary>
        public SentenceWriter Who(Claim claim)
        {
            var origin = claim.Attribution.Origin;
            Append(_text.Name(origin));
            return string.Equals(origin, claim.Attribution.Reporter, StringComparison.Ordinal)
                ? this
                : Append(" (via ").Append(_text.Name(claim.Attribution.Reporter)).Append(')');
        }

        /// <summary>As <see cref="FindingText.Figure"/>: the claim's figure as worded, in quotes.</summary>
        public SentenceWriter Figure(Claim claim) => Append('"').Append(claim.FigureWording).Append('"');

        /// <summary>As <see cref="FindingText.Figures"/>: each distinct figure once, in order, joined by " and ".</summary>
        public SentenceWriter Figures(IReadOnlyList<Claim> claims)
        {
            if (claims.Count == 1)
            {
                return Figure(claims[0]);
            }

            if (claims.Count == 2)
            {
                // Two claims (most witnesses of several): no list of the wordings written.
                string first = claims[0].FigureWording, second = claims[1].FigureWording;
                Append('"').Append(first).Append('"');
                return string.Equals(first, second, StringComparison.Ordinal) ? this : Append(" and \"").Append(second).Append('"');
            }

            if (claims.Count <= 8)
            {
                // A handful (most witnesses of several claims): each wording is looked for among the claims before it, with no list made.
                for (var i = 0; i < claims.Count; i++)
                {
                    var wording = claims[i].FigureWording;
                    var repeated = false;
                    for (var j = 0; j < i && !repeated; j++)
                    {
                        repeated = string.Equals(claims[j].FigureWording, wording, StringComparison.Ordinal);
                    }

                    if (!repeated)
                    {
                        Append(i == 0 ? "\"" : " and \"").Append(wording).Append('"');
                    }
                }

                return this;
            }

            var wordings = new string[claims.Count];
            var n = 0;
            foreach (var claim in claims)
            {
                var wording = claim.FigureWording;
                if (Array.IndexOf(wordings, wording, 0, n) < 0)
                {
                    Append(n == 0 ? "\"" : " and \"").Append(wording).Append('"');
                    wordings[n++] = wording;
                }
            }

            return this;
        }

        /// <summary>As <see cref="Figures(IReadOnlyList{Claim})"/> for a witness's claims, without making the list of a one-claim witness.</summary>
        public SentenceWriter Figures(Merging.Witness witness) => witness.ClaimCount == 1 ? Figure(witness.ClaimAt(0)) : Figures(witness.ClaimArray);

        /// <summary>The sentence as a string; a pooled buffer goes back to the pool and the writer is spent (a keeping writer goes on to the next sentence).</summary>
        public string Finish()
        {
            var text = new string(_chars, _start, _length - _start);
            if (_keeps)
            {
                _length = _start;
                return text;
            }

            ArrayPool<char>.Shared.Return(_chars);
            _chars = Array.Empty<char>();
            _length = 0;
            return text;
        }

        /// <summary>
        /// The sentence: in a keeping writer, the slice of the chunk it was written in, which the writer never writes again;
        /// otherwise a string, as <see cref="Finish"/> makes it.
        /// </summary>
        public ReadOnlyMemory<char> Keep()
        {
            if (!_keeps)
            {
                return Finish().AsMemory();
            }

            var kept = new ReadOnlyMemory<char>(_chars, _start, _length - _start);
            _start = _length;
            return kept;
        }

        private void Ensure(int more)
        {
            if (_length + more <= _chars.Length)
            {
                return;
            }

            if (_keeps)
            {
                // A new chunk, with the sentence written so far moved to its start; the rest of the old chunk stays unused.
                var written = _length - _start;
                // Chunks double from FirstChunkLength up to ChunkLength, so a detection of a few findings (a story, or one
                // quantity of a file reconciled in parts) takes a few small chunks and no large object.
                var length = Math.Max(Math.Min(ChunkLength, Math.Max(FirstChunkLength, 2 * _chars.Length)), 2 * (written + more));
#if NET5_0_OR_GREATER
                // Every character read is written first, so the chunk need not be cleared.
                var chunk = GC.AllocateUninitializedArray<char>(length);
#else
                var chunk = new char[length];
#endif
                Array.Copy(_chars, _start, chunk, 0, written);
                _chars = chunk;
                _start = 0;
                _length = written;
                return;
            }

            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
            Array.Copy(_chars, larger, _length);
            if (_chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_chars);
            }

            _chars = larger;
        }
    }
}
