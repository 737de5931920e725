using System;
using ClaimRecon.Internal;
using NodaTime;

namespace ClaimRecon.Articles
{
    /// <summary>A news article to read claims from: its text, the outlet that published it, when, and optionally where and by whom.</summary>
    /// <remarks>
    /// <para>The text is kept exactly as given (no trimming, no normalisation), so every span the reader reports indexes
    /// into <see cref="Text"/>. An empty text is allowed and reads as no claims. <see cref="Published"/> keeps the offset
    /// the article gave: relative dates ("on Saturday", "last week") are resolved against its local date.</para>
    /// <para>Equality compares every property. This type is immutable and thread-safe.</para>
    /// </remarks>
    public sealed class Article : IEquatable<Article>
    {
        /// <summary>Creates an article.</summary>
        /// <param name="text">The article text (headline first, if there is one); may be empty.</param>
        /// <param name="outlet">The name of the publishing outlet, such as "Kurdistan24"; the reporter of every claim read from it.</param>
        /// <param name="published">When it was published, with the offset it was published at.</param>
        /// <param name="url">The absolute address of the article; optional.</param>
        /// <param name="byline">The author line as printed; optional.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="outlet"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="outlet"/> or <paramref name="byline"/> is blank, or <paramref name="url"/> is relative.</exception>
        public Article(string text, string outlet, OffsetDateTime published, Uri? url = null, string? byline = null)
        {
            Text = Preconditions.NotNull(text);
            Outlet = Preconditions.NotBlank(outlet).Trim();
            Published = published;
            if (url is not null && !url.IsAbsoluteUri)
            {
                throw new ArgumentException($"url must be absolute; got \"{url}\".", nameof(url));
            }

            Url = url;
            Byline = byline is null ? null : Preconditions.NotBlank(byline).Trim();
        }

        /// <summary>Gets the article text, exactly as given.</summary>
        public string Text { get; }

        /// <summary>Gets the publishing outlet's name (trimmed).</summary>
        public string Outlet { get; }

        /// <summary>Gets when the article was published, with its offset.</summary>
        public OffsetDateTime Published { get; }

        /// <summary>Gets the article's address, if given.</summary>
        public Uri? Url { get; }

        /// <summary>Gets the author line (trimmed), if given.</summary>
        public string? Byline { get; }

        /// <inheritdoc />
        public bool Equals(Article? other) =>
            other is not null
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && string.Equals(Outlet, other.Outlet, StringComparison.Ordinal)
            && Published == other.Published
            && Equals(Url, other.Url)
            && string.Equals(Byline, other.Byline, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Article);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Text), StringComparer.Ordinal.GetHashCode(Outlet), Published.GetHashCode());

        /// <summary>Returns "outlet, published (n characters)".</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            FormattableString.Invariant($"{Outlet}, {NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Format(Published)} ({Text.Length} characters)");
    }
}
