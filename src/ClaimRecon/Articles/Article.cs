using System;
using ClaimRecon.Internal;
using ClaimRecon.Time;
using NodaTime;

namespace ClaimRecon.Articles
{
    /// <summary>A news article to read claims from: its text, the outlet that published it, when, and optionally where and by whom.</summary>
    /// <remarks>
    /// <para>The text is kept exactly as given (no trimming, no normalisation), so every span the reader reports indexes
    /// into <see cref="Text"/>. An empty text is allowed and reads as no claims. <see cref="Published"/> keeps the offset
    /// the article gave: relative dates ("on Saturday", "last week") are resolved against its local date.</para>
    /// <para>An article known only by its day (most print and many web articles) is created with a <see cref="LocalDate"/>:
    /// <see cref="PublishedTime"/> is then that day, and a figure with no time of its own is said on that day, not at an
    /// invented moment such as midnight UTC.</para>
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
            : this(text, outlet, published, TimeReference.At(published), url, byline)
        {
        }

        /// <summary>Creates an article known only by the day it was published.</summary>
        /// <param name="text">The article text (headline first, if there is one); may be empty.</param>
        /// <param name="outlet">The name of the publishing outlet, such as "Kurdistan24"; the reporter of every claim read from it.</param>
        /// <param name="publishedDay">The day it was published (in the outlet's own calendar day).</param>
        /// <param name="url">The absolute address of the article; optional.</param>
        /// <param name="byline">The author line as printed; optional.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="outlet"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="outlet"/> or <paramref name="byline"/> is blank, or <paramref name="url"/> is relative.</exception>
        /// <remarks><see cref="Published"/> is then the start of that day at offset zero, kept only so that code reading an
        /// instant still has one; <see cref="PublishedTime"/> says the day, and the reader uses it.</remarks>
        public Article(string text, string outlet, LocalDate publishedDay, Uri? url = null, string? byline = null)
            : this(text, outlet, publishedDay.AtMidnight().WithOffset(Offset.Zero), TimeReference.OnDay(publishedDay), url, byline)
        {
        }

        private Article(string text, string outlet, OffsetDateTime published, TimeReference publishedTime, Uri? url, string? byline)
        {
            Text = Preconditions.NotNull(text);
            Outlet = Preconditions.NotBlank(outlet).Trim();
            Published = published;
            PublishedTime = publishedTime;
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

        /// <summary>Gets when the article was published, with its offset; for an article known only by its day, the start of
        /// that day at offset zero (see <see cref="PublishedTime"/>).</summary>
        public OffsetDateTime Published { get; }

        /// <summary>Gets when the article was published, to the precision it was given: a moment
        /// (<see cref="TimePrecision.Instant"/>) or a day (<see cref="TimePrecision.Day"/>). A figure the text gives no
        /// time of its own is said at this time.</summary>
        public TimeReference PublishedTime { get; }

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
            && PublishedTime.Equals(other.PublishedTime)
            && Equals(Url, other.Url)
            && string.Equals(Byline, other.Byline, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Article);

        /// <inheritdoc />
        public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Text), StringComparer.Ordinal.GetHashCode(Outlet), Published.GetHashCode());

        /// <summary>Returns "outlet, published (n characters)"; the day alone for an article known only by its day.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            FormattableString.Invariant($"{Outlet}, {(PublishedTime.Precision == TimePrecision.Day ? NodaTime.Text.LocalDatePattern.Iso.Format(PublishedTime.FirstDay) : NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Format(Published))} ({Text.Length} characters)");
    }
}
