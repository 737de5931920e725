using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>Builds key parts in lowercase ASCII letters, digits and '-'.</summary>
    internal static class KeyText
    {
        public static string Subject(string? head, IEnumerable<string> qualifiers, string? unrecognisedId)
        {
            var parts = new List<string> { unrecognisedId is null ? head ?? "figure" : "unrecognised-" + unrecognisedId };
            var q = qualifiers.ToList();
            parts.AddRange(q.Where(x => x.StartsWith("nationality=", System.StringComparison.Ordinal)).Select(x => x.Substring(12)));
            parts.AddRange(q.Where(x => x.StartsWith("disease=", System.StringComparison.Ordinal)).Select(x => x.Substring(8)));
            parts.AddRange(q.Where(x => x.StartsWith("from=", System.StringComparison.Ordinal)).Select(x => "from-" + x.Substring(5)));
            parts.AddRange(q.Where(x => x.StartsWith("to=", System.StringComparison.Ordinal)).Select(x => "to-" + x.Substring(3)));
            parts.AddRange(q.Where(x => x.StartsWith("in=", System.StringComparison.Ordinal)).Select(x => "in-" + x.Substring(3)));
            return Clean(string.Join("-", parts));
        }

        public static string Clean(string text)
        {
            var b = new StringBuilder(text.Length);
            foreach (var c in text.ToLowerInvariant())
            {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                {
                    b.Append(c);
                }
                else if (b.Length > 0 && b[b.Length - 1] != '-')
                {
                    b.Append('-');
                }
            }

            var s = b.ToString().Trim('-');
            return s.Length == 0 ? "figure" : s;
        }
    }
}
