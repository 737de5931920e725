namespace ClaimRecon.Quantities
{
    /// <summary>How a quantity behaves over time, which decides how claims about it may be combined.</summary>
    public enum QuantityKind
    {
        /// <summary>A level at a moment that can rise or fall ("detainees held"). This is the default value.</summary>
        Level = 0,

        /// <summary>A running total that can only grow ("prisoners transferred so far"): later figures may be higher, never lower.</summary>
        Cumulative,

        /// <summary>An amount per period ("$70,000 a day"); its unit carries the period.</summary>
        Flow,

        /// <summary>A planned or expected figure ("7,000 slated for transfer"), never compared with what happened.</summary>
        Target,

        /// <summary>A proportion of another quantity ("30 percent hold Turkish nationality").</summary>
        Ratio,
    }
}
