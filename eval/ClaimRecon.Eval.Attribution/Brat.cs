using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ClaimRecon.Eval.Attribution
{
    /// <summary>A character span [Start, End) of the article text; a discontinuous brat span is read as its hull.</summary>
    internal readonly record struct Span(int Start, int End)
    {
        public bool Overlaps(Span other) => Start < other.End && other.Start < End;

        public bool Holds(int offset) => offset >= Start && offset < End;
    }

    /// <summary>One annotated attribution relation: its cue, content and (when annotated) source.</summary>
    internal sealed record Relation(Span Cue, Span Content, Span? Source);

    /// <summary>Reads PolNeAR's brat standoff files (<c>T</c> spans and <c>E</c> attribution events).</summary>
    internal static class Brat
    {
        public static List<Relation> Read(string path)
        {
            var spans = new Dictionary<string, Span>(StringComparer.Ordinal);
            var events = new List<string[]>();
            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split('\t');
                if (parts.Length >= 2 && parts[0].StartsWith("T", StringComparison.Ordinal))
                {
                    var typeAndSpans = parts[1];
                    var space = typeAndSpans.IndexOf(' ');
                    var fragments = typeAndSpans.Substring(space + 1).Split(';')
                        .Select(f => f.Split(' ').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()).ToList();
                    spans[parts[0]] = new Span(fragments.Min(f => f[0]), fragments.Max(f => f[1]));
                }
                else if (parts.Length >= 2 && parts[0].StartsWith("E", StringComparison.Ordinal))
                {
                    events.Add(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
            }

            var relations = new List<Relation>();
            foreach (var arguments in events)
            {
                var roles = arguments.Select(a => a.Split(':')).Where(a => a.Length == 2).ToDictionary(a => a[0], a => a[1], StringComparer.Ordinal);
                if (!roles.TryGetValue("Cue", out var cue) || !roles.TryGetValue("Content", out var content) || !spans.ContainsKey(cue) || !spans.ContainsKey(content))
                {
                    continue;
                }

                Span? source = roles.TryGetValue("Source", out var s) && spans.TryGetValue(s, out var sourceSpan) ? sourceSpan : null;
                relations.Add(new Relation(spans[cue], spans[content], source));
            }

            return relations;
        }
    }
}
