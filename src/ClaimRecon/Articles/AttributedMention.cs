using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Extraction;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// One figure of an article with everything that makes it a claim: who gave it through whom, with what stance,
    /// when it was said and what time it describes, the words that show each, and the rule that decided each.
    /// </summary>
    /// <remarks>
    /// <para><see cref="Chain"/> runs from the article's outlet to the origin of the figure: "a senior security source at
    /// the Joint Operations Command told Kurdistan24" in a Kurdistan24 article is
    /// <c>kurdistan24 → cites → joint-operations-command/senior-security-source → speaks for → joint-operations-command</c>.
    /// When nobody is cited the chain is the outlet alone. <see cref="ChainSources"/> holds a <see cref="Sources.Source"/>
    /// for every identifier in the chain, so a <see cref="ClaimSet"/> can be built from them.</para>
    /// <para>Spans index into the article's text. <see cref="SourceSpan"/> is the words as written ("he", "the source");
    /// <see cref="Source"/> is what they were resolved to. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class AttributedMention
    {
        private readonly Uri? _url;

        internal AttributedMention(
            NumericMention mention,
            TextSpan sentence,
            TextSpan? quote,
            CueKind cueKind,
            TextSpan? cue,
            TextSpan? sourceSpan,
            Source source,
            Source? speaksFor,
            AttributionChain chain,
            IReadOnlyList<Source> chainSources,
            Stance stance,
            TimeReference statedAt,
            TimeReference? describes,
            IReadOnlyList<RuleDecision> decisions,
            DenialTarget? denies,
            Uri? url)
        {
            Denies = denies;
            Mention = mention;
            Sentence = sentence;
            Quote = quote;
            CueKind = cueKind;
            Cue = cue;
            SourceSpan = sourceSpan;
            Source = source;
            SpeaksFor = speaksFor;
            Chain = chain;
            ChainSources = chainSources;
            Stance = stance;
            StatedAt = statedAt;
            Describes = describes;
            Decisions = decisions;
            _url = url;
        }

        /// <summary>Gets the figure as the reader found it (text, span, range, unit).</summary>
        public NumericMention Mention { get; }

        /// <summary>Gets the sentence that holds the figure.</summary>
        public TextSpan Sentence { get; }

        /// <summary>Gets the quotation that holds the figure, if it is quoted.</summary>
        public TextSpan? Quote { get; }

        /// <summary>Gets the kind of cue that tied the figure to its source; <see cref="CueKind.None"/> when the outlet itself gives it.</summary>
        public CueKind CueKind { get; }

        /// <summary>Gets the cue words ("told", "according to"), if any.</summary>
        public TextSpan? Cue { get; }

        /// <summary>Gets the words that name the source, as written; null when the text names none (the outlet's own figure, an agentless passive).</summary>
        public TextSpan? SourceSpan { get; }

        /// <summary>Gets the source that gave the figure: a person, an anonymous official, an organisation, an outlet, a document, or unattributed "circulating claims".</summary>
        public Source Source { get; }

        /// <summary>Gets the organisation the source speaks for ("the Joint Operations Command" for one of its officials), if any.</summary>
        public Source? SpeaksFor { get; }

        /// <summary>Gets the chain from the article's outlet to the figure's origin.</summary>
        public AttributionChain Chain { get; }

        /// <summary>Gets a source for every identifier of <see cref="Chain"/>, outlet first, in chain order.</summary>
        public IReadOnlyList<Source> ChainSources { get; }

        /// <summary>Gets what the source does with the figure.</summary>
        public Stance Stance { get; }

        /// <summary>
        /// Gets what is denied when <see cref="Stance"/> is <see cref="Stance.Denies"/>: the figure itself as reported
        /// (<see cref="DenialTarget.OwnFigure"/>), with the direction the words give ("exaggerated", "far lower than
        /// reported": the truth is lower; "understated": higher); null for every other stance.
        /// </summary>
        public DenialTarget? Denies { get; }

        /// <summary>Gets when the figure was said: the publication time, or the day the text gives ("on Saturday"), at its precision.</summary>
        public TimeReference StatedAt { get; }

        /// <summary>Gets the moment or period the figure describes ("so far", "since January", "in 2023"), if the text says.</summary>
        public TimeReference? Describes { get; }

        /// <summary>Gets the rule that decided each part, in the order of <see cref="AttributionPart"/>.</summary>
        public IReadOnlyList<RuleDecision> Decisions { get; }

        /// <summary>Gets the decision for one part.</summary>
        /// <param name="part">The part.</param>
        /// <returns>The decision (every part but <see cref="AttributionPart.Denied"/>, which only an <see cref="AttributedDenial"/> has).</returns>
        /// <exception cref="InvalidOperationException"><paramref name="part"/> is <see cref="AttributionPart.Denied"/>.</exception>
        public RuleDecision DecisionFor(AttributionPart part) => Decisions.First(d => d.Part == part);

        /// <summary>
        /// A copy that gives the figure to the outlet alone, as its own arithmetic on figures of the same article
        /// (<see cref="ArticleReconciler"/> decides that from the relations the text implies); the rule is recorded in
        /// <see cref="Decisions"/> for the source, chain and stance, with <paramref name="evidence"/>.
        /// </summary>
        internal AttributedMention AsOutletArithmetic(TextSpan? evidence)
        {
            const string rule = "source.outlet-arithmetic";
            var decisions = new List<RuleDecision>(Decisions.Count);
            foreach (var d in Decisions)
            {
                decisions.Add(d.Part is AttributionPart.Source or AttributionPart.Chain or AttributionPart.Stance ? new RuleDecision(d.Part, rule, evidence) : d);
            }

            var outlet = ChainSources[0];
            return new AttributedMention(
                Mention, Sentence, Quote, CueKind, Cue, SourceSpan, outlet, null, new AttributionChain(Chain.Reporter, Array.Empty<AttributionStep>()), new[] { outlet },
                Stance.Asserts, StatedAt, Describes, decisions, null, _url);
        }

        /// <summary>Turns the figure into a claim with this attribution, stance, denial and times, and the figure's words as evidence.</summary>
        /// <param name="id">The claim's identifier.</param>
        /// <param name="quantity">The quantity the figure measures (deciding it is not this type's work).</param>
        /// <param name="policy">The interpretation of the hedge; <see cref="InterpretationPolicy.Default"/> when null.</param>
        /// <returns>The claim.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
        public Claim ToClaim(string id, QuantityKey quantity, InterpretationPolicy? policy = null) =>
            new(id, quantity, Mention.IsProportion ? AsPercentage(Mention.ClaimFigure) : Mention.ClaimFigure, Chain, Stance, StatedAt, Describes, new[] { new Evidence(_url, Mention.Text, Mention.Start, Mention.Start + Mention.Length) }, policy, denies: Denies);

        /// <summary>
        /// A part of a whole written as a fraction or a ratio ("half of the staff" is 0.5) as the percentage its quantity is
        /// measured in (50), with the same hedge and words, so it meets "40% of the staff" on one scale.
        /// </summary>
        private static HedgedFigure AsPercentage(HedgedFigure figure)
        {
            if (figure.StatedRange is { } range)
            {
                var scaled = new NumericRange(Hundredfold(range.Lower), Hundredfold(range.Upper));
                return figure.Hedge == Hedge.Vague ? HedgedFigure.Vague(scaled, figure.Wording) : HedgedFigure.OfRange(scaled, figure.Wording);
            }

            return figure.UpperValue is decimal upper
                ? HedgedFigure.Between(figure.Value * 100m, upper * 100m, figure.Wording)
                : HedgedFigure.Of(figure.Hedge, figure.Value * 100m, figure.Wording);
        }

        private static RangeBound Hundredfold(RangeBound bound) =>
            bound.IsUnbounded ? bound : bound.IsClosed ? RangeBound.Closed(bound.Value * 100m) : RangeBound.Open(bound.Value * 100m);

        /// <summary>Returns the figure, chain, stance and times, such as <c>"more than 5,000" kurdistan24 → cites → ... asserts, stated 2026-02-10</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"\u201C{Mention.Text}\u201D {Chain} {Stance.ToString().ToLowerInvariant()}, stated {StatedAt}" + (Describes is null ? string.Empty : $", describes {Describes}");
    }
}
