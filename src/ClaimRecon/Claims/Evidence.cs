using System;
using ClaimRecon.Internal;

namespace ClaimRecon.Claims
{
    /// <summary>Where a claim can be checked: the document's address, the quoted words, and their character offsets.</summary>
    /// <remarks>
    /// <para>Offsets count UTF-16 code units in the document's text, <see cref="Start"/> included and <see cref="End"/>
    /// excluded (as <c>string.Substring(Start, End - Start)</c>). When a quote and both offsets are given, the span's length
    /// must equal the quote's length, so a stale offset is caught.</para>
    /// <para>Equality compares every property. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class Evidence : IEquatable<Evidence>
    {
        /// <summary>Creates evidence.</summary>
        /// <param name="url">The absolute <c>http</c> or <c>https</c> address of the document; optional when a quote is given.</param>
        /// <param name="quote">The quoted words; optional when a URL is given.</param>
        /// <param name="start">The offset of the quote's first character; give both offsets or neither.</param>
        /// <param name="end">The offset just after the quote's last character.</param>
        /// <exception cref="ArgumentException">Neither URL nor quote is given, the URL is relative or of a scheme other than http and https, the quote is blank, or only one offset is given.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An offset is negative, <paramref name="end"/> is before <paramref name="start"/>, or the span's length differs from the quote's.</exception>
        public Evidence(Uri? url, string? quote = null, int? start = null, int? end = null)
        {
            if (url is null && quote is null)
            {
                throw new ArgumentException("Evidence needs a url, a quote, or both.", nameof(url));
            }

            if (url is not null && !url.IsAbsoluteUri)
            {
                throw new ArgumentException($"url must be absolute; got \"{url}\".", nameof(url));
            }

            if (url is not null && url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                // Evidence addresses reach links in every report (HTML, ClaimReview, PROV): javascript:, data: and file: never do.
                throw new ArgumentException($"url must be an http or https address; got \"{url.OriginalString}\".", nameof(url));
            }

            if (quote is not null)
            {
                Preconditions.NotBlank(quote);
            }

            if (start.HasValue != end.HasValue)
            {
                throw new ArgumentException(
                    $"Give both start and end or neither; got start = {Show(start)}, end = {Show(end)}.", start.HasValue ? nameof(end) : nameof(start));
            }

            if (start is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(start), start, $"start must not be negative; got {start}.");
            }

            if (end < start)
            {
                throw new ArgumentOutOfRangeException(nameof(end), end, $"end ({end}) must not be before start ({start}).");
            }

            if (quote is not null && start.HasValue && end!.Value - start.Value != quote.Length)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(end), end, $"The span [{start}, {end}) is {end - start} characters long but the quote has {quote.Length}.");
            }

            Url = url;
            Quote = quote;
            Start = start;
            End = end;
        }

        /// <summary>Gets the document's address, if given.</summary>
        public Uri? Url { get; }

        /// <summary>Gets the quoted words, if given.</summary>
        public string? Quote { get; }

        /// <summary>Gets the offset of the quote's first character, if given.</summary>
        public int? Start { get; }

        /// <summary>Gets the offset just after the quote's last character, if given.</summary>
        public int? End { get; }

        /// <inheritdoc />
        public bool Equals(Evidence? other) =>
            other is not null
            && string.Equals(Url?.OriginalString, other.Url?.OriginalString, StringComparison.Ordinal)
            && string.Equals(Quote, other.Quote, StringComparison.Ordinal)
            && Start == other.Start
            && End == other.End;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Evidence);

        /// <inheritdoc />
        public override int GetHashCode() =>
            HashCodes.Combine(Url is null ? 0 : StringComparer.Ordinal.GetHashCode(Url.OriginalString), Quote is null ? 0 : StringComparer.Ordinal.GetHashCode(Quote), Start ?? -1);

        /// <summary>Returns the quote in quotation marks followed by the URL.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => (Quote is null ? string.Empty : $"\u201C{Quote}\u201D ") + (Url?.OriginalString ?? string.Empty);

        private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
    }
}
