using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>A unit read after a figure: the unit (null when written but not known), its tokens, and a scale it carries ("musd" is a million USD).</summary>
    internal readonly struct UnitInfo
    {
        public UnitInfo(Unit? unit, int first, int last, string? written, decimal multiplier = 1m)
        {
            Unit = unit;
            First = first;
            Last = last;
            Written = written;
            Multiplier = multiplier;
        }

        public decimal Multiplier { get; }

        public Unit? Unit { get; }

        public int First { get; }

        public int Last { get; }

        public string? Written { get; }
    }
}
