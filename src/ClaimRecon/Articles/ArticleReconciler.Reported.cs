using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>The figure a denial rejects, as the circulating claims or rumours it rejects gave it.</summary>
    public static partial class ArticleReconciler
    {
        private static readonly HashSet<string> ReportNouns = new(StringComparer.Ordinal)
        {
            "claim", "claims", "report", "reports", "rumor", "rumors", "rumour", "rumours", "allegation", "allegations", "speculation", "suggestion", "suggestions",
        };

        private static readonly HashSet<string> ReportModifiers = new(StringComparer.Ordinal)
        {
            "the", "these", "those", "some", "recent", "circulating", "widespread", "unconfirmed", "false", "media", "online", "earlier", "initial", "such",
        };

        private static readonly HashSet<string> ReportPlaces = new(StringComparer.Ordinal)
        {
            "on", "in", "by", "from", "across", "among",
        };

        private static readonly HashSet<string> ReportLinks = new(StringComparer.Ordinal)
        {
            "that", "suggesting", "saying", "claiming", "alleging", "of",
        };

        /// <summary>
        /// Gets whether a denied figure is the content of reports the denier rejects ("rejected circulating claims that
        /// 7,000 had been moved", "said rumors suggesting thousands ... are inaccurate", "reports on social media that 40
        /// homes had burned were false"): the denied statement begins with a report noun and "that", "suggesting", "of" and
        /// the like, before the figure, with at most a short phrase of where or by whom between them.
        /// </summary>
        /// <param name="denial">The figure's attribution.</param>
        /// <param name="reading">The article's reading.</param>
        /// <param name="byCue">The article's statements by where their cue starts, in the reading's order, made on the first denial that needs them.</param>
        internal static bool DeniesCirculatingReport(AttributedMention denial, ArticleReading reading, ref Dictionary<int, List<CitedStatement>>? byCue)
        {
            if (denial.Stance != Stance.Denies || denial.Denies is not { IsOwnFigure: true } || denial.Cue is not { } cue)
            {
                return false;
            }

            byCue ??= StatementsByCue(reading);
            var start = denial.Mention.Start;
            var statement = byCue.TryGetValue(cue.Start, out var cued) ? cued.FirstOrDefault(s => s.Content.Start <= start && start < s.Content.End) : null;
            if (statement is null)
            {
                return false;
            }

            var words = Words(reading.Article.Text.Substring(statement.Content.Start, start - statement.Content.Start));
            var k = 0;
            while (k < words.Count && ReportModifiers.Contains(words[k]))
            {
                k++;
            }

            if (k + 1 >= words.Count || !ReportNouns.Contains(words[k]))
            {
                return false;
            }

            if (ReportLinks.Contains(words[k + 1]))
            {
                return true;
            }

            // Where or by whom the reports went round, then what they said: "reports on social media that", "claims by two
            // activists that" (a few words, then a link that introduces a clause; "of" there belongs to the phrase).
            if (!ReportPlaces.Contains(words[k + 1]))
            {
                return false;
            }

            for (var w = k + 2; w < words.Count && w <= k + 6; w++)
            {
                if (words[w] != "of" && ReportLinks.Contains(words[w]))
                {
                    return true;
                }
            }

            return false;
        }

        // An article of many denials searched all its statements for each one.
        private static Dictionary<int, List<CitedStatement>> StatementsByCue(ArticleReading reading)
        {
            var byCue = new Dictionary<int, List<CitedStatement>>();
            foreach (var statement in reading.Statements)
            {
                if (!byCue.TryGetValue(statement.Cue.Start, out var cued))
                {
                    byCue[statement.Cue.Start] = cued = new List<CitedStatement>(1);
                }

                cued.Add(statement);
            }

            return byCue;
        }

        /// <summary>The claim of the circulating reports a denial rejects: the same figure and quantity, relayed by unattributed "circulating claims" through the outlet.</summary>
        private static Claim CirculatingClaim(Claim denial, AttributedMention attributed)
        {
            var chain = AttributionChain.Direct(denial.Attribution.Reporter).Citing(SourceNormalizer.Circulating.Id);
            var note = $"the figure {attributed.Source.Name} denies, as the reports it rejects gave it (claim {denial.Id})";
            return new Claim(denial.Id + "-reported", denial.Quantity, denial.Figure!, chain, Stance.Relays, denial.StatedAt, denial.Describes, denial.Evidence, denial.Policy, note);
        }

        private static List<string> Words(string text)
        {
            var words = new List<string>();
            var from = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && from < 0)
                {
                    from = i;
                }
                else if (!letter && from >= 0)
                {
                    words.Add(text.Substring(from, i - from).ToLowerInvariant());
                    from = -1;
                }
            }

            return words;
        }
    }
}
