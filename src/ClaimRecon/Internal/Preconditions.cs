using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ClaimRecon.Internal
{
    /// <summary>
    /// The one place argument checks live. Every failure names the argument and, where there is one, the value.
    /// </summary>
    internal static class Preconditions
    {
        public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
            where T : class
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }

            return value;
        }

        public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }

            if (value.Trim().Length == 0)
            {
                throw new ArgumentException($"{name} must not be empty or white space; got \"{value}\".", name);
            }

            return value;
        }

        public static decimal Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(
                    name, value, $"{name} must be a finite number; got {Describe(value)}.");
            }

            try
            {
                return (decimal)value;
            }
            catch (OverflowException)
            {
                throw new ArgumentOutOfRangeException(
                    name, value, $"{name} = {Describe(value)} is outside the range a decimal can hold (about ±7.9e28).");
            }
        }

        public static double Probability(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
        {
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                throw new ArgumentOutOfRangeException(
                    name, value, $"{name} must lie in [0, 1]; got {Describe(value)}.");
            }

            return value;
        }

        public static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(
                    name, value, $"{name} must not be negative; got {value.ToString(CultureInfo.InvariantCulture)}.");
            }

            return value;
        }

        public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
            where T : struct, Enum
        {
#if NET5_0_OR_GREATER
            if (!Enum.IsDefined(value))
#else
            if (!Enum.IsDefined(typeof(T), value))
#endif
            {
                throw new ArgumentOutOfRangeException(
                    name, value, $"{name} = {Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a defined {typeof(T).Name}.");
            }

            return value;
        }

        public static IReadOnlyList<T> CopyNoNulls<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
            where T : class
        {
            if (items is null)
            {
                throw new ArgumentNullException(name);
            }

            var list = new List<T>(items);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    throw new ArgumentException($"{name}[{i}] is null.", name);
                }
            }

            return list.AsReadOnly();
        }

        public static string Describe(double value) =>
            double.IsNaN(value) ? "NaN"
            : double.IsPositiveInfinity(value) ? "+Infinity"
            : double.IsNegativeInfinity(value) ? "-Infinity"
            : value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>
        /// Indexes items by key, throwing <see cref="ArgumentException"/> that names the position for a null item or a key
        /// used twice (<c>quantities[3]: the key "a/b" is used twice.</c>).
        /// </summary>
        public static Dictionary<TKey, T> IndexUnique<TKey, T>(IEnumerable<T> items, Func<T, TKey> keyOf, IEqualityComparer<TKey>? comparer, string name, string keyWord)
            where TKey : notnull
            where T : class
        {
            var index = new Dictionary<TKey, T>(comparer);
            var position = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    throw new ArgumentException($"{name}[{position}] is null.", name);
                }

                var key = keyOf(item);
                if (index.ContainsKey(key))
                {
                    throw new ArgumentException($"{name}[{position}]: the {keyWord} \"{key}\" is used twice.", name);
                }

                index.Add(key, item);
                position++;
            }

            return index;
        }
    }
}
