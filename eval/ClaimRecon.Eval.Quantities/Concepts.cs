using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Extraction;

namespace ClaimRecon.Eval.Quantities
{
    /// <summary>
    /// The measured thing against NewsQuant's referred concepts. Each gold quantity is matched one-to-one to a mention of
    /// its sentence with the same value (as the extraction evaluation does). Over the matched quantities whose gold
    /// concept is not "-": head-noun accuracy (the gold concept's last word, lemmatised, is a word of our thing, or our
    /// thing's last word is a word of the gold concept) and the mean token F1 between our thing and the gold concept.
    /// Then CQE's own measures, computed the way its evaluation does (value match, then the concept's word sets:
    /// partial = any word in common, complete = the same words; P over our mentions, R over all gold quantities).
    /// </summary>
    internal static class Concepts
    {
        private static readonly char[] WordSeparators = { ' ', ',', '\t', '(', ')' };

        /// <summary>Scores one reading (<see cref="MentionIdentity.About"/> or <see cref="MentionIdentity.Thing"/>) over the sentences <paramref name="take"/> selects, labelling the rows <paramref name="data"/>.</summary>
        public static IEnumerable<string> Score(List<(string Text, List<(string Value, string Concept)> Gold)> sentences, string data, Func<int, bool> take, Func<MentionIdentity, string?> reading, bool full)
        {
            int gold = 0, tags = 0, valueHits = 0, partial = 0, complete = 0, labelled = 0, headHits = 0, withThing = 0;
            double tokenF1 = 0;
            for (var i = 0; i < sentences.Count; i++)
            {
                if (!take(i))
                {
                    continue;
                }

                var (text, quantities) = sentences[i];
                var read = QuantityReader.Read(NumericMentionExtractor.Extract(text), "nq" + i.ToString(CultureInfo.InvariantCulture)).ToList();
                gold += quantities.Count;
                tags += read.Count;
                var unused = new List<MentionIdentity>(read);
                foreach (var (value, concept) in quantities)
                {
                    var values = Program.GoldValues(value);
                    var hit = unused.FirstOrDefault(m => Program.ValueMatches(m.Mention, values));
                    if (hit is null)
                    {
                        continue;
                    }

                    unused.Remove(hit);
                    valueHits++;
                    var ours = ContentWords(reading(hit) ?? (Program.NoReadingAsDash ? "-" : string.Empty));
                    var theirs = Words(concept);
                    var common = ours.Intersect(theirs).Count();
                    partial += common > 0 ? 1 : 0;
                    if (Program.ShowConcepts)
                    {
                        Console.Error.WriteLine($"concept ({data}): nq{i} \"{hit.Mention.Text}\" gold [{concept}] ours [{reading(hit)}] {(common > 0 && common == theirs.Count && theirs.Count == ours.Count ? "complete" : common > 0 ? "partial" : "none")} ({RuleOf(hit)}) thing [{hit.Thing}] ({ThingRuleOf(hit)})");
                    }

                    complete += common > 0 && common == theirs.Count && theirs.Count == ours.Count ? 1 : 0;
                    if (concept.Trim() == "-")
                    {
                        continue;
                    }

                    labelled++;
                    withThing += reading(hit) is null ? 0 : 1;
                    var ourLemmas = ours.Select(Lemma).ToList();
                    var theirLemmas = theirs.Select(Lemma).ToList();
                    var head = theirLemmas.Count > 0 && ourLemmas.Count > 0 && (ourLemmas.Contains(theirLemmas[theirLemmas.Count - 1]) || theirLemmas.Contains(ourLemmas[ourLemmas.Count - 1]));
                    headHits += head ? 1 : 0;
                    if (Program.ShowMisses && !head)
                    {
                        Console.Error.WriteLine($"concept miss ({data}): nq{i} \"{hit.Mention.Text}\" gold [{concept}] ours [{reading(hit)}] ({RuleOf(hit)})");
                    }
                    tokenF1 += common == 0 ? 0 : 2.0 * common / (ours.Count + theirs.Count);
                }
            }

            string Pct(int n, int d) => d == 0 ? "-" : (100.0 * n / d).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            string F1(int tp)
            {
                var p = tags == 0 ? 0 : (double)tp / tags;
                var r = gold == 0 ? 0 : (double)tp / gold;
                var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
                return FormattableString.Invariant($"{100 * f:0.0} (P {100 * p:0.0}, R {100 * r:0.0})");
            }

            if (full)
            {
                yield return $"| {data} | gold quantities with a labelled concept matched by value | {labelled} | a reading found for {Pct(withThing, labelled)} | - |";
            }

            yield return $"| {data} | concept accuracy (head-noun match) | {labelled} | {Pct(headHits, labelled)} | - |";
            if (full)
            {
                yield return $"| {data} | concept token F1 (mean) | {labelled} | {(labelled == 0 ? 0 : 100 * tokenF1 / labelled).ToString("0.0", CultureInfo.InvariantCulture)} | - |";
                yield return $"| {data} | value+concept partial F1 (CQE's measure) | {gold} | {F1(partial)} | CQE 76.1, GPT-3 54.8 (all 904) |";
                yield return $"| {data} | value+concept complete F1 (CQE's measure) | {gold} | {F1(complete)} | CQE 57.0, GPT-3 25.7 (all 904) |";
            }
        }

        // The rule that decided the reading: About's own cue, else the thing's rule (About falls back to the thing).
        private static string RuleOf(MentionIdentity m) =>
            m.Cues.FirstOrDefault(c => c.Role == IdentityRole.About)?.Rule is { } about ? "about: " + about
            : "thing: " + ((m.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing && c.Text == m.Thing) ?? m.Cues.LastOrDefault(c => c.Role == IdentityRole.Thing))?.Rule ?? "none");

        private static string ThingRuleOf(MentionIdentity m) =>
            (m.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing && c.Text == m.Thing) ?? m.Cues.LastOrDefault(c => c.Role == IdentityRole.Thing))?.Rule ?? "none";

        // Our reading is written as text ("the strength of the panel"); the gold lists content words only ("strength panel"),
        // and CQE's evaluation scores its own tagger by nouns and GPT-3 with "of", "the" and "a" removed. Articles,
        // prepositions, possessive pronouns and "and" are dropped from our words before they are compared.
        private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
        {
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "its", "their", "his", "her", "our", "this", "that", "these", "those",
        };

        // A possessive is a token of its own for CQE's tagger and never in the gold ("the bank's fee": bank fee).
        internal static List<string> ContentWords(string text) =>
            Words(text).Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal) ? w.Substring(0, w.Length - 2) : w)
                .Where(w => w.Length > 0 && !FunctionWords.Contains(w)).Distinct().ToList();

        internal static List<string> Words(string text) =>
            text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Distinct().ToList();

        private static string Lemma(string w) =>
            w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal) ? w.Substring(0, w.Length - 3) + "y"
            : w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) ? w.Substring(0, w.Length - 1) : w;
    }
}
