using System.Text;

namespace ClaimRecon.Internal
{
    /// <summary>Strings as JSON string literals, for problem reports, without a JSON library (the core model depends on none).</summary>
    internal static class JsonText
    {
        /// <summary>
        /// <paramref name="value"/> in double quotes with <c>"</c> and <c>\</c> escaped, \b \f \n \r \t for those controls,
        /// <c>\u00XX</c> (lower-case hex) for the other controls below U+0020, and <c>\u0085</c>, <c>\u2028</c>, <c>\u2029</c>
        /// (line breaks to JavaScript): the same text as Json.NET's <c>JsonConvert.ToString(string)</c>.
        /// </summary>
        public static string Quote(string value)
        {
            var text = new StringBuilder(value.Length + 2);
            text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\b': text.Append("\\b"); break;
                    case '\f': text.Append("\\f"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                    case < ' ':
                        text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    default: text.Append(c); break;
                }
            }

            return text.Append('"').ToString();
        }
    }
}
