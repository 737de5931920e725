using ClaimRecon.Internal;

namespace ClaimRecon.Serialization
{
    /// <summary>Values and names as problems show them: quoted, and cut to 80 characters so a problem never echoes a huge value or key whole.</summary>
    internal static class ProblemText
    {
        /// <summary>The longest text a problem repeats from the input.</summary>
        public const int MaxShown = 80;

        /// <summary>Returns the text, or its first 77 characters and "...".</summary>
        public static string Shorten(string text) => text.Length <= MaxShown ? text : text.Substring(0, MaxShown - 3) + "...";

        /// <summary>Cuts a message to 500 characters: messages of parsers quote the text they refused, which may be huge.</summary>
        public static string Message(string message) => message.Length <= 500 ? message : message.Substring(0, 497) + "...";

        /// <summary>Returns the shortened text in double quotes.</summary>
        public static string Quote(string text) => "\"" + Shorten(text) + "\"";

        /// <summary>Returns the shortened text as a JSON string literal (quotes and control characters escaped), as CSV problems show a cell.</summary>
        public static string Json(string text) => JsonText.Quote(Shorten(text));
    }
}
