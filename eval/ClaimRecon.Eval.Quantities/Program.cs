using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Extraction;

namespace ClaimRecon.Eval.Quantities
{
    /// <summary>
    /// Scores quantity identity and alignment, printing markdown tables: (1) the measured thing against NewsQuant's
    /// <c>referred_concepts</c> (../shared/corpora/cqe-newsquant), with CQE's published scores as the reference;
    /// (2) alignment precision and recall on mention pairs labelled by us (alignment-labels.tsv) in the seed articles
    /// (../shared/seeds) and in NewsQuant sentences on one topic. Corpus and seed text is read at run time, never printed.
    /// Exit code 0 whatever the scores; 2 when ../shared is missing.
    /// </summary>
    public static class Program
    {
        /// <summary>Gets whether <c>--show-misses</c> was given: misses go to standard error, for local diagnosis only (they quote the corpora).</summary>
        internal static bool ShowMisses { get; private set; }

        /// <summary>Gets whether <c>--show-concepts</c> was given: every matched gold concept and our reading go to standard error, for local diagnosis only (they quote the corpora).</summary>
        internal static bool ShowConcepts { get; private set; }

        /// <summary>Gets whether a figure with no reading is scored as the concept "-", as CQE's tagger reports a quantity with no concept.</summary>
        internal static bool NoReadingAsDash { get; set; }

        public static int Main(string[] args)
        {
            // --read "a sentence": each figure's readings and the rules that decided them, to standard error, then stop.
            var read = Array.IndexOf(args, "--read");
            if (read >= 0 && read + 1 < args.Length)
            {
                foreach (var m in QuantityReader.Read(NumericMentionExtractor.Extract(args[read + 1]), "read"))
                {
                    Console.Error.WriteLine($"\"{m.Mention.Text}\" about [{m.About}] thing [{m.Thing}] " + string.Join("; ", m.Cues.Select(c => $"{c.Role} \"{c.Text}\" ({c.Rule})")));
                }

                return 0;
            }

            ShowMisses = args.Contains("--show-misses");
            ShowConcepts = args.Contains("--show-concepts");
            args = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
            var shared = args.Length > 0 ? args[0] : Path.Combine("..", "shared");
            var newsQuant = Path.Combine(shared, "corpora", "cqe-newsquant", "data", "formatted_test_set", "NewsQuant.json");
            var seeds = Path.Combine(shared, "seeds");
            if (!File.Exists(newsQuant) || !Directory.Exists(seeds))
            {
                Console.Error.WriteLine($"error: {Path.GetFullPath(shared)} has no NewsQuant corpus or seeds; pass the shared folder as the first argument.");
                return 2;
            }

            var sentences = LoadNewsQuant(newsQuant);
            Console.WriteLine("| data | measure | cases | result | reference |");
            Console.WriteLine("|---|---|---|---|---|");
            // A deterministic split: a sentence is in the tuning half when the first byte of the SHA-256 of its UTF-8 text is
            // even, else in the held-out half. Rules were studied on the tuning half only; the held-out half is only scored.
            var tuning = sentences.Select(s => Half(s.Text) == 0).ToArray();
            var rows = new List<string>();
            foreach (var (name, take) in new (string, Func<int, bool>)[] { ("tuning half", i => tuning[i]), ("held-out half", i => !tuning[i]), ("all", _ => true) })
            {
                rows.AddRange(Concepts.Score(sentences, "NewsQuant " + name + ", concept read as About", take, m => m.About, true));
                rows.AddRange(Concepts.Score(sentences, "NewsQuant " + name + ", concept read as Thing", take, m => m.Thing, false));
            }

            // CQE's tagger reports a quantity with no concept as "-", which the gold uses for 117 of its 904 quantities.
            NoReadingAsDash = true;
            rows.AddRange(Concepts.Score(sentences, "NewsQuant all, concept read as About, no reading scored as \"-\" (CQE's tagger)", _ => true, m => m.About, true));
            NoReadingAsDash = false;
            foreach (var row in rows)
            {
                Console.WriteLine(row);
            }

            var labels = Path.Combine(AppContext.BaseDirectory, "alignment-labels.tsv");
            foreach (var row in Alignment.Score(labels, seeds, sentences))
            {
                Console.WriteLine(row);
            }

            return 0;
        }

        private static List<(string Text, List<(string Value, string Concept)> Gold)> LoadNewsQuant(string path)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.EnumerateArray()
                .Select(s => (s.GetProperty("text").GetString() ?? string.Empty,
                    s.GetProperty("quantities").EnumerateArray()
                        .Select(q => (q.GetProperty("value").GetString() ?? string.Empty, q.GetProperty("referred_concepts").GetString() ?? "-"))
                        .ToList()))
                .ToList();
        }

        private static int Half(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text))[0] & 1;

        internal static decimal[] GoldValues(string value)
        {
            var dash = value.IndexOf('-', 1);
            var parts = dash > 0 ? new[] { value.Substring(0, dash), value.Substring(dash + 1) } : new[] { value };
            return parts.Select(p => decimal.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : decimal.MinValue).ToArray();
        }

        internal static bool ValueMatches(NumericMention m, decimal[] gold)
        {
            var lower = m.Range.IsEmpty || m.Range.Lower.IsUnbounded ? (decimal?)null : m.Range.Lower.Value;
            var upper = m.Range.IsEmpty || m.Range.Upper.IsUnbounded ? (decimal?)null : m.Range.Upper.Value;
            if (gold.Length == 2)
            {
                return lower == gold[0] && upper == gold[1];
            }

            return m.Value == gold[0] || m.Figure?.Value == gold[0] || lower == gold[0] || upper == gold[0] || m.PriorValue == gold[0];
        }
    }
}
