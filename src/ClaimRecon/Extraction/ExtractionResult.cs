using System.Collections.Generic;
using NodaTime;

namespace ClaimRecon.Extraction
{
    /// <summary>What <see cref="NumericMentionExtractor.Extract"/> found in one text: the quantities and the numbers it refused.</summary>
    /// <remarks>Both lists are in text order and never overlap each other. This type is immutable and thread-safe.</remarks>
    public sealed class ExtractionResult
    {
        internal ExtractionResult(string text, LocalDate? publishedOn, IReadOnlyList<NumericMention> mentions, IReadOnlyList<RejectedNumber> rejections)
        {
            Text = text;
            PublishedOn = publishedOn;
            Mentions = mentions;
            Rejections = rejections;
        }

        /// <summary>Gets the text that was read.</summary>
        public string Text { get; }

        /// <summary>Gets the publication date given to the extractor, if any.</summary>
        public LocalDate? PublishedOn { get; }

        /// <summary>Gets the numeric mentions, in text order.</summary>
        public IReadOnlyList<NumericMention> Mentions { get; }

        /// <summary>Gets the numbers that were not read as quantities (years, dates, ordinals, phone numbers, ...), in text order.</summary>
        public IReadOnlyList<RejectedNumber> Rejections { get; }
    }
}
