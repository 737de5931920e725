namespace ClaimRecon.Cli.Input
{
    /// <summary>Values as JSON text, the form every problem's value takes (as the library's JSON reader reports them).</summary>
    internal static class JsonText
    {
        /// <summary>Returns a string as a JSON string literal, shortened past 200 characters.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The literal.</returns>
        public static string Quote(string value) =>
            Newtonsoft.Json.JsonConvert.ToString(value.Length > 200 ? value.Substring(0, 200) + "\u2026" : value);
    }
}
