using System;
using System.Collections.Generic;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;

namespace ClaimRecon.Arithmetic
{
    /// <summary>
    /// Interval arithmetic on <see cref="NumericRange"/>s that <em>encloses</em> the true result: for every x in X and
    /// y in Y, x ∘ y lies in X ∘ Y.
    /// </summary>
    /// <remarks>
    /// <para>Each end is computed exactly (as a rational number) and rounded once, outwards: a lower end down, an upper
    /// end up. An end that had to be rounded becomes closed, which still encloses. Ends that are exact keep the
    /// open/closed kind the operation implies: (5000, 6000] × [10, 10] = (50000, 60000]. Unbounded ends follow the
    /// set-based rules of IEEE 1788: a closed zero times anything is zero, so [0, 1] × [1, +inf) = [0, +inf).</para>
    /// <para>Division by a range that contains zero strictly inside returns <see cref="NumericRange.All"/> (the true
    /// result is two pieces; their hull is all numbers). A zero at a closed end of the divisor is left out, since no
    /// number is divided by zero: [1, 2] ÷ [0, 1] = [1, +inf).</para>
    /// <para>The empty range propagates: any operation with an empty operand returns <see cref="NumericRange.Empty"/>.
    /// Results beyond what a decimal holds throw <see cref="OverflowException"/>. All members are pure and thread-safe.</para>
    /// </remarks>
    public static class RangeArithmetic
    {
        /// <summary>Returns the range of x + y for x in <paramref name="left"/> and y in <paramref name="right"/>.</summary>
        /// <param name="left">The first operand.</param>
        /// <param name="right">The second operand.</param>
        /// <returns>The enclosing sum.</returns>
        public static NumericRange Add(NumericRange left, NumericRange right)
        {
            if (left.IsEmpty || right.IsEmpty)
            {
                return NumericRange.Empty;
            }

            var lower = Sum(left.Lower, right.Lower, up: false);
            var upper = Sum(left.Upper, right.Upper, up: true);
            return new NumericRange(lower, upper);
        }

        /// <summary>Returns the range of x − y for x in <paramref name="left"/> and y in <paramref name="right"/>.</summary>
        /// <param name="left">The minuend.</param>
        /// <param name="right">The subtrahend.</param>
        /// <returns>The enclosing difference.</returns>
        public static NumericRange Subtract(NumericRange left, NumericRange right) => Add(left, Negate(right));

        /// <summary>Returns the range of −x for x in <paramref name="range"/> (exact).</summary>
        /// <param name="range">The operand.</param>
        /// <returns>The negated range.</returns>
        public static NumericRange Negate(NumericRange range)
        {
            if (range.IsEmpty)
            {
                return NumericRange.Empty;
            }

            return new NumericRange(NegateBound(range.Upper), NegateBound(range.Lower));
        }

        /// <summary>Returns the range of x × y for x in <paramref name="left"/> and y in <paramref name="right"/>.</summary>
        /// <param name="left">The first factor.</param>
        /// <param name="right">The second factor.</param>
        /// <returns>The enclosing product.</returns>
        public static NumericRange Multiply(NumericRange left, NumericRange right)
        {
            if (left.IsEmpty || right.IsEmpty)
            {
                return NumericRange.Empty;
            }

            var corners = new List<End>(4);
            foreach (var x in Ends(left))
            {
                foreach (var y in Ends(right))
                {
                    if (x.IsClosedZero || y.IsClosedZero)
                    {
                        corners.Add(End.Finite(default, closed: true));
                    }
                    else if (x.Infinity != 0 || y.Infinity != 0)
                    {
                        var sign = x.SignOf * y.SignOf;
                        if (sign != 0)
                        {
                            corners.Add(End.Infinite(sign));
                        }
                    }
                    else
                    {
                        corners.Add(End.Finite(ExactDecimal.Multiply(x.Value, y.Value), x.Closed && y.Closed));
                    }
                }
            }

            return FromCorners(corners);
        }

        /// <summary>Returns the range of x ÷ y for x in <paramref name="left"/> and non-zero y in <paramref name="right"/>.</summary>
        /// <param name="left">The dividend.</param>
        /// <param name="right">The divisor.</param>
        /// <returns>The enclosing quotient; <see cref="NumericRange.All"/> when zero lies strictly inside the divisor.</returns>
        /// <exception cref="DivideByZeroException"><paramref name="right"/> is the single point zero.</exception>
        public static NumericRange Divide(NumericRange left, NumericRange right)
        {
            if (left.IsEmpty || right.IsEmpty)
            {
                return NumericRange.Empty;
            }

            if (right.IsPoint && right.Lower.Value == 0)
            {
                throw new DivideByZeroException($"Cannot divide {left} by {right}: the divisor is only zero.");
            }

            var straddles = (right.Lower.IsUnbounded || right.Lower.Value < 0) && (right.Upper.IsUnbounded || right.Upper.Value > 0);
            if (straddles)
            {
                return left.IsPoint && left.Lower.Value == 0 ? NumericRange.Point(0) : NumericRange.All;
            }

            var corners = new List<End>(4);
            foreach (var x in Ends(left))
            {
                foreach (var y in Ends(right))
                {
                    // The divisor never takes the value zero: a closed zero end counts as open.
                    var divisorIsZero = y.Infinity == 0 && y.Value.Sign == 0;
                    if (x.IsClosedZero)
                    {
                        corners.Add(End.Finite(default, closed: true));
                    }
                    else if (y.Infinity != 0)
                    {
                        if (x.Infinity == 0)
                        {
                            corners.Add(End.Finite(default, closed: false));
                        }
                    }
                    else if (divisorIsZero)
                    {
                        // y tends to zero from inside the divisor: from above at its lower end, from below at its upper end.
                        var side = y.IsLowerEnd ? 1 : -1;
                        var sign = x.SignOf * side;
                        if (sign != 0)
                        {
                            corners.Add(End.Infinite(sign));
                        }
                    }
                    else if (x.Infinity != 0)
                    {
                        corners.Add(End.Infinite(x.Infinity * y.Value.Sign));
                    }
                    else
                    {
                        corners.Add(End.Finite(ExactDecimal.Divide(x.Value, y.Value), x.Closed && y.Closed));
                    }
                }
            }

            return FromCorners(corners);
        }

        private static NumericRange FromCorners(List<End> corners)
        {
            var low = corners[0];
            var high = corners[0];
            for (var i = 1; i < corners.Count; i++)
            {
                var c = corners[i];
                var below = Compare(c, low);
                if (below < 0 || (below == 0 && c.Closed))
                {
                    low = c;
                }

                var above = Compare(c, high);
                if (above > 0 || (above == 0 && c.Closed))
                {
                    high = c;
                }
            }

            return new NumericRange(ToBound(low, up: false), ToBound(high, up: true));
        }

        private static int Compare(End a, End b)
        {
            if (a.Infinity != 0 || b.Infinity != 0)
            {
                return a.Infinity.CompareTo(b.Infinity);
            }

            return a.Value.CompareTo(b.Value);
        }

        private static RangeBound ToBound(End end, bool up)
        {
            if (end.Infinity != 0)
            {
                return RangeBound.Unbounded;
            }

            var value = end.Value.Round(up, out var exact);
            return end.Closed || !exact ? RangeBound.Closed(value) : RangeBound.Open(value);
        }

        private static RangeBound Sum(RangeBound a, RangeBound b, bool up)
        {
            if (a.IsUnbounded || b.IsUnbounded)
            {
                return RangeBound.Unbounded;
            }

            var exactSum = ExactDecimal.Add(ExactDecimal.From(a.Value), ExactDecimal.From(b.Value));
            var value = exactSum.Round(up, out var exact);
            return a.IsClosed && b.IsClosed || !exact ? RangeBound.Closed(value) : RangeBound.Open(value);
        }

        private static RangeBound NegateBound(RangeBound bound) =>
            bound.IsUnbounded ? RangeBound.Unbounded
            : bound.IsClosed ? RangeBound.Closed(-bound.Value) : RangeBound.Open(-bound.Value);

        private static End[] Ends(NumericRange range) => new[]
        {
            range.Lower.IsUnbounded ? End.Infinite(-1, isLowerEnd: true) : End.Finite(ExactDecimal.From(range.Lower.Value), range.Lower.IsClosed, isLowerEnd: true),
            range.Upper.IsUnbounded ? End.Infinite(1) : End.Finite(ExactDecimal.From(range.Upper.Value), range.Upper.IsClosed),
        };

        private readonly struct End
        {
            private End(int infinity, ExactDecimal value, bool closed, bool isLowerEnd)
            {
                Infinity = infinity;
                Value = value;
                Closed = closed;
                IsLowerEnd = isLowerEnd;
            }

            /// <summary>-1 or +1 for an infinite end, 0 for a finite one.</summary>
            public int Infinity { get; }

            public ExactDecimal Value { get; }

            public bool Closed { get; }

            public bool IsLowerEnd { get; }

            public int SignOf => Infinity != 0 ? Infinity : Value.Sign;

            public bool IsClosedZero => Infinity == 0 && Closed && Value.Sign == 0;

            public static End Finite(ExactDecimal value, bool closed, bool isLowerEnd = false) =>
                new(0, value.Denominator.IsZero ? ExactDecimal.From(0m) : value, closed, isLowerEnd);

            public static End Infinite(int sign, bool isLowerEnd = false) => new(sign, ExactDecimal.From(0m), false, isLowerEnd);
        }
    }
}
