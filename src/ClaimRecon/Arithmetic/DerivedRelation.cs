using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Units;

namespace ClaimRecon.Arithmetic
{
    /// <summary>
    /// A relation the caller declares between quantities, such as "daily cost = detainees held × cost per detainee per
    /// day", which lets contradiction detection check figures through arithmetic.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe. The relation is evaluated with <see cref="UnitRange"/> arithmetic, which encloses the
    /// true result and carries units; the result is then converted into the target quantity's unit, so a product in
    /// USD/day checked against a quantity in USD/month is multiplied by [28, 31].
    /// </remarks>
    public sealed class DerivedRelation
    {
        private readonly QuantityKey[] _operands;

        private DerivedRelation(RelationKind kind, QuantityKey target, QuantityKey[] operands, string? name)
        {
            Kind = kind;
            Target = target;
            _operands = operands;
            Name = name;
        }

        /// <summary>Gets how the target is computed.</summary>
        public RelationKind Kind { get; }

        /// <summary>Gets the derived quantity.</summary>
        public QuantityKey Target { get; }

        /// <summary>Gets the quantities the target is computed from, in order.</summary>
        public IReadOnlyList<QuantityKey> Operands => _operands;

        /// <summary>Gets the caller's name for the relation, used in explanations, or null.</summary>
        public string? Name { get; }

        /// <summary>Declares target = factor₁ × factor₂ × ….</summary>
        /// <param name="target">The derived quantity.</param>
        /// <param name="factors">Two or more factors.</param>
        /// <returns>The relation.</returns>
        /// <exception cref="ArgumentException">Fewer than two factors, or the target is among them.</exception>
        public static DerivedRelation Product(QuantityKey target, params QuantityKey[] factors) =>
            Create(RelationKind.Product, target, factors, 2, int.MaxValue);

        /// <summary>Declares target = term₁ + term₂ + ….</summary>
        /// <param name="target">The derived quantity.</param>
        /// <param name="terms">Two or more terms.</param>
        /// <returns>The relation.</returns>
        /// <exception cref="ArgumentException">Fewer than two terms, or the target is among them.</exception>
        public static DerivedRelation Sum(QuantityKey target, params QuantityKey[] terms) =>
            Create(RelationKind.Sum, target, terms, 2, int.MaxValue);

        /// <summary>Declares target = numerator ÷ denominator.</summary>
        /// <param name="target">The derived quantity.</param>
        /// <param name="numerator">The dividend.</param>
        /// <param name="denominator">The divisor.</param>
        /// <returns>The relation.</returns>
        public static DerivedRelation Ratio(QuantityKey target, QuantityKey numerator, QuantityKey denominator) =>
            Create(RelationKind.Ratio, target, new[] { numerator, denominator }, 2, 2);

        /// <summary>Declares target = percent % of whole.</summary>
        /// <param name="target">The derived quantity.</param>
        /// <param name="percent">A quantity in percent.</param>
        /// <param name="whole">The quantity the percentage is taken of.</param>
        /// <returns>The relation.</returns>
        public static DerivedRelation PercentOf(QuantityKey target, QuantityKey percent, QuantityKey whole) =>
            Create(RelationKind.PercentOf, target, new[] { percent, whole }, 2, 2);

        /// <summary>Declares that target is <paramref name="rate"/> expressed per another period (USD/day as USD/month).</summary>
        /// <param name="target">The derived quantity.</param>
        /// <param name="rate">The quantity it converts.</param>
        /// <returns>The relation.</returns>
        public static DerivedRelation PerPeriod(QuantityKey target, QuantityKey rate) =>
            Create(RelationKind.PerPeriod, target, new[] { rate }, 1, 1);

        /// <summary>Returns a copy with a name used in explanations.</summary>
        /// <param name="name">The name, e.g. "monthly cost from the daily cost".</param>
        /// <returns>The named relation.</returns>
        public DerivedRelation WithName(string name) => new(Kind, Target, _operands, Preconditions.NotBlank(name));

        /// <summary>Evaluates the relation on operand values and converts the result into <paramref name="targetUnit"/>.</summary>
        /// <param name="operands">One value per operand, in the order of <see cref="Operands"/>.</param>
        /// <param name="targetUnit">The target quantity's unit.</param>
        /// <returns>The enclosing result in <paramref name="targetUnit"/>.</returns>
        /// <exception cref="ArgumentException">The operand count is wrong, or the result's unit cannot be converted into
        /// <paramref name="targetUnit"/>; the message names the relation and both units.</exception>
        public UnitRange Evaluate(IReadOnlyList<UnitRange> operands, Unit targetUnit)
        {
            Preconditions.NotNull(operands);
            Preconditions.NotNull(targetUnit);
            if (operands.Count != _operands.Length)
            {
                throw new ArgumentException(
                    $"Relation \"{this}\" takes {_operands.Length} operands; got {operands.Count}.", nameof(operands));
            }

            for (var i = 0; i < operands.Count; i++)
            {
                if (operands[i] is null)
                {
                    throw new ArgumentNullException(nameof(operands), $"operands[{i}] is null.");
                }
            }

            UnitRange result;
            switch (Kind)
            {
                case RelationKind.Product:
                case RelationKind.PercentOf:
                    result = operands[0];
                    for (var i = 1; i < operands.Count; i++)
                    {
                        result = result.Multiply(operands[i]);
                    }

                    break;
                case RelationKind.Sum:
                    result = operands[0];
                    for (var i = 1; i < operands.Count; i++)
                    {
                        result = result.Add(operands[i]);
                    }

                    break;
                case RelationKind.Ratio:
                    result = operands[0].Divide(operands[1]);
                    break;
                default:
                    result = operands[0];
                    break;
            }

            if (!result.Unit.IsCommensurableWith(targetUnit))
            {
                throw new ArgumentException(
                    $"Relation \"{this}\" gives values in {result.Unit.Symbol} (dimension {result.Unit.Dimension}), which cannot be converted into the target's unit {targetUnit.Symbol} (dimension {targetUnit.Dimension}).",
                    nameof(targetUnit));
            }

            return result.ConvertTo(targetUnit);
        }

        /// <summary>Returns the relation as a formula, e.g. <c>a/daily-cost = a/held × a/cost-per-detainee</c>.</summary>
        /// <returns>The formula.</returns>
        public override string ToString()
        {
            string formula;
            switch (Kind)
            {
                case RelationKind.Product:
                    formula = string.Join(" \u00D7 ", _operands.Select(o => o.ToString()));
                    break;
                case RelationKind.Sum:
                    formula = string.Join(" + ", _operands.Select(o => o.ToString()));
                    break;
                case RelationKind.Ratio:
                    formula = _operands[0] + " \u00F7 " + _operands[1];
                    break;
                case RelationKind.PercentOf:
                    formula = _operands[0] + " % of " + _operands[1];
                    break;
                default:
                    formula = _operands[0] + " per period";
                    break;
            }

            return Target + " = " + formula;
        }

        private static DerivedRelation Create(RelationKind kind, QuantityKey target, QuantityKey?[]? operands, int min, int max)
        {
            Preconditions.NotNull(target);
            var given = Preconditions.NotNull(operands);
            if (given.Length < min || given.Length > max)
            {
                throw new ArgumentException(
                    $"A {kind} relation takes {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : "at least " + min.ToString(System.Globalization.CultureInfo.InvariantCulture))} operand(s); got {given.Length}.",
                    nameof(operands));
            }

            for (var i = 0; i < given.Length; i++)
            {
                if (given[i] is null)
                {
                    throw new ArgumentNullException(nameof(operands), $"operands[{i}] is null.");
                }

                if (given[i]!.Equals(target))
                {
                    throw new ArgumentException(
                        $"operands[{i}] = {given[i]} is the target itself; a quantity cannot be derived from itself.", nameof(operands));
                }
            }

            return new DerivedRelation(kind, target, (QuantityKey[])given.Clone()!, null);
        }
    }
}
