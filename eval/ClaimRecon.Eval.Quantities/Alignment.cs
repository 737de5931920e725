using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Extraction;

namespace ClaimRecon.Eval.Quantities
{
    /// <summary>
    /// Alignment precision and recall on mention pairs labelled by us (alignment-labels.tsv states the rule). The seed
    /// articles are aligned together; the NewsQuant sentences are aligned together, each sentence as its own article.
    /// A pair is predicted "same" when both mentions get one key. Precision: labelled-same among predicted-same pairs
    /// (a wrong merge lowers it); recall: predicted-same among labelled-same pairs (a missed merge lowers it).
    /// </summary>
    internal static class Alignment
    {
        public static IEnumerable<string> Score(string labelsPath, string seeds, List<(string Text, List<(string Value, string Concept)> Gold)> sentences)
        {
            var labels = File.ReadAllLines(labelsPath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
            foreach (var group in labels.GroupBy(l => l[0].StartsWith("seed:", StringComparison.Ordinal) ? "seed articles" : "NewsQuant market sentences"))
            {
                var articles = new Dictionary<string, IReadOnlyList<MentionIdentity>>(StringComparer.Ordinal);
                var labelled = new List<(MentionIdentity? Mention, string Label, string Where)>();
                foreach (var line in group)
                {
                    var where = line[0];
                    if (!articles.TryGetValue(where, out var read))
                    {
                        var text = where.StartsWith("seed:", StringComparison.Ordinal)
                            ? File.ReadAllText(Directory.GetFiles(seeds, where.Substring(5) + "_*.txt").Single())
                            : sentences[int.Parse(where.Substring(3), CultureInfo.InvariantCulture)].Text;
                        read = QuantityReader.Read(NumericMentionExtractor.Extract(text), where.Replace(':', '-'));
                        articles[where] = read;
                    }

                    MentionIdentity? found = where.StartsWith("seed:", StringComparison.Ordinal)
                        ? read.FirstOrDefault(m => m.Mention.Start <= int.Parse(line[1], CultureInfo.InvariantCulture) && int.Parse(line[1], CultureInfo.InvariantCulture) < m.Mention.Start + m.Mention.Length)
                        : read.FirstOrDefault(m => Program.ValueMatches(m.Mention, Program.GoldValues(line[1])));
                    labelled.Add((found, line[2], where + " " + line[1]));
                }

                var alignment = QuantityAlignment.Align(articles.Values.SelectMany(a => a));
                int tp = 0, fp = 0, fn = 0, pairs = 0;
                for (var i = 0; i < labelled.Count; i++)
                {
                    for (var j = i + 1; j < labelled.Count; j++)
                    {
                        pairs++;
                        var same = labelled[i].Label == labelled[j].Label;
                        var a = labelled[i].Mention;
                        var b = labelled[j].Mention;
                        var predicted = a is not null && b is not null && a.Id != b.Id && alignment.KeyOf(a.Id) == alignment.KeyOf(b.Id);
                        tp += same && predicted ? 1 : 0;
                        fp += !same && predicted ? 1 : 0;
                        fn += same && !predicted ? 1 : 0;
                        if (Program.ShowMisses && same != predicted)
                        {
                            Console.Error.WriteLine($"{(predicted ? "wrong merge" : "missed")}: {labelled[i].Where} [{labelled[i].Label}] {a} ~ {labelled[j].Where} [{labelled[j].Label}] {b}");
                        }
                    }
                }

                var missing = labelled.Count(l => l.Mention is null);
                var p = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
                var r = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
                yield return FormattableString.Invariant($"| {group.Key} | alignment precision (wrong merges: {fp}) | {pairs} pairs, {tp + fp} predicted same | {100 * p:0.0}% | ≥ 95% |");
                yield return FormattableString.Invariant($"| {group.Key} | alignment recall (missed merges: {fn}) | {tp + fn} labelled same ({missing} mention(s) not read) | {100 * r:0.0}% | - |");
            }
        }
    }
}
