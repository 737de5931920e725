using System.Collections.Generic;
using ClaimRecon.Extraction;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>What <see cref="ArticleReader"/> read from one article: every figure with its attribution, and the attributions in the text.</summary>
    /// <remarks>All lists are in text order. This type is immutable and thread-safe.</remarks>
    public sealed class ArticleReading
    {
        internal ArticleReading(Article article, ExtractionResult extraction, IReadOnlyList<AttributedMention> mentions, IReadOnlyList<AttributedDenial> denials, IReadOnlyList<CitedStatement> statements, IReadOnlyList<Source> sources)
        {
            Article = article;
            Extraction = extraction;
            Mentions = mentions;
            Denials = denials;
            Statements = statements;
            Sources = sources;
        }

        /// <summary>Gets the article read.</summary>
        public Article Article { get; }

        /// <summary>Gets the figures and rejected numbers as <see cref="NumericMentionExtractor"/> read them.</summary>
        public ExtractionResult Extraction { get; }

        /// <summary>Gets one attribution per figure of <see cref="Extraction"/>, in the same order; none is dropped.</summary>
        public IReadOnlyList<AttributedMention> Mentions { get; }

        /// <summary>
        /// Gets the denials that give no figure of their own ("far lower than what is being reported", "the figure was
        /// exaggerated"), in text order, each with its source, direction and what it denies. A denial that carries its
        /// figure is in <see cref="Mentions"/> with stance denies.
        /// </summary>
        public IReadOnlyList<AttributedDenial> Denials { get; }

        /// <summary>Gets every attribution found in the text, with or without a figure in its content.</summary>
        public IReadOnlyList<CitedStatement> Statements { get; }

        /// <summary>Gets every source named by some chain, once each, ordered by identifier.</summary>
        public IReadOnlyList<Source> Sources { get; }
    }
}
