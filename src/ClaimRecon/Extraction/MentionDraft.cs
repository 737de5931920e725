using System.Collections.Generic;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>How a range was introduced before its first figure.</summary>
    internal enum RangeIntro
    {
        None,
        Between,
        From,
    }

    /// <summary>
    /// A mention being assembled around one figure: each stage of <see cref="MentionAssembler"/> widens the tokens
    /// <see cref="First"/>..<see cref="Last"/> and fills in what it read. <see cref="P"/> is the next token to look at
    /// after the figure. One draft serves every mention of a pass (<see cref="Start"/> clears it), so reading a mention
    /// allocates only what the mention keeps.
    /// </summary>
    internal sealed class MentionDraft
    {
        /// <summary>Clears every field and starts a mention around <paramref name="amount"/>.</summary>
        public void Start(Amount amount)
        {
            Amount = amount;
            First = amount.First;
            Last = amount.Last;
            P = 0;
            Currency = null;
            CurrencyFirst = amount.First;
            CurrencyText = null;
            Unit = null;
            UnitText = null;
            Hedge = Hedge.None;
            HedgeText = null;
            Intro = RangeIntro.None;
            Low = amount.Value;
            RawLow = amount.Raw;
            ScaleText = amount.ScaleText;
            High = null;
            Descending = false;
            AcrossTime = false;
            TwoSided = null;
            Per.Clear();
            PerUnits.Clear();
            Noun = null;
            Change = ChangeDirection.None;
            IsAmount = false;
            Prior = null;
            TooLarge = false;
        }

        /// <summary>Gets the figure the mention is built around.</summary>
        public Amount Amount { get; private set; }

        public int First { get; set; }

        public int Last { get; set; }

        /// <summary>Gets or sets the next token after the part read so far.</summary>
        public int P { get; set; }

        /// <summary>Gets or sets the ISO code of a currency written before the figure.</summary>
        public string? Currency { get; set; }

        public int CurrencyFirst { get; set; }

        public string? CurrencyText { get; set; }

        public Unit? Unit { get; set; }

        public string? UnitText { get; set; }

        public Hedge Hedge { get; set; }

        public string? HedgeText { get; set; }

        public RangeIntro Intro { get; set; }

        /// <summary>Gets or sets the value, or the low end of a range (scale applied).</summary>
        public decimal Low { get; set; }

        /// <summary>Gets or sets the low end before its scale, so a scale written only after the high end can apply to it.</summary>
        public decimal RawLow { get; set; }

        public string? ScaleText { get; set; }

        public decimal? High { get; set; }

        /// <summary>Gets or sets whether "from X to Y" fell (X &gt; Y): a change, not a range.</summary>
        public bool Descending { get; set; }

        /// <summary>Gets or sets whether a time is named between the two levels of "from X to Y" ("from 36 in 2006 to 85"): a change over time, not a range.</summary>
        public bool AcrossTime { get; set; }

        /// <summary>Gets or sets the range of two one-sided bounds joined ("more than 100 and fewer than 300").</summary>
        public NumericRange? TwoSided { get; set; }

        public List<string> Per { get; } = new();

        public List<Unit> PerUnits { get; } = new();

        public string? Noun { get; set; }

        public ChangeDirection Change { get; set; }

        public bool IsAmount { get; set; }

        public decimal? Prior { get; set; }

        /// <summary>Gets or sets whether a scale written after the unit took the figure past what a decimal holds.</summary>
        public bool TooLarge { get; set; }
    }
}
