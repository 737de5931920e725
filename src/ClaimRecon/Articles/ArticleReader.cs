using ClaimRecon.Internal;

namespace ClaimRecon.Articles
{
    /// <summary>Reads an article into its figures, each with source, chain, stance, times and evidence.</summary>
    /// <remarks>
    /// <para><b>How.</b> The figures are <see cref="Extraction.NumericMentionExtractor"/>'s. The text is split once into
    /// tokens, sentences, paragraphs (one per line) and quotations; the cue rules below find attributions in each
    /// sentence; each figure takes the innermost attribution whose content holds it. No parser or tagger is used: the
    /// rules read a bounded window of words around each cue, so time is linear in the text.</para>
    /// <para><b>Source rules</b> (the name on <see cref="CitedStatement.Rule"/> and on the <see cref="AttributionPart.Source"/> decision):</para>
    /// <list type="table">
    /// <item><term><c>source.verb.subject-before</c></term><description>"officials said", "a source told Kurdistan24 that", "X on Saturday announced": the noun phrase before a reporting verb (said, says, told, added, stated, announced, confirmed, estimated, reported, denied, rejected, ...), a verb with the preposition its cue takes ("pointed to", "railed against") or a progressive ("is saying", "was telling"). With descriptions set off by commas the name keeps them (<c>source.verb.subject-before.appositive</c>: "Lena Voss, 64, of Linfield, said"); an aside about how or where it was said is left out (<c>source.verb.subject-before.aside</c>: "Lena Voss, speaking at a town meeting, said").</description></item>
    /// <item><term><c>source.verb.subject-after</c></term><description>"..., said the minister": the phrase after the verb, when a quotation or comma precedes it.</description></item>
    /// <item><term><c>source.verb.trailing</c></term><description>"More than 5,000 were moved, a source told Kurdistan24.": the content is the clause before.</description></item>
    /// <item><term><c>source.quote.speaker-after</c></term><description>"“...,” X said", "“...,” he continued": the content is the quotation, across sentences.</description></item>
    /// <item><term><c>source.quote.carried-over</c></term><description>a quotation with no cue of its own takes the speaker of the last attributed quotation in the same or the two paragraphs before.</description></item>
    /// <item><term><c>source.according-to</c>, <c>source.based-on</c></term><description>"according to X", "based on X's investigations".</description></item>
    /// <item><term><c>source.as-by</c></term><description>"As reported by X, ...", "..., as estimated by X.": the agent of a reporting verb's participle between "as" and "by".</description></item>
    /// <item><term><c>source.citing</c></term><description>"..., citing X" when X looks like a source.</description></item>
    /// <item><term><c>source.data-from</c>, <c>source.statement-from</c></term><description>"data from X", "figures from X", "a statement from X": a document that speaks for X.</description></item>
    /// <item><term><c>source.passive</c></term><description>"it was reported", "is estimated at": no agent; the source carries over from the last source of the same or previous paragraph (<c>source.passive.carried-over</c>), else unattributed "circulating claims". "was reported by X" names X (<c>source.passive.by-agent</c>).</description></item>
    /// <item><term><c>source.participle.clause-subject</c></term><description>"..., adding that", "..., stressing that": the subject of the clause's earlier cue.</description></item>
    /// <item><term><c>source.participle.sentence-subject</c></term><description>"Mayor Reyes changed her plans in June, saying that ...": with no cue before it, the short subject that opens the sentence, when it looks like a source.</description></item>
    /// <item><term><c>source.verb.relative</c></term><description>"CENTCOM, which estimates": the phrase before the relative pronoun.</description></item>
    /// <item><term><c>source.headline</c></term><description>a headline "Security Source to Kurdistan24: ...".</description></item>
    /// <item><term><c>source.nested</c></term><description>a cue inside another's content ("X said Y told them"): the chain cites both. A cue inside a quotation is the speaker's own words, not a cue: "“I told the board we had 300,” she said" is hers alone.</description></item>
    /// <item><term><c>source.outlet</c></term><description>no cue: the outlet gives the figure itself.</description></item>
    /// </list>
    /// <para>Pronouns and definite descriptions are resolved as <see cref="Speakers"/> documents (nearest compatible
    /// source before the cue); phrases are normalised as <see cref="SourceNormalizer"/> documents, through the alias table.
    /// A denial outranks what it denies: a figure inside "rumors suggesting N ... are inaccurate" is the denier's figure,
    /// with stance denies. Stance rules are on <see cref="StanceRules"/>, time rules on <see cref="TimeRules"/>.</para>
    /// <para><b>Bad input.</b> Any text reads without an exception (empty text, no figures, binary garbage, unbalanced
    /// quotation marks); only a null article is refused. This type holds no state and is thread-safe.</para>
    /// </remarks>
    public static class ArticleReader
    {
        /// <summary>Reads an article with the <see cref="SourceAliases.Default"/> alias table.</summary>
        /// <param name="article">The article.</param>
        /// <returns>Every figure with its attribution, and every attribution found.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="article"/> is null.</exception>
        public static ArticleReading Read(Article article) => Read(article, SourceAliases.Default);

        /// <summary>Reads an article with the caller's alias table.</summary>
        /// <param name="article">The article.</param>
        /// <param name="aliases">The names that denote one source (see <see cref="SourceAliases"/>).</param>
        /// <returns>Every figure with its attribution, and every attribution found.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="article"/> or <paramref name="aliases"/> is null.</exception>
        public static ArticleReading Read(Article article, SourceAliases aliases)
        {
            Preconditions.NotNull(article);
            Preconditions.NotNull(aliases);
            return new Attribution(article, aliases).Run();
        }
    }
}
