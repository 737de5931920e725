using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>One numeric mention read from text: where it is, the range it states, and everything written around it.</summary>
    /// <remarks>
    /// <para><see cref="Range"/> follows the bound table in <see cref="NumericMentionExtractor"/>: "more than 5,000" is
    /// (5000, +inf), "at least" closes the end, "between 5,000 and 6,000" is [5000, 6000]. Approximate hedges ("about",
    /// "nearly") are interpreted by <see cref="InterpretationPolicy.Default"/>; <see cref="Figure"/> keeps the hedge and
    /// value so another policy can be applied with <see cref="InterpretationPolicy.Interpret"/>. Vague amounts
    /// ("dozens", "tens of thousands") have a documented range and no figure; <see cref="ToClaim"/> makes them claims
    /// whose figure is that range (<see cref="HedgedFigure.Vague"/>), and two joined bounds a stated range.</para>
    /// <para>Scales apply before anything else: "$2.1 million" has <see cref="Value"/> 2100000 and
    /// <see cref="ScaleText"/> "million". This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class NumericMention
    {
        internal NumericMention(
            int start,
            string text,
            NumericRange range,
            HedgedFigure? figure,
            decimal? value,
            Unit? unit,
            string? unitText,
            IReadOnlyList<string> per,
            string? scaleText,
            string? hedgeText,
            string? countedNoun,
            ChangeDirection change,
            bool isChangeAmount,
            decimal? priorValue,
            bool isVague,
            bool isProportion = false)
        {
            IsVague = isVague;
            IsProportion = isProportion;
            Start = start;
            Text = text;
            Range = range;
            Figure = figure;
            Value = value;
            Unit = unit;
            UnitText = unitText;
            Per = per;
            ScaleText = scaleText;
            HedgeText = hedgeText;
            CountedNoun = countedNoun;
            Change = change;
            IsChangeAmount = isChangeAmount;
            PriorValue = priorValue;
        }

        /// <summary>Gets the offset of the mention's first character in the text.</summary>
        public int Start { get; }

        /// <summary>Gets the number of characters of the mention.</summary>
        public int Length => Text.Length;

        /// <summary>Gets the text of the mention, from its hedge to its unit and rate ("approximately $10", "$2.1 million per month").</summary>
        public string Text { get; }

        /// <summary>Gets the range the mention states, each end open, closed or unbounded (see the remarks).</summary>
        public NumericRange Range { get; }

        /// <summary>Gets the hedged figure as written; null for vague amounts ("dozens") and for two bounds joined ("more than 100 and fewer than 300"), which no single hedge states.</summary>
        public HedgedFigure? Figure { get; }

        /// <summary>Gets the single value stated, with its scale applied ("nearly 7,000" gives 7000); null for a range or a vague amount.</summary>
        public decimal? Value { get; }

        /// <summary>Gets the unit, rate denominators included ("$10 per prisoner per day" gives USD/day/person); null for a bare count of things this library has no unit for (see <see cref="CountedNoun"/>).</summary>
        public Unit? Unit { get; }

        /// <summary>Gets the unit as written ("$", "percent", "kilometers"); null when none was written.</summary>
        public string? UnitText { get; }

        /// <summary>Gets the rate denominators as written, in text order ("per prisoner per day" gives "prisoner", "day"); empty when the mention is not a rate.</summary>
        public IReadOnlyList<string> Per { get; }

        /// <summary>Gets the scale as written ("million", "bn", "k", "lakh"); null when there is none.</summary>
        public string? ScaleText { get; }

        /// <summary>Gets the hedge as written ("more than", "nearly", "between", "or more"); null when there is none.</summary>
        public string? HedgeText { get; }

        /// <summary>Gets the noun counted, when it follows the number ("5,000 ISIS prisoners" gives "ISIS prisoners"); null otherwise.</summary>
        public string? CountedNoun { get; }

        /// <summary>Gets whether the mention reports a change, and which way.</summary>
        public ChangeDirection Change { get; }

        /// <summary>Gets whether the figure is the size of a change ("rose 20%", "down by 300") rather than the level before or after it ("rose to 5,000", "down from 3,000").</summary>
        public bool IsChangeAmount { get; }

        /// <summary>Gets the level a change started from ("rose from 5,000 to 7,000" gives 5000; "down from 3,000" gives 3000); null otherwise.</summary>
        public decimal? PriorValue { get; }

        /// <summary>Gets whether the mention is a vague amount ("dozens", "hundreds", "a few hundred") read as a documented range.</summary>
        public bool IsVague { get; }

        /// <summary>
        /// Gets whether the figure is a part of a whole written as a fraction or a ratio ("half of the staff", "two-thirds of
        /// residents", "one in four applicants"): 0.5, 0.67, 0.25 of what follows, not a count of it.
        /// </summary>
        internal bool IsProportion { get; }

        /// <summary>Turns the mention into a claim, with the mention's text and span as evidence.</summary>
        /// <param name="id">The claim's identifier.</param>
        /// <param name="quantity">The quantity the figure is about.</param>
        /// <param name="attribution">Who said it, through whom.</param>
        /// <param name="statedAt">When it was said or published; null when unknown.</param>
        /// <param name="describes">The moment or period the figure is about; null when unknown.</param>
        /// <param name="stance">What the source does with the figure; <see cref="Stance.Asserts"/> by default.</param>
        /// <param name="url">The document's address, kept in the evidence; optional.</param>
        /// <param name="policy">The interpretation of the hedge; <see cref="InterpretationPolicy.Default"/> when null.</param>
        /// <returns>The claim. Its figure is <see cref="Figure"/> when the mention has one; a vague amount ("thousands")
        /// becomes <see cref="HedgedFigure.Vague"/> and two joined bounds ("more than 100 and fewer than 300")
        /// <see cref="HedgedFigure.OfRange"/>, each with <see cref="Range"/> and the mention's text as wording.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="quantity"/> or <paramref name="attribution"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="id"/> is blank or not a valid identifier.</exception>
        public Claim ToClaim(
            string id,
            QuantityKey quantity,
            AttributionChain attribution,
            TimeReference? statedAt = null,
            TimeReference? describes = null,
            Stance stance = Stance.Asserts,
            Uri? url = null,
            InterpretationPolicy? policy = null)
        {
            Preconditions.NotNull(quantity);
            Preconditions.NotNull(attribution);
            var evidence = new Evidence(url, Text, Start, Start + Text.Length);
            return new Claim(id, quantity, ClaimFigure, attribution, stance, statedAt, describes, new[] { evidence }, policy);
        }

        /// <summary>
        /// Gets the figure a claim made of this mention carries: <see cref="Figure"/>, else the range as stated or as a
        /// vague amount. The reader gives every mention a non-empty range with at least one finite end (the extractor
        /// rejects the rest), which is what <see cref="HedgedFigure.OfRange"/> and <see cref="HedgedFigure.Vague"/> need.
        /// </summary>
        internal HedgedFigure ClaimFigure =>
            Figure ?? (IsVague ? HedgedFigure.Vague(Range, Text) : HedgedFigure.OfRange(Range, Text));

        /// <summary>Returns the text, the range and the unit, such as <c>"nearly 7,000" [6300, 7000) person at 120</c>.</summary>
        /// <returns>The text form (invariant culture).</returns>
        public override string ToString() =>
            FormattableString.Invariant($"\"{Text}\" {Range}{(Unit is null ? string.Empty : " " + Unit.Symbol)}{(Change == ChangeDirection.None ? string.Empty : " change " + Change)} at {Start}");
    }
}
