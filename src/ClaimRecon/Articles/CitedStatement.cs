using System;

namespace ClaimRecon.Articles
{
    /// <summary>One attribution found in an article's text: the words that name the source, the cue that ties them to what was said, and what was said.</summary>
    /// <remarks>
    /// <para>This is the textual layer under <see cref="AttributedMention"/>, found whether or not its content holds a
    /// figure, so it can be compared with attribution corpora (PARC, PolNeAR). <see cref="Source"/> is the words as
    /// written ("he", "a senior security source", "who"); the source they refer to is resolved on each
    /// <see cref="AttributedMention"/>. It is null for an agentless passive ("it was reported").</para>
    /// <para>This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class CitedStatement
    {
        internal CitedStatement(CueKind kind, TextSpan cue, TextSpan? source, TextSpan content, string rule)
        {
            Kind = kind;
            Cue = cue;
            Source = source;
            Content = content;
            Rule = rule;
        }

        /// <summary>Gets the kind of cue.</summary>
        public CueKind Kind { get; }

        /// <summary>Gets the cue words ("said", "according to", "told").</summary>
        public TextSpan Cue { get; }

        /// <summary>Gets the words naming the source, if the text names one.</summary>
        public TextSpan? Source { get; }

        /// <summary>Gets what was said: the clause or quotation the cue introduces.</summary>
        public TextSpan Content { get; }

        /// <summary>Gets the name of the rule that found the source span (see <see cref="ArticleReader"/>).</summary>
        public string Rule { get; }

        /// <summary>Returns "source cue: content".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => FormattableString.Invariant($"{Source?.Text ?? "(no source)"} {Cue.Text}: {Content.Text}");
    }
}
