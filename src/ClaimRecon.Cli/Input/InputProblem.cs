using System.Text;

namespace ClaimRecon.Cli.Input
{
    /// <summary>
    /// One problem in the input: which file, where in it (a CSV line and column, or a JSON path), the offending value
    /// and what is wrong.
    /// </summary>
    /// <param name="File">The file as named on the command line (or <c>bundled sample ...</c>).</param>
    /// <param name="Line">The 1-based line of a CSV record, or null.</param>
    /// <param name="Column">The CSV column (header name) or directive field, or null for the whole line.</param>
    /// <param name="Path">A JSON path such as <c>$.claims[3].range.lower</c>, or null.</param>
    /// <param name="Value">The offending value as JSON text (strings quoted), or null when it is missing.</param>
    /// <param name="Message">What is wrong.</param>
    internal sealed record InputProblem(string File, int? Line, string? Column, string? Path, string? Value, string Message)
    {
        /// <summary>Creates a problem at a JSON path.</summary>
        /// <param name="file">The file.</param>
        /// <param name="path">The JSON path.</param>
        /// <param name="value">The offending value as JSON text, or null.</param>
        /// <param name="message">What is wrong.</param>
        /// <returns>The problem.</returns>
        public static InputProblem AtPath(string file, string path, string? value, string message) => new(file, null, null, path, value, message);

        /// <summary>Creates a problem on a CSV line, in a column or (with a null column) the whole record.</summary>
        /// <param name="file">The file.</param>
        /// <param name="line">The 1-based line.</param>
        /// <param name="column">The column's header name, or null.</param>
        /// <param name="value">The offending value as JSON text, or null.</param>
        /// <param name="message">What is wrong.</param>
        /// <returns>The problem.</returns>
        public static InputProblem AtLine(string file, int line, string? column, string? value, string message) => new(file, line, column, null, value, message);

        /// <summary>
        /// Returns the problem as one line: <c>claims.csv:7: column "value": "abc" is not a number (value: "abc")</c> or
        /// <c>story.json: $.claims[3].range.lower: ... (value: "abc")</c>.
        /// </summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder(File);
            if (Line is not null)
            {
                text.Append(':').Append(Line.Value);
            }

            text.Append(": ");
            if (Path is not null)
            {
                text.Append(JsonText.Shorten(Path)).Append(": ");
            }

            if (Column is not null)
            {
                text.Append("column \"").Append(JsonText.Shorten(Column)).Append("\": ");
            }

            // Messages and values can quote the input; a problem line never repeats more than a few hundred characters of it.
            text.Append(Message.Length > 500 ? Message.Substring(0, 497) + "..." : Message);
            text.Append(Value is null ? " (no value)" : " (value: " + JsonText.Shorten(Value) + ")");
            return text.ToString();
        }
    }
}
