using System;
using System.Collections.Generic;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace ClaimRecon.Cli.Input
{
    /// <summary>
    /// An article file for <c>extract</c> and <c>reconcile --text</c>: plain text, optionally opened by a small header
    /// of <c>key: value</c> lines (<c>outlet</c>, <c>published</c>, <c>url</c>, <c>byline</c>) closed by a line <c>---</c> or a blank line.
    /// </summary>
    /// <param name="Path">The path as given.</param>
    /// <param name="Text">The article's text, without the header.</param>
    /// <param name="Outlet">The outlet, or null when neither header nor option gives it.</param>
    /// <param name="Published">The publication time, or null when neither header nor option gives it; a day alone
    /// (<c>yyyy-mm-dd</c>) is the start of that day at offset zero with <paramref name="PublishedDayOnly"/> set.</param>
    /// <param name="Url">The address, or null.</param>
    /// <param name="Byline">The byline, or null.</param>
    /// <param name="PublishedDayOnly">Whether the publication was given as a day alone, with no time of day.</param>
    internal sealed record ArticleFile(string Path, string Text, string? Outlet, OffsetDateTime? Published, Uri? Url, string? Byline, bool PublishedDayOnly)
    {
        private static readonly HashSet<string> Keys = new(StringComparer.OrdinalIgnoreCase) { "outlet", "published", "url", "byline" };

        /// <summary>Reads a file and its header; options given on the command line win over the header.</summary>
        /// <param name="path">The file.</param>
        /// <param name="outlet">The <c>--outlet</c> for this file, or null.</param>
        /// <param name="published">The <c>--published</c> for this file, or null.</param>
        /// <param name="problems">Where problems are added, each naming the file, the field and the value.</param>
        /// <returns>The article file, or null when it cannot be used.</returns>
        public static ArticleFile? Read(string path, string? outlet, string? published, List<string> problems)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{path}: cannot read it: {e.Message}");
                return null;
            }

            var header = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
            var lines = text.Split('\n');
            var end = -1;
            for (var i = 0; i < lines.Length && i < 12; i++)
            {
                var line = lines[i].TrimEnd('\r');
                // The header is closed by "---", or by a blank line after at least one header line.
                if (line.Trim() == "---" || (header.Count > 0 && line.Trim().Length == 0))
                {
                    end = i;
                    break;
                }

                var colon = line.IndexOf(':');
                if (colon <= 0 || !Keys.Contains(line.Substring(0, colon).Trim()))
                {
                    if (header.Count > 0)
                    {
                        // Header lines run straight into the text: reading them as text would drop the outlet and the time.
                        problems.Add($"{path}: line {i + 1}: the header lines above it (outlet:, published:, url:, byline:) must be closed by a line \"---\" or a blank line before the text");
                        return null;
                    }

                    break;
                }

                header[line.Substring(0, colon).Trim()] = (line.Substring(colon + 1).Trim(), i + 1);
            }

            if (end < 0)
            {
                header.Clear();
            }
            else
            {
                text = string.Join("\n", lines, end + 1, lines.Length - end - 1);
            }

            var outletText = outlet ?? (header.TryGetValue("outlet", out var o) ? o.Value : null);
            if (outletText is not null && outletText.Trim().Length == 0)
            {
                problems.Add($"{path}: outlet: must not be empty");
            }

            OffsetDateTime? when = null;
            var dayOnly = false;
            var publishedText = published ?? (header.TryGetValue("published", out var p) ? p.Value : null);
            if (publishedText is not null)
            {
                when = ParseTime(publishedText, out dayOnly);
                if (when is null)
                {
                    problems.Add($"{path}: published: \"{publishedText}\" is not a date (yyyy-mm-dd) or a time with an offset (yyyy-mm-ddThh:mm:ss+hh:mm)");
                }
            }

            Uri? url = null;
            if (header.TryGetValue("url", out var u) && !Uri.TryCreate(u.Value, UriKind.Absolute, out url))
            {
                problems.Add($"{path}: url (line {u.Line}): \"{u.Value}\" is not an absolute address");
            }

            return new ArticleFile(path, text, outletText?.Trim(), when, url, header.TryGetValue("byline", out var b) ? b.Value : null, dayOnly);
        }

        /// <summary>Parses a time with an offset, or a day alone (the start of the day at offset zero, with
        /// <paramref name="dayOnly"/> set).</summary>
        /// <param name="text">The text.</param>
        /// <param name="dayOnly">Set when the text is a day alone.</param>
        /// <returns>The time, or null.</returns>
        public static OffsetDateTime? ParseTime(string text, out bool dayOnly)
        {
            dayOnly = false;
            var trimmed = text.Trim();
            var full = OffsetDateTimePattern.ExtendedIso.Parse(trimmed);
            if (full.Success)
            {
                return full.Value;
            }

            var day = LocalDatePattern.Iso.Parse(trimmed);
            dayOnly = day.Success;
            return day.Success ? day.Value.AtMidnight().WithOffset(Offset.Zero) : null;
        }
    }
}
