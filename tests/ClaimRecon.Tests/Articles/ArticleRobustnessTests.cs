using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimRecon.Articles;
using ClaimRecon.Tests.Ranges;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>
    /// No text makes <see cref="ArticleReader"/> throw, and every span it returns lies in the text and spells what the text
    /// holds there: figures, sentences, quotations, cues, sources, contents, denial words and every rule's evidence.
    /// The texts are random mixes of cue words, names, figures, quotation marks of every kind (often unbalanced),
    /// colons, dashes, line breaks and characters that are no text at all (lone surrogates, NUL, direction marks).
    /// </summary>
    public sealed class ArticleRobustnessTests
    {
        private static readonly string[] Cues =
        {
            "said", "says", "told", "added", "stated", "according to", "citing", "quoting", "reported", "estimated", "put the number at",
            "denied", "rejected", "dismissed", "it was reported", "is estimated at", "data from", "figures from", "a statement from", "which estimates",
            "He added that", "she said", "they said", "sources say", "in a poll", "is saying", "was telling", "pointed to", "concluded that",
            "inaccurate", "false", "far lower than reported", "not true", "so far", "since January", "by the end of March", "on Saturday", "last week",
            "on Feb. 7", "in 2023", "who", "which", "and", "that", "the", "a", "of", "at", "by", "Kessling", "Mara Kessling", "the ministry",
            "Iraq's Joint Operations Command", "JOC", "a senior security source", "officials", "the agency", "Valley Courier", "Daily Ledger",
        };

        private static readonly string[] Figures =
        {
            "12", "1,400", "5,000", "between 900 and 1,200", "nearly 8,000", "$14 million", "30 percent", "more than 2,000", "about 6.4 metres", "two", "dozens",
        };

        private static readonly string[] Marks =
        {
            "\u201C", "\u201D", "\"", "''", "\u00AB", "\u00BB", "\u201E", ",", ".", ":", ";", "?", "!", "\u2026", " - ", "\u2014", "(", ")", "[", "]", "\n", "\r\n", "\u2028",
        };

        private static readonly string[] Strange =
        {
            "\uD800", "\uDC00", "\u0000", "\u0001", "\u200B", "\u202E", "\uFEFF", "\u0301", "\u00A0", "\t", "\u2019s", "😀", "百万", "مليون", "\uFFFF", "'",
        };

        private static readonly Gen<string> Piece = Gen.Frequency(
            (6, Gen.Elements(Cues)),
            (3, Gen.Elements(Figures)),
            (4, Gen.Elements(Marks)),
            (1, Gen.Elements(Strange)));

        private static readonly Gen<string> Texts =
            Gen.Sized(size => Gen.Choose(0, 6 * size + 10).SelectMany(n => Gen.Zip(Piece, Gen.Frequency((8, Gen.Constant(" ")), (2, Gen.Constant(string.Empty)))).ArrayOf(n)))
                .Select(parts =>
                {
                    var text = new StringBuilder();
                    foreach (var (piece, separator) in parts)
                    {
                        text.Append(piece).Append(separator);
                    }

                    return text.ToString();
                });

        [Fact]
        public void RandomTextNeverThrowsAndEverySpanLiesInIt()
        {
            PropertyRunner.ForAll(Texts, CheckReading, cases: 20000);
        }

        [Fact]
        public void RandomBytesReadAsTextNeverThrowAndEverySpanLiesInThem()
        {
            // Binary garbage as a careless caller would pass it: bytes decoded as UTF-8 (replacement characters) and as Latin-1 (control characters).
            var bytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();
            PropertyRunner.ForAll(bytes, b =>
            {
                CheckReading(Encoding.UTF8.GetString(b));
                CheckReading(new string(b.Select(x => (char)x).ToArray()));
            }, cases: 300);
        }

        [Fact]
        public void RandomArticlesNeverStopTheReconciler()
        {
            // Two articles at a time, so alignment, denials and relations across articles are reached too.
            PropertyRunner.ForAll(Gen.Zip(Texts, Texts), pair =>
            {
                var articles = new[] { new Article(pair.Item1, "Daily Ledger", Reading.Published), new Article(pair.Item2, "Valley Courier", Reading.Published) };
                var r = ArticleReconciler.Reconcile(articles);
                r.Claims.Claims.Count.Should().BeGreaterOrEqualTo(r.Readings.Sum(x => x.Mentions.Count), "every figure read is a claim in \"{0}\" / \"{1}\"", pair.Item1, pair.Item2);
            }, cases: 2000);
        }

        [Fact]
        public void AWordTooLongToKeepInAPhraseOfWhereItWasSaidIsNoVerb()
        {
            // A web address glued into one word after "said in" stopped the reader (a lookup of a word it does not keep).
            var text = "The ministry said in www.harbour-ministry.example/annual-transfers-summary-2025-final-edition that 40 buses were late.";

            var reading = Reading.Of(text);

            reading.Mentions.Single(m => m.Mention.Text == "40").Source.Id.Should().Be("ministry");
            CheckReading("The mayor said in " + new string('x', 200) + " that 40 buses were late.");
        }

        [Fact]
        public void ADenialVerbAfterWhatItDeniesGivesTheSentenceAsEvidence()
        {
            // The verb comes last ("a charge that ... denied"), so the denial has no clause of its own.
            const string text = "The coach complained that 30 referees had been \"bought\" against his club, a charge that league officials flatly denied, noting that they had kept the same format for years.";
            var r = ArticleReconciler.Reconcile(new[] { new Article(text, "Daily Ledger", Reading.Published) });
            var denial = r.Claims.Claims.Single(c => c.Figure is null);
            denial.Evidence.Single().Quote.Should().Be(text);
        }

        [Theory]
        [InlineData("")]
        [InlineData("\u201C")]
        [InlineData("\u201D 12 \u201C")]
        [InlineData("said:")]
        [InlineData("according to")]
        [InlineData("\"\"\"\" 5 said \"")]
        [InlineData("He added that\n\u201C40,\u201D")]
        [InlineData("\uD800 7 \uDC00 told \u0000")]
        public void EdgeTextsAreReadWithEverySpanInside(string text)
        {
            CheckReading(text);
        }

        /// <summary>Reads <paramref name="text"/> and checks every span of the reading against it.</summary>
        private static void CheckReading(string text)
        {
            var reading = Reading.Of(text);

            foreach (var m in reading.Mentions)
            {
                InText(text, m.Mention.Start, m.Mention.Length, "mention");
                Spans(text, m.Sentence, "sentence");
                Spans(text, m.Quote, "quote");
                Spans(text, m.Cue, "cue");
                Spans(text, m.SourceSpan, "source");
                m.Decisions.Should().HaveCount(5, "every figure has a source, chain, stance, stated and describes decision in \"{0}\"", text);
                foreach (var d in m.Decisions)
                {
                    Spans(text, d.Evidence, d.Rule);
                }

                m.Chain.Reporter.Should().Be("daily-ledger");
            }

            foreach (var s in reading.Statements)
            {
                Spans(text, s.Cue, "statement cue");
                Spans(text, s.Source, "statement source");
                Spans(text, s.Content, "statement content");
            }

            foreach (var d in reading.Denials)
            {
                Spans(text, d.Sentence, "denial sentence");
                Spans(text, d.Cue, "denial cue");
                Spans(text, d.Words, "denial words");
                Spans(text, d.Content, "denial content");
                Spans(text, d.SourceSpan, "denial source");
                foreach (var decision in d.Decisions)
                {
                    Spans(text, decision.Evidence, decision.Rule);
                }

                foreach (var figure in d.DeniedFigures)
                {
                    reading.Mentions.Should().Contain(figure, "a denied figure is one of the article's figures");
                }
            }
        }

        private static void Spans(string text, TextSpan? span, string what)
        {
            if (span is { } s)
            {
                InText(text, s.Start, s.Length, what);
                s.Text.Should().Be(text.Substring(s.Start, s.Length), "the {0} span [{1}, {2}) spells the text there", what, s.Start, s.End);
            }
        }

        private static void InText(string text, int start, int length, string what)
        {
            if (start < 0 || length < 0 || start + length > text.Length)
            {
                throw new InvalidOperationException($"The {what} span [{start}, {start + length}) lies outside the text of length {text.Length}: \"{text}\"");
            }
        }
    }
}
