using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Internal;
using ClaimRecon.Ranges;

namespace ClaimRecon.Units
{
    /// <summary>
    /// A unit of measurement: a product of named atomic units with whole exponents, such as <c>person</c>,
    /// <c>USD</c>, <c>USD/day</c>, <c>USD/person/day</c>, <c>km</c> or <c>%</c>.
    /// </summary>
    /// <remarks>
    /// <para><b>Text form.</b> Atomic symbols joined by <c>*</c> (numerator, ordered by symbol) followed by <c>/symbol</c>
    /// for each denominator factor, with <c>^n</c> for powers: <c>USD/day/person</c>, <c>km^2</c>, <c>1</c> for a pure
    /// number. <see cref="Parse(string)"/> reads it back (plus plurals and aliases such as "people", "days", "dollars").</para>
    /// <para><b>Unknown units are errors.</b> Parsing an unknown symbol fails and names it. A unit the library does not
    /// know can be stated explicitly as opaque, written <c>{name}</c> (as UCUM writes annotations): it has its own
    /// dimension and matches only itself.</para>
    /// <para><b>Conversion.</b> Units of equal <see cref="Dimension"/> convert by a factor. Months (28 to 31 days) and
    /// years (365 or 366 days) have no single length, so a factor is a range: see <see cref="ConversionFactorTo(Unit)"/>.</para>
    /// <para>Equality is structural: km and m are different units of the same dimension. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed partial class Unit : IEquatable<Unit>
    {
        private static readonly Dictionary<string, AtomicUnit> Atoms = AtomicUnit.BuildCatalogue();
        private static readonly char[] NotInOpaqueNames = { '{', '}', '*', '/', '^' };
        private static readonly char[] Braces = { '{', '}' };

        private readonly KeyValuePair<AtomicUnit, int>[] _factors;

        private Unit(KeyValuePair<AtomicUnit, int>[] factors)
        {
            _factors = factors;
            var bases = new KeyValuePair<string, int>[factors.Length];
            for (var f = 0; f < factors.Length; f++)
            {
                bases[f] = new KeyValuePair<string, int>(factors[f].Key.BaseDimension, factors[f].Value);
            }

            Dimension = Dimension.OfBases(bases);
            Symbol = Format(factors);
        }

        /// <summary>The largest exponent a factor may carry, either way: <c>km^12</c> and <c>1/s^12</c> are units, <c>km^13</c> is not.</summary>
        /// <remarks>The limit keeps conversion and formatting cheap and exact: a hostile file cannot ask for <c>km^2147483647</c>.</remarks>
        public const int MaxExponent = 12;

        /// <summary>Gets the unit of pure numbers, written <c>1</c>.</summary>
        public static Unit One { get; } = new(Array.Empty<KeyValuePair<AtomicUnit, int>>());

        /// <summary>Gets the count of people, <c>person</c> (whole numbers; "prisoners", "detainees").</summary>
        public static Unit Person { get; } = Atom("person");

        /// <summary>Gets percent, <c>%</c>: a pure number scaled by 1/100.</summary>
        public static Unit Percent { get; } = Atom("%");

        /// <summary>Gets percentage points, <c>pp</c>: a difference between two percentages, never compared with percent.</summary>
        public static Unit PercentagePoint { get; } = Atom("pp");

        /// <summary>Gets the day, <c>day</c> (86,400 seconds).</summary>
        public static Unit Day { get; } = Atom("day");

        /// <summary>Gets the month, <c>month</c> (28 to 31 days).</summary>
        public static Unit Month { get; } = Atom("month");

        /// <summary>Gets the year, <c>year</c> (365 or 366 days).</summary>
        public static Unit Year { get; } = Atom("year");

        /// <summary>Gets the kilometre, <c>km</c>.</summary>
        public static Unit Kilometre { get; } = Atom("km");

        /// <summary>Gets the US dollar, <c>USD</c>.</summary>
        public static Unit UsDollar { get; } = Atom("USD");

        /// <summary>Gets the canonical text form, such as <c>USD/day/person</c>.</summary>
        public string Symbol { get; }

        /// <summary>Gets the dimension; units of equal dimension can be converted and compared.</summary>
        public Dimension Dimension { get; }

        /// <summary>Gets a value indicating whether any factor is a caller's opaque unit.</summary>
        public bool IsOpaque => _factors.Any(f => f.Key.IsOpaque);

        /// <summary>Returns the unit for a three-letter ISO 4217 currency code, such as "USD", "EUR" or "IQD"; also "XBT" (or "BTC") for bitcoin, which ISO 4217 gives no code.</summary>
        /// <param name="code">The three-letter code.</param>
        /// <returns>The currency unit.</returns>
        /// <exception cref="ArgumentException">The code is not a currency this library knows.</exception>
        public static Unit Currency(string code)
        {
            Preconditions.NotBlank(code);
            return code.Length == 3 && Atoms.TryGetValue(code, out var atom) && atom.BaseDimension.StartsWith("money:", StringComparison.Ordinal) && atom.FactorLow == 1m
                ? FromAtom(atom)
                : throw new ArgumentException($"code \"{code}\" is not a known ISO 4217 currency code.", nameof(code));
        }

        /// <summary>Returns an opaque unit: one this library does not know, which matches only itself.</summary>
        /// <param name="name">The unit's name, such as "barrel".</param>
        /// <returns>The unit, written <c>{name}</c>.</returns>
        /// <exception cref="ArgumentException"><paramref name="name"/> is blank or contains a brace, '*', '/' or '^'.</exception>
        public static Unit Opaque(string name)
        {
            Preconditions.NotBlank(name);
            if (name.IndexOfAny(NotInOpaqueNames) >= 0)
            {
                throw new ArgumentException($"name must not contain braces, '*', '/' or '^'; got \"{name}\".", nameof(name));
            }

            return FromAtom(AtomicUnit.CreateOpaque(name.Trim()));
        }

        /// <summary>Parses a unit's text form; see the remarks on <see cref="Unit"/>.</summary>
        /// <param name="text">Text such as "USD/person/day", "people", "%", "{barrel}".</param>
        /// <returns>The unit.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is malformed or names an unknown unit; the message quotes the offending part.</exception>
        public static Unit Parse(string text)
        {
            Preconditions.NotNull(text);
            return TryParse(text, out var unit, out var error) ? unit : throw new FormatException(error);
        }

        /// <summary>Tries to parse a unit's text form.</summary>
        /// <param name="text">The text.</param>
        /// <param name="unit">The unit, on success.</param>
        /// <returns><see langword="true"/> on success.</returns>
        public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Unit? unit) => TryParse(text, out unit, out _);

        /// <summary>Compares two units for equality.</summary>
        /// <param name="left">The first unit.</param>
        /// <param name="right">The second unit.</param>
        /// <returns><see langword="true"/> if equal.</returns>
        public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Compares two units for inequality.</summary>
        /// <param name="left">The first unit.</param>
        /// <param name="right">The second unit.</param>
        /// <returns><see langword="true"/> if they differ.</returns>
        public static bool operator !=(Unit? left, Unit? right) => !(left == right);

        /// <summary>Returns the product of two units: USD/person/day times person is USD/day.</summary>
        /// <param name="other">The other unit.</param>
        /// <returns>The product.</returns>
        /// <exception cref="ArgumentException">An exponent of the product would exceed <see cref="MaxExponent"/>.</exception>
        public Unit Multiply(Unit other) => Combine(Preconditions.NotNull(other), 1);

        /// <summary>Returns the quotient of two units: USD divided by day is USD/day.</summary>
        /// <param name="other">The divisor.</param>
        /// <returns>The quotient.</returns>
        /// <exception cref="ArgumentException">An exponent of the quotient would exceed <see cref="MaxExponent"/>.</exception>
        public Unit Divide(Unit other) => Combine(Preconditions.NotNull(other), -1);

        /// <summary>Determines whether values in the two units can be converted into each other (equal dimensions).</summary>
        /// <param name="other">The other unit.</param>
        /// <returns><see langword="true"/> when the dimensions are equal.</returns>
        public bool IsCommensurableWith(Unit other) => Dimension.Equals(Preconditions.NotNull(other).Dimension);

        /// <summary>
        /// Returns the factor that turns a value in this unit into a value in <paramref name="target"/>, as a range:
        /// a single point for fixed units (1 km = [1000, 1000] m), a proper range where a unit has no fixed length
        /// (1 month = [28, 31] days; 1 USD/day = [28, 31] USD/month).
        /// </summary>
        /// <param name="target">The unit to convert into.</param>
        /// <returns>The closed range of factors.</returns>
        /// <exception cref="ArgumentException">The dimensions differ, or the factor is beyond what a <see cref="decimal"/> holds (as from <c>year^5</c> to <c>s^5</c>); the message names both units.</exception>
        /// <remarks>Factors are computed in <see cref="decimal"/>; each end is an exact ratio rounded once, so where it is not a finite decimal (1 day = 1/7 week) it carries the last of 28 significant digits rounded.</remarks>
        public NumericRange ConversionFactorTo(Unit target)
        {
            Preconditions.NotNull(target);
            if (!IsCommensurableWith(target))
            {
                throw new ArgumentException(
                    $"Cannot convert {Symbol} (dimension {Dimension}) to {target.Symbol} (dimension {target.Dimension}).", nameof(target));
            }

            // Each end is one exact ratio divided once, so it is rounded once: 1 USD/day is exactly [28, 31] USD/month,
            // not [27.99...97, 31.00...02] as dividing already-rounded reciprocals gave.
            try
            {
                var mine = CoherentFactor();
                var theirs = target.CoherentFactor();
                return NumericRange.Closed(
                    (mine.LowNumerator * theirs.HighDenominator) / (mine.LowDenominator * theirs.HighNumerator),
                    (mine.HighNumerator * theirs.LowDenominator) / (mine.HighDenominator * theirs.LowNumerator));
            }
            catch (Exception e) when (e is OverflowException or DivideByZeroException)
            {
                throw new ArgumentException($"The factor from {Symbol} to {target.Symbol} is beyond what a decimal holds (about 7.9e28).", nameof(target));
            }
        }

        /// <inheritdoc />
        public bool Equals(Unit? other) => other is not null && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Unit);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Symbol);

        /// <summary>Returns <see cref="Symbol"/>.</summary>
        /// <returns>The canonical text form.</returns>
        public override string ToString() => Symbol;

        internal static bool TryParse(string? text, [NotNullWhen(true)] out Unit? unit, out string error)
        {
            unit = null;
            if (text is null)
            {
                error = "unit text is null";
                return false;
            }

            var t = text.Trim();
            if (t.Length == 0)
            {
                error = "unit text is empty (write \"1\" for a pure number)";
                return false;
            }

            var result = One;
            var sign = 1;
            var position = 0;
            while (position <= t.Length)
            {
                var next = NextOperator(t, position);
                var term = t.Substring(position, next - position).Trim();
                if (!TryParseTerm(text, term, out var termUnit, out error))
                {
                    return false;
                }

                if (!result.TryCombine(termUnit, sign, out var combined))
                {
                    error = $"unit \"{text}\": an exponent exceeds {MaxExponent} (the largest power a unit may have)";
                    return false;
                }

                result = combined;
                if (next == t.Length)
                {
                    break;
                }

                sign = t[next] == '/' ? -1 : 1;
                position = next + 1;
            }

            unit = result;
            error = string.Empty;
            return true;
        }

        private static int NextOperator(string text, int start)
        {
            var depth = 0;
            for (var i = start; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '{': depth++; break;
                    case '}': depth--; break;
                    case '*' or '/' when depth == 0: return i;
                }
            }

            return text.Length;
        }

        private static bool TryParseTerm(string text, string term, [NotNullWhen(true)] out Unit? unit, out string error)
        {
            unit = null;
            var exponent = 1;
            var caret = term.LastIndexOf('^');
            if (caret >= 0 && term.LastIndexOf('}') < caret)
            {
                var power = term.Substring(caret + 1).Trim();
                if (!int.TryParse(power, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || exponent == 0)
                {
                    error = $"unit \"{text}\": \"{power}\" is not a non-zero whole exponent";
                    return false;
                }

                if (exponent > MaxExponent || exponent < -MaxExponent)
                {
                    error = $"unit \"{text}\": exponent {power} exceeds {MaxExponent} (the largest power a unit may have)";
                    return false;
                }

                term = term.Substring(0, caret).Trim();
            }

            if (term.Length == 0)
            {
                error = $"unit \"{text}\" has an empty factor";
                return false;
            }

            Unit atomUnit;
            if (term == "1")
            {
                atomUnit = One;
            }
            else if (term[0] == '{' && term[term.Length - 1] == '}')
            {
                var name = term.Substring(1, term.Length - 2).Trim();
                if (name.Length == 0 || name.IndexOfAny(Braces) >= 0)
                {
                    error = $"unit \"{text}\": \"{term}\" is not a valid opaque unit (write {{name}})";
                    return false;
                }

                atomUnit = FromAtom(AtomicUnit.CreateOpaque(name));
            }
            else if (Atoms.TryGetValue(term, out var atom))
            {
                atomUnit = FromAtom(atom);
            }
            else
            {
                error = $"unit \"{text}\": \"{term}\" is not a known unit (write {{{term}}} for a unit of your own that matches only itself)";
                return false;
            }

            unit = atomUnit.Pow(exponent);
            error = string.Empty;
            return true;
        }

        private static Unit Atom(string symbol) => FromAtom(Atoms[symbol]);

        private static Unit FromAtom(AtomicUnit atom) => new(new[] { new KeyValuePair<AtomicUnit, int>(atom, 1) });

        private static string Format(KeyValuePair<AtomicUnit, int>[] factors)
        {
            if (factors.Length == 0)
            {
                return "1";
            }

            if (factors.Length == 1 && factors[0].Value == 1)
            {
                return factors[0].Key.Symbol; // an atom: its own symbol, no new string
            }

            var text = new StringBuilder();
            foreach (var f in factors)
            {
                if (f.Value > 0)
                {
                    if (text.Length > 0)
                    {
                        text.Append('*');
                    }

                    AppendFactor(text, f.Key, f.Value);
                }
            }

            if (text.Length == 0)
            {
                text.Append('1');
            }

            foreach (var f in factors)
            {
                if (f.Value < 0)
                {
                    text.Append('/');
                    AppendFactor(text, f.Key, -f.Value);
                }
            }

            return text.ToString();
        }

        private static void AppendFactor(StringBuilder text, AtomicUnit atom, int exponent)
        {
            text.Append(atom.Symbol);
            if (exponent != 1)
            {
                text.Append('^').Append(exponent.ToString(CultureInfo.InvariantCulture));
            }
        }

        private Unit Pow(int exponent) =>
            new(_factors.Select(f => new KeyValuePair<AtomicUnit, int>(f.Key, checked(f.Value * exponent))).ToArray());

        private Unit Combine(Unit other, int sign) =>
            TryCombine(other, sign, out var combined)
                ? combined
                : throw new ArgumentException($"{Symbol} {(sign > 0 ? "times" : "divided by")} {other.Symbol} has an exponent beyond {MaxExponent}, the largest power a unit may have.", nameof(other));

        private bool TryCombine(Unit other, int sign, [NotNullWhen(true)] out Unit? combined)
        {
            // Both factor lists are ordered by symbol: merge them in one pass (no sorted dictionary, no LINQ).
            // Exponents of both sides are within ±MaxExponent, so their sum cannot overflow an int.
            var factors = ExponentLists.Combine(_factors, other._factors, sign, unit => unit.Symbol);
            foreach (var f in factors)
            {
                if (f.Value > MaxExponent || f.Value < -MaxExponent)
                {
                    combined = null;
                    return false;
                }
            }

            combined = new Unit(factors);
            return true;
        }

        /// <summary>Returns the lowest and highest factor to the coherent unit, each as an exact fraction (numerator, denominator).</summary>
        private (decimal LowNumerator, decimal LowDenominator, decimal HighNumerator, decimal HighDenominator) CoherentFactor()
        {
            decimal lowNumerator = 1m, lowDenominator = 1m, highNumerator = 1m, highDenominator = 1m;
            foreach (var f in _factors)
            {
                for (var i = 0; i < Math.Abs(f.Value); i++)
                {
                    if (f.Value > 0)
                    {
                        lowNumerator *= f.Key.FactorLow;
                        highNumerator *= f.Key.FactorHigh;
                    }
                    else
                    {
                        lowDenominator *= f.Key.FactorHigh;
                        highDenominator *= f.Key.FactorLow;
                    }
                }
            }

            return (lowNumerator, lowDenominator, highNumerator, highDenominator);
        }
    }
}
