using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimRecon.Articles;
using NodaTime;

namespace ClaimRecon.Eval.Attribution
{
    /// <summary>
    /// Scores the article reader's attributions against a PolNeAR split (../shared/corpora/polnear, or the folder
    /// given as the first argument; <c>--split dev|train|test</c>, dev by default) and prints a markdown table. The texts are read at run time and never printed or
    /// copied, except that <c>--show-misses</c> writes each miss to standard error for local diagnosis; that output is
    /// not to be copied into the repository. Exit code 0 whatever the scores; 2 when the corpus is missing.
    /// </summary>
    /// <remarks>
    /// <para>Units are attribution relations. A gold relation is PolNeAR's (cue, content, optional source); a predicted one
    /// is a <see cref="CitedStatement"/>. Discontinuous spans are read as their hull. Relations are paired one to one per
    /// annotation file, in text order; each annotation file counts as one document (ten articles were annotated twice).</para>
    /// <list type="bullet">
    /// <item><b>source exact</b>: same source span, contents overlapping; counted over relations that have a source on
    /// each side (an agentless passive predicts none; PolNeAR's source-less relations are left out).</item>
    /// <item><b>source overlap</b>: source spans overlapping, contents overlapping.</item>
    /// <item><b>cue</b>: same cue span.</item>
    /// </list>
    /// <para>"numeric" keeps the gold relations whose content holds the start of a numeric mention that
    /// <c>NumericMentionExtractor</c> reads in the article, and the predicted relations whose content holds one or overlaps
    /// such a gold content; "all" keeps every relation.</para>
    /// </remarks>
    public static class Program
    {
        private static readonly OffsetDateTime Published = new(new LocalDateTime(2016, 10, 1, 12, 0), Offset.Zero);

        public static int Main(string[] args)
        {
            var showMisses = args.Contains("--show-misses");
            var splitAt = Array.IndexOf(args, "--split");
            var split = splitAt >= 0 && splitAt + 1 < args.Length ? args[splitAt + 1] : "dev";
            if (split is not ("dev" or "train" or "test"))
            {
                Console.Error.WriteLine($"error: --split \"{split}\" is not a PolNeAR split; use dev, train or test.");
                return 2;
            }

            var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (splitAt < 0 || i != splitAt + 1)).ToArray();
            var root = positional.Length > 0 ? positional[0] : Path.Combine("..", "shared", "corpora", "polnear");
            var annotations = Path.Combine(root, "data", split, "attributions");
            var texts = Path.Combine(root, "data", split, "text");
            if (!Directory.Exists(annotations) || !Directory.Exists(texts))
            {
                Console.Error.WriteLine($"error: PolNeAR {split} split not found under {Path.GetFullPath(root)}. Pass the polnear folder as the first argument (it lives in ../shared/corpora/polnear beside the repository; that copy holds the dev split only).");
                return 2;
            }

            var scores = new Dictionary<(string Subset, string Measure), Score>();
            Score S(string subset, string measure) => scores.TryGetValue((subset, measure), out var s) ? s : scores[(subset, measure)] = new Score();
            var documents = 0;
            foreach (var file in Directory.GetFiles(annotations, "*.ann").OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var article = Path.Combine(texts, name.Substring(0, name.LastIndexOf('_')) + ".txt");
                if (!File.Exists(article))
                {
                    continue;
                }

                documents++;
                var text = File.ReadAllText(article);
                var outlet = name.Substring(0, name.IndexOf('_'));
                var reading = ArticleReader.Read(new Article(text, outlet, Published));
                var mentionStarts = reading.Extraction.Mentions.Select(m => m.Start).ToArray();
                bool Numeric(Relation r) => mentionStarts.Any(r.Content.Holds);

                var gold = Brat.Read(file).OrderBy(r => r.Cue.Start).ToList();
                var numericGold = gold.Where(Numeric).ToList();

                // A predicted relation is about a figure when its own content holds one, or when it overlaps the content
                // of a gold relation that does (a shorter predicted content is not held against it).
                bool NumericPredicted(Relation r) => Numeric(r) || numericGold.Any(g => g.Content.Overlaps(r.Content));
                var predicted = reading.Statements
                    .Select(s => new Relation(new Span(s.Cue.Start, s.Cue.End), new Span(s.Content.Start, s.Content.End), s.Source is { } src ? new Span(src.Start, src.End) : null))
                    .OrderBy(r => r.Cue.Start).ToList();
                foreach (var (subset, keepGold, keepPredicted) in new (string, Func<Relation, bool>, Func<Relation, bool>)[] { ("numeric", Numeric, NumericPredicted), ("all", _ => true, _ => true) })
                {
                    var g = gold.Where(keepGold).ToList();
                    var p = predicted.Where(keepPredicted).ToList();
                    var gs = g.Where(r => r.Source is not null).ToList();
                    var ps = p.Where(r => r.Source is not null).ToList();
                    S(subset, "source exact").Add(gs, ps, (a, b) => a.Source == b.Source && a.Content.Overlaps(b.Content));
                    S(subset, "source overlap").Add(gs, ps, (a, b) => a.Source!.Value.Overlaps(b.Source!.Value) && a.Content.Overlaps(b.Content));
                    S(subset, "cue").Add(g, p, (a, b) => a.Cue == b.Cue);
                    if (showMisses && subset == "numeric")
                    {
                        ShowMisses(name, text, gs, ps);
                    }
                }
            }

            Console.WriteLine($"PolNeAR {split}: {documents} annotation files. P/R/F1 in percent.");
            Console.WriteLine();
            Console.WriteLine("| attributions | measure | gold | predicted | matched | P | R | F1 | target | met |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var ((subset, measure), score) in scores)
            {
                var target = subset == "numeric" && measure is "source exact" or "cue" && subset == "numeric" ? 85.0 : (double?)null;
                var met = target is null ? "" : score.F1 >= target ? "yes" : "no";
                Console.WriteLine($"| {(subset == "numeric" ? "content holds a figure" : "all")} | {measure} | {score.Gold} | {score.Predicted} | {score.Matched} | {Score.Format(score.Precision)} | {Score.Format(score.Recall)} | {Score.Format(score.F1)} | {(target is null ? "" : "F1 \u2265 " + target.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture))} | {met} |");
            }

            return 0;
        }

        private static void ShowMisses(string name, string text, IReadOnlyList<Relation> gold, IReadOnlyList<Relation> predicted)
        {
            string Show(Span? s) => s is { } v ? "[" + text.Substring(v.Start, v.End - v.Start).Replace('\n', ' ') + "]" : "-";
            foreach (var g in gold.Where(g => !predicted.Any(p => p.Source == g.Source && p.Content.Overlaps(g.Content))))
            {
                var near = predicted.FirstOrDefault(p => p.Content.Overlaps(g.Content));
                Console.Error.WriteLine($"MISS {name}: gold source {Show(g.Source)} cue {Show(g.Cue)} | predicted {(near is null ? "none" : Show(near.Source) + " cue " + Show(near.Cue))}");
            }

            foreach (var p in predicted.Where(p => !gold.Any(g => g.Source == p.Source && g.Content.Overlaps(p.Content))))
            {
                if (!gold.Any(g => g.Content.Overlaps(p.Content)))
                {
                    Console.Error.WriteLine($"EXTRA {name}: predicted source {Show(p.Source)} cue {Show(p.Cue)}");
                }
            }
        }
    }
}
