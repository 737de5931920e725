using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Claims
{
    /// <summary>
    /// One problem found in input: where (a JSON path such as <c>$.claims[3].range.lower</c>, or a line and column of
    /// CSV or JSON Lines), the offending value, and why.
    /// </summary>
    /// <remarks>
    /// Paths use the field names of the JSON format, also when the input came from objects. Problems in line-based
    /// input (CSV, JSON Lines) also carry the 1-based <see cref="Line"/> the record starts on; a CSV problem names the
    /// header's <see cref="Column"/> (or a directive's field, such as <c>#quantity unit</c>) and its path is
    /// <c>line 7, column "value"</c>; a JSON Lines problem's path is the JSON path within that line's object.
    /// This type is immutable and thread-safe.
    /// </remarks>
    public sealed class ValidationProblem : IEquatable<ValidationProblem>
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="path">Where the problem is, as a JSON path.</param>
        /// <param name="value">The offending value as text, or null when the value is missing.</param>
        /// <param name="message">What is wrong.</param>
        public ValidationProblem(string path, string? value, string message)
        {
            Path = Preconditions.NotBlank(path);
            Value = value;
            Message = Preconditions.NotBlank(message);
        }

        private ValidationProblem(int line, string? column, string path, string? value, string message)
            : this(path, value, message)
        {
            Line = line;
            Column = column;
        }

        /// <summary>Gets where the problem is, as a JSON path.</summary>
        public string Path { get; }

        /// <summary>Gets the 1-based line of line-based input (CSV, JSON Lines) the problem is on, or null for a JSON document or objects.</summary>
        public int? Line { get; }

        /// <summary>Gets the CSV column (the header's name, or a directive's field such as <c>#source kind</c>) the problem is in, or null.</summary>
        public string? Column { get; }

        /// <summary>Gets the offending value as JSON text (strings in double quotes, numbers bare), or null when it is missing.</summary>
        public string? Value { get; }

        /// <summary>Gets what is wrong.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public bool Equals(ValidationProblem? other) =>
            other is not null && Path == other.Path && Value == other.Value && Message == other.Message && Line == other.Line && Column == other.Column;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ValidationProblem);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Message));

        /// <summary>Returns "path: message"; for JSON Lines "line 7: path: message".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Line is { } line && Column is null && Path.StartsWith("$", StringComparison.Ordinal)
            ? $"line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Path}: {Message}"
            : $"{Path}: {Message}";

        /// <summary>Creates a problem in a CSV record: in a column, or (with a null column) the whole record.</summary>
        internal static ValidationProblem InCsv(int line, string? column, string? value, string message)
        {
            var where = "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new ValidationProblem(line, column, column is null ? where : where + ", column \"" + column + "\"", value, message);
        }

        /// <summary>Creates a problem on a line of JSON Lines, at a JSON path within that line's object.</summary>
        internal static ValidationProblem OnLine(int line, ValidationProblem problem) => new(line, null, problem.Path, problem.Value, problem.Message);
    }
}
