using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Counts of an outbreak's cases and of its patients: the disease is a qualifier ("flu cases" and "measles cases" are two
    /// quantities), a count of cases is a running total, the people taken into hospital are one quantity however each outlet
    /// words it ("admitted to hospital", "needed hospital treatment", "hospitalised"), and pupils "sent home" were sent
    /// away, not moved somewhere.
    /// </summary>
    internal sealed partial class MentionReader
    {
        /// <summary>The event of a count of the people taken into hospital.</summary>
        internal const string Hospitalised = "hospitalised";

        private const string HospitalRule = "taken into hospital (\"admitted to hospital\", \"needed hospital treatment\", \"hospitalised\"): the people hospitalised";
        private const string SentHomeRule = "\"sent home\": sent away (from school or work), no transfer to a place";
        private const string CaseTotalRule = "a count of cases of a disease: a running total (not \"new\" or \"active\" cases)";
        private const string SinceTotalRule = "a count since a time (\"since January\"): a running total";

        /// <summary>Diseases (and their common short names) named before "cases" or after "cases of"; the qualifier says which outbreak a count is of.</summary>
        private static readonly HashSet<string> Diseases = new(StringComparer.Ordinal)
        {
            "measles", "mumps", "rubella", "flu", "influenza", "cholera", "dengue", "malaria", "tuberculosis", "tb", "ebola", "polio",
            "mpox", "monkeypox", "covid", "covid-19", "coronavirus", "norovirus", "salmonella", "listeria", "hepatitis", "typhoid",
            "diphtheria", "pertussis", "chickenpox", "meningitis", "zika", "rabies", "plague", "anthrax", "legionnaires", "scarlet",
        };

        /// <summary>Words before "cases" that make a count of cases no running total: cases of one day or week, or those still ill.</summary>
        private static readonly HashSet<string> NotRunningCases = new(StringComparer.Ordinal)
        {
            "new", "active", "current", "daily", "weekly", "monthly", "fresh", "additional", "more", "recent", "open",
        };

        /// <summary>Verbs of being taken into hospital when "to hospital" follows them ("admitted to hospital", "taken to hospital").</summary>
        private static readonly HashSet<string> ToHospitalVerbs = new(StringComparer.Ordinal)
        {
            "admitted", "taken", "rushed", "airlifted",
        };

        /// <summary>Verbs of having needed hospital care when "hospital treatment" or "hospital care" follows them.</summary>
        private static readonly HashSet<string> NeededVerbs = new(StringComparer.Ordinal)
        {
            "needed", "required", "received", "sought", "needing", "requiring",
        };

        /// <summary>
        /// The word that says the people counted were taken into hospital: the count's verb, right after its noun phrase
        /// and any auxiliaries ("have been", "had"), is "hospitalised" (or "hospitalized"), "admitted to (the) hospital"
        /// (also taken, rushed, airlifted), "needed hospital treatment" (also required, received; care) or "treated in
        /// hospital"; -1 when it is none of these.
        /// </summary>
        private static int HospitalisedAt(Sentence s, int spanEnd)
        {
            var words = s.Words;
            var k = spanEnd + 1;
            while (k < words.Length && !s.Breaks[k - 1] && BeforeVerb.Contains(words[k].Lower))
            {
                k++;
            }

            if (k >= words.Length || s.Breaks[k - 1])
            {
                return -1;
            }

            var w = words[k].Lower;
            if (w is "hospitalised" or "hospitalized")
            {
                return k;
            }

            var next = k + 1;
            if (next >= words.Length || s.Breaks[k])
            {
                return -1;
            }

            var hospital = words[next].Lower is "the" or "a" ? next + 1 : next;
            var found = (ToHospitalVerbs.Contains(w) && words[next].Lower == "to" && HospitalAfter(words, next + 1))
                || (w == "treated" && words[next].Lower == "in" && HospitalAfter(words, next + 1))
                || (NeededVerbs.Contains(w) && hospital + 1 < words.Length && words[hospital].Lower == "hospital" && words[hospital + 1].Lower is "treatment" or "care");
            return found ? k : -1;
        }

        // "hospital", "the hospital", "a hospital", "hospitals" at k.
        private static bool HospitalAfter(Word[] words, int k)
        {
            if (k < words.Length && words[k].Lower is "the" or "a")
            {
                k++;
            }

            return k < words.Length && words[k].Lower is "hospital" or "hospitals";
        }

        /// <summary>Whether a transfer verb at <paramref name="eventIndex"/> is "sent home" ("1,200 pupils had been sent home"): sent away, not moved to a place.</summary>
        private static bool SentHome(Word[] words, int eventIndex) =>
            eventIndex >= 0 && eventIndex + 1 < words.Length && words[eventIndex].Lower == "sent" && words[eventIndex + 1].Lower == "home";

        /// <summary>
        /// Whether a level count is a running total: people hospitalised, cases of a disease (<see cref="RunningCases"/>), or
        /// a count "since" a time (<see cref="SinceAt"/>); the cue that says so is added to <paramref name="cues"/>.
        /// </summary>
        private static bool RunningTotal(Sentence s, int fw, int spanEnd, string? head, string? @event, int eventIndex, int thingFrom, int thingTo, List<IdentityCue> cues)
        {
            var words = s.Words;
            var since = SinceAt(s, fw, spanEnd);
            var rule = @event == Hospitalised ? HospitalRule : RunningCases(words, head, thingFrom, thingTo) ? CaseTotalRule : since >= 0 ? SinceTotalRule : null;
            if (rule is null)
            {
                return false;
            }

            var at = rule == SinceTotalRule ? since : rule == HospitalRule && eventIndex >= 0 ? eventIndex : Math.Max(0, thingTo);
            cues.Add(new IdentityCue(IdentityRole.Kind, words[at].Start, words[at].Text, rule));
            return true;
        }

        /// <summary>
        /// Whether a count (its phrase from <paramref name="from"/> to <paramref name="to"/>) counts cases (head "case") with no
        /// word before it that makes them the cases of one period or those still ill ("new", "active", "daily").
        /// </summary>
        private static bool RunningCases(Word[] words, string? head, int from, int to)
        {
            if (head != "case" || from < 0)
            {
                return false;
            }

            for (var k = Math.Max(0, from - 1); k <= to && k < words.Length; k++)
            {
                if (NotRunningCases.Contains(words[k].Lower))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The "since" of a time in the count's clause ("since January", "since February 1", "since the start of February",
        /// "since the outbreak began"): a "since" within eight words after the figure's phrase or ten before the figure, with no
        /// comma between, followed by a month, a weekday, a year, "last", "then" or "the"; -1 when none.
        /// </summary>
        private static int SinceAt(Sentence s, int fw, int spanEnd)
        {
            var words = s.Words;
            for (var k = spanEnd + 1; k < words.Length && k <= spanEnd + 8 && !s.Breaks[k - 1]; k++)
            {
                if (SinceOfTime(words, k))
                {
                    return k;
                }
            }

            for (var k = fw - 1; k >= 0 && k >= fw - 10 && !s.Breaks[k]; k--)
            {
                if (SinceOfTime(words, k))
                {
                    return k;
                }
            }

            return -1;
        }

        private static bool SinceOfTime(Word[] words, int k) =>
            words[k].Lower == "since" && k + 1 < words.Length
            && (IdentityWords.Months.Contains(words[k + 1].Lower) || words[k + 1].Lower is "last" or "then" or "the" || (words[k + 1].IsNumber && words[k + 1].Lower.Length == 4));

        /// <summary>
        /// The index of the disease a count of cases is of: the word right before its noun ("measles cases") or after "cases
        /// of" ("cases of cholera"); -1 when none.
        /// </summary>
        private static int DiseaseAt(Word[] words, int phraseStart, int spanEnd)
        {
            for (var k = Math.Max(0, phraseStart); k <= spanEnd && k + 1 < words.Length; k++)
            {
                if (Diseases.Contains(words[k].Lower) && IdentityWords.Lemma(words[k + 1].Lower) == "case")
                {
                    return k;
                }
            }

            return spanEnd >= 0 && spanEnd + 2 < words.Length && IdentityWords.Lemma(words[spanEnd].Lower) == "case" && words[spanEnd + 1].Lower == "of"
                && Diseases.Contains(words[spanEnd + 2].Lower) ? spanEnd + 2 : -1;
        }
    }
}
