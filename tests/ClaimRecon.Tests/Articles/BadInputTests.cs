using System;
using System.Linq;
using System.Text;
using ClaimRecon.Articles;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>No text makes the reader throw: only a null argument is refused. (Linear time is measured in ArticleScalingBenchmarks; every span lying in the text, in ArticleRobustnessTests.)</summary>
    public sealed class BadInputTests
    {
        [Fact]
        public void ANullArticleOrTableIsRefusedByName()
        {
            FluentActions.Invoking(() => ArticleReader.Read(null!)).Should().Throw<ArgumentNullException>().WithParameterName("article");
            FluentActions.Invoking(() => ArticleReader.Read(new Article("x", "o", Reading.Published), null!)).Should().Throw<ArgumentNullException>().WithParameterName("aliases");
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\n  ")]
        [InlineData("The council met on Tuesday and said nothing new.")]
        public void EmptyTextOrTextWithoutFiguresReadsAsNoClaims(string text)
        {
            var reading = Reading.Of(text);

            reading.Mentions.Should().BeEmpty();
            reading.Sources.Select(s => s.Id).Should().Equal("daily-ledger");
        }

        [Fact]
        public void UnbalancedQuotationMarksStillAttributeEveryFigure()
        {
            var reading = Reading.Of("\u201CThe shelter holds 300 people, the mayor said.\n\u201CAnother 40 are waiting,\u201D she said. \u201D And 12 more \u201C arrived\" \"");

            reading.Mentions.Select(m => m.Mention.Text).Should().Contain(new[] { "300", "40", "12" });
            reading.Mentions.Should().OnlyContain(m => m.Chain.Reporter == "daily-ledger");
        }

        [Fact]
        public void BinaryGarbageReadsWithoutAnException()
        {
            var random = new Random(12);
            var chars = new char[300_000];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0xFFFF);
            }

            var reading = Reading.Of(new string(chars));

            reading.Mentions.Should().OnlyContain(m => m.Chain.Reporter == "daily-ledger" && m.Decisions.Count == 5);
        }

        [Fact]
        public void PunctuationAndCueWordsWithoutSentencesReadWithoutAnException()
        {
            var text = string.Concat(Enumerable.Repeat("said told \u201C 5 , which \" according to , he added 7 ", 20_000));

            var reading = Reading.Of(text);

            reading.Mentions.Should().NotBeEmpty();
            reading.Mentions.Should().OnlyContain(m => m.Decisions.Count == 5);
        }

        [Fact]
        public void TenMegabytesOfArticleTextAttributesEveryFigure()
        {
            const string paragraph = "The agency said 1,200 homes lost power. \u201CWe restored 300 lines,\u201D the director said. Crews fixed 40 poles.\n";
            var text = new StringBuilder(10 * 1024 * 1024 + paragraph.Length);
            while (text.Length < 10 * 1024 * 1024)
            {
                text.Append(paragraph);
            }

            var reading = Reading.Of(text.ToString());
            var paragraphs = text.Length / paragraph.Length;

            reading.Mentions.Should().HaveCount(3 * paragraphs);
            reading.Mentions.Count(m => m.Source.Kind == SourceKind.NewsOutlet).Should().Be(paragraphs, "only 'Crews fixed 40 poles' has no source");
        }
    }
}
