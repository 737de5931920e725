namespace ClaimRecon.Hedging
{
    /// <summary>The qualifier a source put on a figure. Each maps to a range under an <see cref="InterpretationPolicy"/>.</summary>
    /// <remarks>
    /// <para>The mapping, for figure X (and Y for <see cref="Between"/>), with policy tolerances t:</para>
    /// <list type="table">
    /// <listheader><term>Hedge</term><description>Range</description></listheader>
    /// <item><term><see cref="None"/> (a bare "7,000")</term><description>[X, X], or [X − tX, X + tX] when the policy's bare-figure tolerance t is above 0</description></item>
    /// <item><term><see cref="Exactly"/></term><description>[X, X]</description></item>
    /// <item><term><see cref="MoreThan"/></term><description>(X, +inf)</description></item>
    /// <item><term><see cref="AtLeast"/></term><description>[X, +inf)</description></item>
    /// <item><term><see cref="FewerThan"/></term><description>(-inf, X)</description></item>
    /// <item><term><see cref="AtMost"/>, <see cref="UpTo"/></term><description>(-inf, X]</description></item>
    /// <item><term><see cref="Nearly"/>, <see cref="Almost"/></term><description>[X − tX, X): below X, never reaching it</description></item>
    /// <item><term><see cref="About"/>, <see cref="Approximately"/>, <see cref="Roughly"/></term><description>[X − tX, X + tX]</description></item>
    /// <item><term><see cref="Between"/></term><description>[X, Y]</description></item>
    /// <item><term><see cref="Range"/>, <see cref="Vague"/></term><description>the stated range (<see cref="HedgedFigure.StatedRange"/>), as given, under every policy</description></item>
    /// </list>
    /// <para>Ranges are not clipped to the quantity's domain here: "fewer than 10" people is (-inf, 10) until it is
    /// canonicalised for whole non-negative numbers, which gives [0, 9].</para>
    /// </remarks>
    public enum Hedge
    {
        /// <summary>A bare figure with no qualifier ("7,000 prisoners"). This is the default value.</summary>
        None = 0,

        /// <summary>"exactly X".</summary>
        Exactly,

        /// <summary>"more than X", "over X": strictly above X.</summary>
        MoreThan,

        /// <summary>"at least X", "no fewer than X": X or above.</summary>
        AtLeast,

        /// <summary>"fewer than X", "less than X", "under X": strictly below X.</summary>
        FewerThan,

        /// <summary>"at most X", "no more than X": X or below.</summary>
        AtMost,

        /// <summary>"up to X": X or below.</summary>
        UpTo,

        /// <summary>"nearly X": a little below X, never X itself.</summary>
        Nearly,

        /// <summary>"almost X": a little below X, never X itself.</summary>
        Almost,

        /// <summary>"about X": close to X on either side.</summary>
        About,

        /// <summary>"approximately X": close to X on either side.</summary>
        Approximately,

        /// <summary>"roughly X": close to X on either side.</summary>
        Roughly,

        /// <summary>"between X and Y": X to Y, both included.</summary>
        Between,

        /// <summary>A range stated with its own ends ("more than 100 and fewer than 300"); see <see cref="HedgedFigure.OfRange"/>.</summary>
        Range,

        /// <summary>A vague amount ("thousands", "dozens", "a few") read as a documented range; see <see cref="HedgedFigure.Vague"/>.</summary>
        Vague,
    }
}
