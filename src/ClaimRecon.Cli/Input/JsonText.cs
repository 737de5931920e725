namespace ClaimRecon.Cli.Input
{
    /// <summary>Values as JSON text, the form every problem's value takes (as the library's JSON reader reports them).</summary>
    internal static class JsonText
    {
        /// <summary>Returns a string as a JSON string literal, shortened past 200 characters.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The literal.</returns>
        public static string Quote(string value) =>
            Newtonsoft.Json.JsonConvert.ToString(Shorten(value));

        /// <summary>Returns text cut to 200 characters (with an ellipsis), so a problem never echoes a huge value or key whole.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The text, or its first 200 characters and "…".</returns>
        public static string Shorten(string value) => value.Length > 200 ? value.Substring(0, 200) + "\u2026" : value;
    }
}
