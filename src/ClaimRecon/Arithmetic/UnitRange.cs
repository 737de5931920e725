using System;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;
using ClaimRecon.Units;

namespace ClaimRecon.Arithmetic
{
    /// <summary>A range of values together with their unit: "[5000, 6000] person", "[9, 11] USD/day/person".</summary>
    /// <remarks>
    /// Immutable and thread-safe. Arithmetic encloses the true result (see <see cref="RangeArithmetic"/>) and carries
    /// units: person × USD/day/person = USD/day. Adding or comparing values in different but commensurable units converts
    /// them first, and a conversion whose factor is itself a range (1 USD/day = [28, 31] USD/month) widens the result.
    /// </remarks>
    public sealed class UnitRange
    {
        /// <summary>Creates a unit range.</summary>
        /// <param name="range">The values.</param>
        /// <param name="unit">Their unit.</param>
        /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
        public UnitRange(NumericRange range, Unit unit)
        {
            Range = range;
            Unit = Preconditions.NotNull(unit);
        }

        /// <summary>Gets the values.</summary>
        public NumericRange Range { get; }

        /// <summary>Gets the unit of the values.</summary>
        public Unit Unit { get; }

        /// <summary>Returns the product; its unit is the product of the units.</summary>
        /// <param name="other">The other factor.</param>
        /// <returns>The enclosing product.</returns>
        public UnitRange Multiply(UnitRange other)
        {
            Preconditions.NotNull(other);
            return new UnitRange(RangeArithmetic.Multiply(Range, other.Range), Unit.Multiply(other.Unit));
        }

        /// <summary>Returns the quotient; its unit is the quotient of the units.</summary>
        /// <param name="other">The divisor.</param>
        /// <returns>The enclosing quotient.</returns>
        public UnitRange Divide(UnitRange other)
        {
            Preconditions.NotNull(other);
            return new UnitRange(RangeArithmetic.Divide(Range, other.Range), Unit.Divide(other.Unit));
        }

        /// <summary>Returns the sum, in this range's unit.</summary>
        /// <param name="other">The other term; its unit must be commensurable with this one.</param>
        /// <returns>The enclosing sum.</returns>
        /// <exception cref="ArgumentException">The units have different dimensions; the message names both.</exception>
        public UnitRange Add(UnitRange other)
        {
            Preconditions.NotNull(other);
            return new UnitRange(RangeArithmetic.Add(Range, other.ConvertTo(Unit).Range), Unit);
        }

        /// <summary>Returns the difference, in this range's unit.</summary>
        /// <param name="other">The subtrahend; its unit must be commensurable with this one.</param>
        /// <returns>The enclosing difference.</returns>
        /// <exception cref="ArgumentException">The units have different dimensions; the message names both.</exception>
        public UnitRange Subtract(UnitRange other)
        {
            Preconditions.NotNull(other);
            return new UnitRange(RangeArithmetic.Subtract(Range, other.ConvertTo(Unit).Range), Unit);
        }

        /// <summary>Converts into another unit of the same dimension.</summary>
        /// <param name="target">The unit to convert into.</param>
        /// <returns>The values in <paramref name="target"/>; wider when the conversion factor is a range.</returns>
        /// <exception cref="ArgumentException">The dimensions differ; the message names both units.</exception>
        public UnitRange ConvertTo(Unit target)
        {
            Preconditions.NotNull(target);
            if (target.Equals(Unit))
            {
                return this;
            }

            return new UnitRange(RangeArithmetic.Multiply(Range, Unit.ConversionFactorTo(target)), target);
        }

        /// <summary>Returns the range and unit, e.g. <c>[1960000, 2170000] USD/month</c>.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Range + " " + Unit.Symbol;
    }
}
