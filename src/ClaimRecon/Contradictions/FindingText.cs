using System;
using System.Collections.Generic;
using System.Globalization;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using ClaimRecon.Time;
using NodaTime.Text;

namespace ClaimRecon.Contradictions
{
    /// <summary>The words findings are written in: who said what, when, and by how much it misses.</summary>
    internal sealed class FindingText
    {
        /// <summary>Words that open a time phrase of their own, so that a label opened by one takes no "in" (<see cref="LabelPhrase"/>).</summary>
        private static readonly HashSet<string> TimeOpeners = new(StringComparer.Ordinal)
        {
            "on", "in", "at", "by", "since", "during", "until", "till", "before", "after", "as", "so", "from", "through",
            "throughout", "over", "within", "between", "around", "last", "this", "next", "yesterday", "today", "tonight",
            "already", "to", "earlier", "later", "for", "up",
        };

        /// <summary>"10 February 2026": the pattern is parsed once (LocalDate.ToString parsed it on every call, through a cache).</summary>
        private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("d MMMM yyyy");
        private readonly SourceCatalogue _sources;
        private readonly SentenceWriter? _keeping;

        public FindingText(SourceCatalogue sources) => _sources = sources;

        private FindingText(SourceCatalogue sources, bool keeping)
        {
            _sources = sources;
            _keeping = keeping ? SentenceWriter.Keeping(this) : null;
        }

        /// <summary>
        /// Words for one detection, on one thread: its sentences are kept one after another in the chunks of one writer
        /// (<see cref="SentenceWriter.Keeping"/>), which findings share, instead of a string each.
        /// </summary>
        public FindingText ForDetection() => new(_sources, keeping: true);

        public static string Number(decimal value) => Explanations.Number(value);

        /// <summary>A writer for one sentence, whose names come from these sources: for one detection (<see cref="ForDetection"/>), its keeping writer, started afresh.</summary>
        public SentenceWriter Sentence() => _keeping is null ? new(this) : _keeping.Begin();

        /// <summary>"12.5%", "3%": the fraction as a percentage to one decimal, rounded half away from zero.</summary>
        public static string Percent(decimal fraction)
        {
            var percent = Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero);
            // Whole percentages (most of them) take the faster integer format, which writes them as "0.#" would.
            return (percent > 0 && percent == decimal.Truncate(percent) && percent < 1_000_000_000_000m
                ? ((long)percent).ToString(CultureInfo.InvariantCulture)
                : percent.ToString("0.#", CultureInfo.InvariantCulture)) + "%";
        }

        public static string Range(NumericRange range)
        {
            if (range.IsEmpty)
            {
                return "nothing";
            }

            if (range.IsPoint)
            {
                return Number(range.Lower.Value);
            }

            var lower = range.Lower;
            var upper = range.Upper;
            if (upper.IsUnbounded)
            {
                return lower.IsUnbounded ? "any value" : (lower.IsOpen ? "more than " : "at least ") + Number(lower.Value);
            }

            if (lower.IsUnbounded)
            {
                return (upper.IsOpen ? "less than " : "at most ") + Number(upper.Value);
            }

            return string.Concat(lower.IsOpen ? "(" : "[", Number(lower.Value), ", ", Number(upper.Value)) + (upper.IsOpen ? ")" : "]");
        }

        public static string When(TimeReference? period)
        {
            if (period is null)
            {
                return "at no stated time";
            }

            if (period.Label is not null)
            {
                return LabelPhrase(period.Label);
            }

            return period.Precision == TimePrecision.Day
                ? "on " + DayPattern.Format(period.FirstDay)
                : "in " + period;
        }

        /// <summary>
        /// A period's label as a time phrase: "in February", "in 2023", "on Tuesday" (a weekday, "Tuesday's"), but "on Thursday", "so far", "since January" and "last
        /// month" as they are (a label that opens with a preposition or a time word gets no "in"; a possessive label, "Last
        /// month's", loses its "'s", and its opening time word is lower-cased).
        /// </summary>
        public static string LabelPhrase(string label)
        {
            var text = label.Trim();
            if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 2);
            }

            var space = text.IndexOf(' ');
            var first = (space < 0 ? text : text.Substring(0, space)).ToLowerInvariant();
            if (first is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                return "on " + text;
            }

            if (!TimeOpeners.Contains(first))
            {
                return "in " + text;
            }

            return char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;
        }

        public static string Possessive(string name) => name.EndsWith("s", StringComparison.Ordinal) ? name + "'" : name + "'s";

        public string Name(string sourceId) => _sources.NameOf(sourceId);

        /// <summary>"Joint Operations Command (Iraq) (via Kurdistan24)".</summary>
        /// <summary>
        /// A verb in the third person agreeing with the origin of <paramref name="claim"/>: "asserts" or "assert", "gives"
        /// or "give", "denies" or "deny" (<see cref="SourceCatalogue.IsPlural"/>).
        /// </summary>
        public string Verb(Claim claim, string singular) => _sources.IsPlural(claim.Attribution.Origin) ? Plural(singular) : singular;

        /// <summary>Whether the origin of <paramref name="claim"/> is named in the plural (<see cref="SourceCatalogue.IsPlural"/>).</summary>
        public bool IsPlural(Claim claim) => _sources.IsPlural(claim.Attribution.Origin);

        /// <summary>As <see cref="Verb(Claim, string)"/> for a source id.</summary>
        public string Verb(string sourceId, string singular) => _sources.IsPlural(sourceId) ? Plural(singular) : singular;

        private static string Plural(string singular) => singular switch
        {
            "denies" => "deny",
            "gives" => "give",
            "asserts" => "assert",
            "follows" => "follow",
            _ => singular.EndsWith("s", StringComparison.Ordinal) ? singular.Substring(0, singular.Length - 1) : singular,
        };

        public string Who(Claim claim)
        {
            var origin = claim.Attribution.Origin;
            var name = _sources.NameOf(origin);
            return string.Equals(origin, claim.Attribution.Reporter, StringComparison.Ordinal)
                ? name
                : name + " (via " + _sources.NameOf(claim.Attribution.Reporter) + ")";
        }

        public static string Figure(Claim claim) => "\"" + (claim.FigureWording) + "\"";

        public static string Figures(IReadOnlyList<Claim> claims)
        {
            if (claims.Count == 1)
            {
                return Figure(claims[0]);
            }

            var figures = new List<string>(claims.Count);
            foreach (var claim in claims)
            {
                var figure = Figure(claim);
                if (!figures.Contains(figure))
                {
                    figures.Add(figure);
                }
            }

            return string.Join(" and ", figures);
        }
    }
}
