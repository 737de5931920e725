using ClaimRecon.Internal;
using NodaTime;

namespace ClaimRecon.Extraction
{
    /// <summary>Reads numeric mentions from English news text: hedges, ranges, scales, money, percentages and rates, with spans.</summary>
    /// <remarks>
    /// <para>Bounds, as one table (X and Y are the figures as written, scale applied):</para>
    /// <list type="table">
    /// <listheader><term>wording</term><description>range</description></listheader>
    /// <item><term>more than, over, above, in excess of, upwards of</term><description>(X, +inf): strict lower bound (<see cref="Hedging.Hedge.MoreThan"/>)</description></item>
    /// <item><term>at least, no fewer than, no less than, X or more, X+</term><description>[X, +inf): inclusive lower bound (<see cref="Hedging.Hedge.AtLeast"/>)</description></item>
    /// <item><term>up to, as many as</term><description>(-inf, X]: inclusive upper bound (<see cref="Hedging.Hedge.UpTo"/>)</description></item>
    /// <item><term>at most, no more than, X or less</term><description>(-inf, X]: inclusive upper bound (<see cref="Hedging.Hedge.AtMost"/>)</description></item>
    /// <item><term>under, fewer than, less than, below</term><description>(-inf, X): strict upper bound (<see cref="Hedging.Hedge.FewerThan"/>)</description></item>
    /// <item><term>between X and Y, from X to Y, X to Y, X–Y</term><description>[X, Y]: closed (<see cref="Hedging.Hedge.Between"/>)</description></item>
    /// <item><term>nearly, almost, just under, close to</term><description>strictly below X: [X − tX, X) with the policy's nearly tolerance t (<see cref="Hedging.Hedge.Nearly"/>, <see cref="Hedging.Hedge.Almost"/>)</description></item>
    /// <item><term>about, approximately, roughly, some, around, an estimated, X or so, ~X, ≈X</term><description>approximate: [X − tX, X + tX] with the policy's approximate tolerance t (<see cref="Hedging.Hedge.About"/>, <see cref="Hedging.Hedge.Approximately"/>, <see cref="Hedging.Hedge.Roughly"/>)</description></item>
    /// <item><term>a bare figure</term><description>[X, X] under the default policy</description></item>
    /// <item><term>more than X and fewer than Y (two bounds joined)</term><description>(X, Y), each end as its own wording says; the mention has no single <see cref="NumericMention.Figure"/></description></item>
    /// </list>
    /// <para>Approximate hedges are interpreted by <see cref="Hedging.InterpretationPolicy.Default"/>; each mention's
    /// <see cref="NumericMention.Figure"/> keeps hedge and value, so another policy gives another range.</para>
    /// <para>Vague amounts are ranges with an open upper end: "dozens" [24, 100); "hundreds", "thousands", "millions",
    /// "billions" [2S, 10S) for S = 100, 1,000, ...; "tens of thousands" [20,000, 100,000); "hundreds of thousands"
    /// [200,000, 1,000,000); "a few hundred", "several thousand" [2S, 10S); "a few dozen", "several dozen" [24, 120); "a couple
    /// of hundred" [2S, 4S); "a handful of" [2, 10); "scores of" [40, 200).</para>
    /// <para>A scale written once applies to both ends of a range ("3 to 4 million" is [3000000, 4000000], "$2-3bn" is
    /// [2e9, 3e9]). Changes are told apart from values: "rose 20%" is a change amount, "up from 3,000" is the level 3,000
    /// before a rise (value and <see cref="NumericMention.PriorValue"/> 3000), "rose from 5,000 to 7,000" is the level 7,000 reached from
    /// 5,000, while "ranged from 5,000 to 7,000" is the range [5000, 7000].</para>
    /// <para>Numbers that are not quantities are reported in <see cref="ExtractionResult.Rejections"/> with a
    /// <see cref="RejectionReason"/>: years and dates, times of day, ordinals, phone numbers, identifiers, "24/7", "9/11",
    /// fiscal years such as "2022-23", and "one of the".</para>
    /// <para>The scanner is hand-written: one pass to split the text into tokens, then a bounded look around each number,
    /// so time grows linearly with the text and no input can make it backtrack. It holds no state between calls and is
    /// thread-safe.</para>
    /// </remarks>
    public static class NumericMentionExtractor
    {
        /// <summary>Reads every numeric mention in <paramref name="text"/>.</summary>
        /// <param name="text">English text, such as a news article.</param>
        /// <param name="publishedOn">The publication date, kept in the result so claims made from it can be dated; optional.</param>
        /// <returns>The mentions and the numbers rejected as non-quantities, in text order.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
        public static ExtractionResult Extract(string text, LocalDate? publishedOn = null)
        {
            Preconditions.NotNull(text);
            var scanner = new Scanner(text);
            try
            {
                scanner.Run();
            }
            finally
            {
                scanner.Release();
            }

            return new ExtractionResult(text, publishedOn, scanner.Mentions, scanner.Rejections);
        }
    }
}
