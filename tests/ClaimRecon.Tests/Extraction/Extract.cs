using System.Linq;
using ClaimRecon.Extraction;
using FluentAssertions;

namespace ClaimRecon.Tests.Extraction
{
    /// <summary>Helpers: read a sentence and check that a mention's span points at its own text.</summary>
    internal static class Extract
    {
        public static ExtractionResult All(string text)
        {
            var result = NumericMentionExtractor.Extract(text);
            foreach (var mention in result.Mentions)
            {
                text.Substring(mention.Start, mention.Length).Should().Be(mention.Text, "a mention's span must point at its text");
            }

            foreach (var rejection in result.Rejections)
            {
                text.Substring(rejection.Start, rejection.Length).Should().Be(rejection.Text, "a rejection's span must point at its text");
            }

            return result;
        }

        public static NumericMention Single(string text)
        {
            var mentions = All(text).Mentions;
            mentions.Should().HaveCount(1, "\"{0}\" states one quantity; found {1}", text, string.Join("; ", mentions.Select(m => m.ToString())));
            return mentions[0];
        }
    }
}
