using ClaimRecon.Arithmetic;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>A declared relation that could not be checked for one period, and why (nothing is skipped silently).</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed class UncheckedRelation
    {
        internal UncheckedRelation(DerivedRelation relation, TimeReference? period, string reason)
        {
            Relation = relation;
            Period = period;
            Reason = reason;
        }

        /// <summary>Gets the relation.</summary>
        public DerivedRelation Relation { get; }

        /// <summary>Gets the target period that could not be checked, or null when the target has no claims at all.</summary>
        public TimeReference? Period { get; }

        /// <summary>Gets why, naming the quantity that lacked a value.</summary>
        public string Reason { get; }

        /// <summary>Returns the relation and the reason.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Relation + ": " + Reason;
    }
}
