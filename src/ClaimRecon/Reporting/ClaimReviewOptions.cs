using System;
using ClaimRecon.Internal;
using NodaTime;

namespace ClaimRecon.Reporting
{
    /// <summary>Who publishes a schema.org ClaimReview, at which address and on which day.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed class ClaimReviewOptions
    {
        /// <summary>Creates the options.</summary>
        /// <param name="pageUrl">The address of the page the reviews are published on (ClaimReview <c>url</c>); absolute, http or https.</param>
        /// <param name="reviewer">The fact-checking organisation (ClaimReview <c>author</c>).</param>
        /// <param name="datePublished">The day the reviews are published.</param>
        /// <exception cref="ArgumentException"><paramref name="pageUrl"/> is not an absolute http or https address.</exception>
        public ClaimReviewOptions(Uri pageUrl, string reviewer, LocalDate datePublished)
        {
            Preconditions.NotNull(pageUrl);
            if (!pageUrl.IsAbsoluteUri || (pageUrl.Scheme != Uri.UriSchemeHttp && pageUrl.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"pageUrl must be an absolute http or https address; got \"{pageUrl.OriginalString}\".", nameof(pageUrl));
            }

            PageUrl = pageUrl;
            Reviewer = Preconditions.NotBlank(reviewer);
            DatePublished = datePublished;
        }

        /// <summary>Gets the page address; each review's <c>url</c> is this address with <c>#finding-N</c>.</summary>
        public Uri PageUrl { get; }

        /// <summary>Gets the fact-checking organisation's name.</summary>
        public string Reviewer { get; }

        /// <summary>Gets the publication day.</summary>
        public LocalDate DatePublished { get; }
    }
}
