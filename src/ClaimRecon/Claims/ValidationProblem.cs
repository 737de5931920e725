using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Claims
{
    /// <summary>One problem found in input: where (a JSON path such as <c>$.claims[3].range.lower</c>), the offending value, and why.</summary>
    /// <remarks>Paths use the field names of the JSON format, also when the input came from objects. This type is immutable and thread-safe.</remarks>
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

        /// <summary>Gets where the problem is, as a JSON path.</summary>
        public string Path { get; }

        /// <summary>Gets the offending value as JSON text (strings in double quotes, numbers bare), or null when it is missing.</summary>
        public string? Value { get; }

        /// <summary>Gets what is wrong.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public bool Equals(ValidationProblem? other) =>
            other is not null && Path == other.Path && Value == other.Value && Message == other.Message;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ValidationProblem);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Message));

        /// <summary>Returns "path: message".</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"{Path}: {Message}";
    }
}
