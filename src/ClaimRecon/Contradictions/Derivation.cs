using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Arithmetic;
using ClaimRecon.Claims;
using ClaimRecon.Time;

namespace ClaimRecon.Contradictions
{
    /// <summary>A derived figure: a declared relation evaluated on the merged operand values for one period.</summary>
    /// <remarks>Immutable and thread-safe. <see cref="Result"/> uses each claim's interpretation policy;
    /// <see cref="LiteralResult"/> reads hedges exactly ("about x" as x, "nearly x" as just below x); the checks themselves count figures as agreeing literally when they agree read 0.01% wide.</remarks>
    public sealed class Derivation
    {
        private readonly DerivationOperand[] _operands;

        internal Derivation(string id, DerivedRelation relation, TimeReference? period, DerivationOperand[] operands, UnitRange result, UnitRange literalResult)
        {
            Id = id;
            Relation = relation;
            Period = period;
            _operands = operands;
            Result = result;
            LiteralResult = literalResult;
        }

        /// <summary>Gets the derivation's identifier within its report ("derivation-1", …).</summary>
        public string Id { get; }

        /// <summary>Gets the relation evaluated.</summary>
        public DerivedRelation Relation { get; }

        /// <summary>Gets the target's described period, or null.</summary>
        public TimeReference? Period { get; }

        /// <summary>Gets the operand values used, in the relation's order.</summary>
        public IReadOnlyList<DerivationOperand> Operands => _operands;

        /// <summary>Gets the derived range in the target's unit, under the claims' interpretation policies.</summary>
        public UnitRange Result { get; }

        /// <summary>Gets the derived range with hedges read literally.</summary>
        public UnitRange LiteralResult { get; }

        /// <summary>Gets every claim the operands rest on.</summary>
        public IEnumerable<Claim> Claims => _operands.SelectMany(o => o.Claims);

        /// <summary>Returns the relation and the result.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() =>
            Relation + " on " + (Period?.ToString() ?? "no period") + ": " + string.Join(" , ", _operands.Select(o => o.ToString())) + " -> " + Result;
    }
}
