using System;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Numerics;

namespace ClaimRecon.DuckDb
{
    /// <summary>
    /// Writes a query's cells as the claims CSV format writes them, so the core reader checks them exactly as it checks
    /// a CSV file. Text stays as it is; whole numbers and decimals are written in full (invariant culture); a double or
    /// float in its shortest round-trip form (an exponent, as in <c>1E+21</c>, is then a problem the reader names, never
    /// a rounded figure); a date as <c>2026-02-07</c>; a time with a zone as the UTC instant <c>2026-02-07T08:00:00Z</c>.
    /// </summary>
    /// <remarks>A type with no such form (a time without a zone, a boolean, a list, a blob...) is refused when the query opens, naming the column.</remarks>
    internal static class CellText
    {
        /// <summary>Writes the cell of a column in the current row (never called on a null cell).</summary>
        public delegate string Writer(DbDataReader result, int column, long row);

        /// <summary>Returns the writer for a column's type.</summary>
        /// <exception cref="InvalidDataException">The type has no text form in the claims format; the message names the column and the type.</exception>
        public static Writer For(string column, Type type, string typeName)
        {
            if (type == typeof(string))
            {
                return static (r, i, _) => r.GetString(i);
            }

            if (type == typeof(decimal))
            {
                return static (r, i, row) => Read(r, i, row, static (r2, i2) => r2.GetDecimal(i2).ToString(CultureInfo.InvariantCulture));
            }

            if (type == typeof(double) || type == typeof(float))
            {
                return static (r, i, _) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
            }

            if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte)
                || type == typeof(ulong) || type == typeof(uint) || type == typeof(ushort) || type == typeof(byte) || type == typeof(BigInteger))
            {
                return static (r, i, _) => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            if (type == typeof(DateOnly))
            {
                return static (r, i, _) => r.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            if (type == typeof(DateTime) && typeName.Equals("TimestampTz", StringComparison.OrdinalIgnoreCase))
            {
                return static (r, i, _) => r.GetDateTime(i).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + "Z";
            }

            throw new InvalidDataException(
                $"column \"{column}\" has the type {typeName}, which has no text form in the claims format; select it as text (VARCHAR) in the form docs/claimrecon-tool.md gives, e.g. a time with its offset as '2026-02-07T11:00:00+03', or as a DATE");
        }

        private static string Read(DbDataReader result, int column, long row, Func<DbDataReader, int, string> read)
        {
            try
            {
                return read(result, column);
            }
            catch (OverflowException e)
            {
                throw new InvalidOperationException($"row {row}, column \"{result.GetName(column)}\": the decimal does not fit .NET's decimal (28 significant digits); cast it to VARCHAR to read it exactly.", e);
            }
        }
    }
}
