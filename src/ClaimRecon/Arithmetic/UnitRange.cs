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

            // Each end of the factor is an exact ratio rounded once to a decimal (1 day = 0.1428571428571428571428571429
            // week); widen a rounded end by more than the rounding, so 7 days still enclose 1 week.
            var factor = Unit.ConversionFactorTo(target);
            factor = RangeArithmetic.Add(factor, NumericRange.Closed(-RoundingSlack(factor.Lower.Value), RoundingSlack(factor.Upper.Value)));
            return new UnitRange(RangeArithmetic.Multiply(Range, factor), target);
        }

        /// <summary>
        /// A bound on the rounding of a conversion factor end: 0 when it has fewer than 20 significant digits (factors
        /// between the library's units that are exact decimals are short: 0.01, 28, 1.609344); otherwise ten units in its
        /// 29th significant digit, at least 1e-28, which exceeds the half unit a decimal division rounds by.
        /// </summary>
        private static decimal RoundingSlack(decimal value)
        {
            var bits = decimal.GetBits(value);
            var scale = (bits[3] >> 16) & 0xFF;
            var mantissa = System.Numerics.BigInteger.Abs(ExactDecimal.From(value).Numerator);
            if (mantissa.IsZero)
            {
                return 0m;
            }

            while (scale > 0 && (mantissa % 10).IsZero)
            {
                mantissa /= 10;
                scale--;
            }

            var digits = mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            if (digits < 20)
            {
                return 0m;
            }

            var exponent = Math.Max(digits - 1 - scale - 27, -28);
            var slack = 1m;
            for (var k = 0; k < Math.Abs(exponent); k++)
            {
                slack = exponent < 0 ? slack / 10m : slack * 10m;
            }

            return slack;
        }

        /// <summary>Returns the range and unit, e.g. <c>[1960000, 2170000] USD/month</c>.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Range + " " + Unit.Symbol;
    }
}
