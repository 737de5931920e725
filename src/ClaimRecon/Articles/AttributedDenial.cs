using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Time;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// A denial that gives no figure of its own ("the number is far lower than what is being reported", "the figure was
    /// exaggerated"): who denies, through whom, which way the truth lies, and what is denied.
    /// </summary>
    /// <remarks>
    /// <para>A denial that carries its figure ("rejected claims that 7,000 had been moved") is an
    /// <see cref="AttributedMention"/> with <see cref="Stance.Denies"/>; this type holds the others, one per denial
    /// statement whose content holds no figure.</para>
    /// <para>What is denied, as <see cref="ArticleReader"/> documents: <see cref="DeniedFigures"/> are the reported figures
    /// the denial points at when one is in reach (given by another source than the denier, in the denial's paragraph, the
    /// two before or the three after; when the denial names what is counted, "the number of foreign nationals", only a
    /// figure followed by that word counts; otherwise only one before the denial); <see cref="DeniedSource"/> is the source
    /// whose figures the words name ("what is being reported", "rumours": unattributed circulating claims; "media reports":
    /// the media). Both may be empty: "the figure is wrong" with no figure in reach denies nothing a claim can name.</para>
    /// <para>Spans index into the article's text. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class AttributedDenial
    {
        private readonly Uri? _url;

        internal AttributedDenial(
            TextSpan sentence,
            TextSpan cue,
            TextSpan words,
            TextSpan content,
            TextSpan? sourceSpan,
            Source source,
            Source? speaksFor,
            AttributionChain chain,
            IReadOnlyList<Source> chainSources,
            DenialDirection direction,
            IReadOnlyList<AttributedMention> deniedFigures,
            Source? deniedSource,
            TimeReference statedAt,
            IReadOnlyList<RuleDecision> decisions,
            Uri? url)
        {
            Sentence = sentence;
            Cue = cue;
            Words = words;
            Content = content;
            SourceSpan = sourceSpan;
            Source = source;
            SpeaksFor = speaksFor;
            Chain = chain;
            ChainSources = chainSources;
            Direction = direction;
            DeniedFigures = deniedFigures;
            DeniedSource = deniedSource;
            StatedAt = statedAt;
            Decisions = decisions;
            _url = url;
        }

        /// <summary>Gets the sentence that holds the denial.</summary>
        public TextSpan Sentence { get; }

        /// <summary>Gets the cue that ties the denial to its source ("said", "rejected", "adding").</summary>
        public TextSpan Cue { get; }

        /// <summary>Gets the words that deny: a denial verb ("rejected") or predicate ("inaccurate", "far lower than").</summary>
        public TextSpan Words { get; }

        /// <summary>Gets what was said: the clause the cue introduces.</summary>
        public TextSpan Content { get; }

        /// <summary>Gets the words that name the denier, as written; null when the text names none (an agentless passive).</summary>
        public TextSpan? SourceSpan { get; }

        /// <summary>Gets who denies, resolved as for a figure (pronouns, aliases, documents).</summary>
        public Source Source { get; }

        /// <summary>Gets the organisation the denier speaks for, if any.</summary>
        public Source? SpeaksFor { get; }

        /// <summary>Gets the chain from the article's outlet to the denier.</summary>
        public AttributionChain Chain { get; }

        /// <summary>Gets a source for every identifier of <see cref="Chain"/>, outlet first, in chain order.</summary>
        public IReadOnlyList<Source> ChainSources { get; }

        /// <summary>Gets where the denial puts the truth: lower ("exaggerated", "far lower than"), higher ("understated"), or no direction ("inaccurate").</summary>
        public DenialDirection Direction { get; }

        /// <summary>Gets the reported figures the denial points at, nearest first; empty when none is in reach.</summary>
        public IReadOnlyList<AttributedMention> DeniedFigures { get; }

        /// <summary>Gets the source whose figures the words name ("what is being reported": circulating claims), if they name one.</summary>
        public Source? DeniedSource { get; }

        /// <summary>Gets when the denial was said: the publication time, or the day the text gives, at its precision.</summary>
        public TimeReference StatedAt { get; }

        /// <summary>Gets the rule that decided each part: source, chain, stance (with the denying words), when said, and what is denied.</summary>
        public IReadOnlyList<RuleDecision> Decisions { get; }

        /// <summary>Gets the decision for one part.</summary>
        /// <param name="part">The part.</param>
        /// <returns>The decision.</returns>
        /// <exception cref="InvalidOperationException">No rule decided <paramref name="part"/> (a denial has no <see cref="AttributionPart.Describes"/> decision).</exception>
        public RuleDecision DecisionFor(AttributionPart part) => Decisions.First(d => d.Part == part);

        /// <summary>Gets the target a claim made from this denial denies, given the identifiers of the claims made from <see cref="DeniedFigures"/>.</summary>
        /// <param name="deniedClaimIds">The claims of the denied figures; when null or empty, the figures of <see cref="DeniedSource"/> are denied.</param>
        /// <returns>The target, with <see cref="Direction"/>.</returns>
        /// <exception cref="InvalidOperationException">No claim identifier is given and the text names no source whose figures are denied.</exception>
        /// <exception cref="ArgumentException">An identifier is blank or repeats.</exception>
        public DenialTarget Target(IEnumerable<string>? deniedClaimIds = null)
        {
            var ids = deniedClaimIds?.ToList();
            if (ids is { Count: > 0 })
            {
                return DenialTarget.OfClaims(ids, Direction);
            }

            return DeniedSource is { } source
                ? DenialTarget.OfSource(source.Id, Direction)
                : throw new InvalidOperationException($"the denial \u201C{Words.Text}\u201D at offset {Words.Start} names no source and no claim identifier was given; pass the identifiers of the claims it denies.");
        }

        /// <summary>Turns the denial into a claim without a figure (<see cref="Claim.Denying"/>) with this chain, target, date and the content as evidence (the sentence when the content is empty, as when the denial verb comes after what it denies: "a charge the board denied").</summary>
        /// <param name="id">The claim's identifier.</param>
        /// <param name="quantity">The quantity denied (deciding it is not this type's work; the quantity of a denied figure is a good choice).</param>
        /// <param name="deniedClaimIds">The claims of the denied figures; when null or empty, <see cref="DeniedSource"/>'s figures are denied (see <see cref="Target"/>).</param>
        /// <returns>The claim; a <see cref="ClaimSet"/> holding it also needs <see cref="ChainSources"/> and <see cref="DeniedSource"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or an identifier is blank or repeats.</exception>
        /// <exception cref="InvalidOperationException">No claim identifier is given and the text names no source whose figures are denied.</exception>
        public Claim ToClaim(string id, QuantityKey quantity, IEnumerable<string>? deniedClaimIds = null)
        {
            // A denial verb after what it denies ("a charge that the board denied") has no clause of its own: the sentence is the evidence.
            var quote = string.IsNullOrWhiteSpace(Content.Text) ? Sentence : Content;
            return Claim.Denying(id, quantity, Chain, Target(deniedClaimIds), StatedAt, evidence: new[] { new Evidence(_url, quote.Text, quote.Start, quote.End) });
        }

        /// <summary>Returns the chain, the denying words and the direction, such as <c>kurdistan24 → cites → ... denies "far lower than" (truth lower)</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{Chain} denies \u201C{Words.Text}\u201D" + (Direction == DenialDirection.None ? string.Empty : Direction == DenialDirection.Lower ? " (truth lower)" : " (truth higher)");
    }
}
