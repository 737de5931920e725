using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClaimRecon.Cli.Tests.Fuzzing
{
    /// <summary>Checks on every output format, written without the library's own writers or escapers.</summary>
    internal static class OutputChecks
    {
        private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "input", "link", "!doctype" };

        /// <summary>Text meant for a terminal: no control character but the line feed, no bidirectional override.</summary>
        public static string? Terminal(string text)
        {
            var bad = text.FirstOrDefault(c => (char.IsControl(c) && c != '\n') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029');
            return bad == default ? null : $"control character U+{(int)bad:X4} in terminal text";
        }

        /// <summary>Strict JSON (RFC 8259): parses with no comments or trailing commas.</summary>
        public static string? Json(string text)
        {
            try
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
                return null;
            }
            catch (JsonException e)
            {
                return "malformed JSON output: " + e.Message;
            }
        }

        /// <summary>JSON-LD to embed in a script element: strict JSON and no '&lt;' at all (so no &lt;/script&gt; and no &lt;!--).</summary>
        public static string? ScriptJson(string text) => text.Contains('<', StringComparison.Ordinal) ? "'<' in JSON-LD" : Json(text);

        /// <summary>
        /// The HTML page: elements nest properly (every opened element closed in order, apart from void ones), no planted
        /// tag became an element, no script element, no link or source with a scheme other than http(s).
        /// </summary>
        public static string? Html(string html)
        {
            if (html.Contains("<" + HostileValues.Tag, StringComparison.OrdinalIgnoreCase) || html.Contains("<script", StringComparison.OrdinalIgnoreCase))
            {
                return "planted markup or a script element in HTML";
            }

            var stack = new Stack<string>();
            var i = 0;
            while ((i = html.IndexOf('<', i)) >= 0)
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return $"unclosed tag at {i}";
                }

                var tag = html.Substring(i + 1, end - i - 1);
                if (tag.StartsWith("/", StringComparison.Ordinal))
                {
                    var name = tag.Substring(1).Trim().ToLowerInvariant();
                    if (stack.Count == 0 || stack.Pop() != name)
                    {
                        return $"</{name}> at {i} closes nothing open";
                    }
                }
                else
                {
                    var name = new string(tag.TakeWhile(c => !char.IsWhiteSpace(c) && c != '/').ToArray()).ToLowerInvariant();
                    if (tag.Contains('"', StringComparison.Ordinal) && tag.Count(c => c == '"') % 2 != 0)
                    {
                        return $"unbalanced quotes in <{name}> at {i}";
                    }

                    foreach (var attribute in new[] { "href=\"", "src=\"" })
                    {
                        var at = tag.IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
                        if (at >= 0 && !tag.Substring(at + attribute.Length).StartsWith("http", StringComparison.OrdinalIgnoreCase) && !tag.Substring(at + attribute.Length).StartsWith("#", StringComparison.Ordinal))
                        {
                            return $"link of another scheme in <{name}> at {i}";
                        }
                    }

                    if (name is "style")
                    {
                        var close = html.IndexOf("</style>", end, StringComparison.OrdinalIgnoreCase);
                        i = close < 0 ? html.Length : close + "</style>".Length;
                        continue;
                    }

                    if (!Void.Contains(name) && !tag.EndsWith("/", StringComparison.Ordinal))
                    {
                        stack.Push(name);
                    }
                }

                i = end + 1;
            }

            return stack.Count == 0 ? null : $"<{stack.Peek()}> never closed";
        }

        /// <summary>Markdown: no raw planted tag, no carriage return or line separator, no line that starts a list or heading the report did not write.</summary>
        public static string? Markdown(string markdown)
        {
            if (markdown.Contains('\r', StringComparison.Ordinal) || markdown.Contains('\u2028', StringComparison.Ordinal) || markdown.Contains('\u2029', StringComparison.Ordinal))
            {
                return "line break other than LF in Markdown";
            }

            var tag = markdown.IndexOf("<" + HostileValues.Tag, StringComparison.Ordinal);
            if (tag >= 0 && (tag == 0 || markdown[tag - 1] != '\\'))
            {
                return "planted tag unescaped in Markdown";
            }

            var line = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("- injected", StringComparison.Ordinal) || l.StartsWith("# heading", StringComparison.Ordinal) || l.StartsWith("break", StringComparison.Ordinal));
            return line is null ? Terminal(markdown) : "planted line in Markdown: " + line;
        }
    }
}
