using System.Linq;
using ClaimRecon.Articles;
using NodaTime;

namespace ClaimRecon.Tests.Articles
{
    /// <summary>Reads sentences of our own as a Daily Ledger article published on Friday 14 March 2025, 09:00 +01:00.</summary>
    internal static class Reading
    {
        public static readonly OffsetDateTime Published = new(new LocalDateTime(2025, 3, 14, 9, 0), Offset.FromHours(1));

        public static ArticleReading Of(string text, string outlet = "Daily Ledger") => ArticleReader.Read(new Article(text, outlet, Published));

        /// <summary>The one figure whose text is <paramref name="figure"/>.</summary>
        public static AttributedMention Figure(string text, string figure, string outlet = "Daily Ledger") =>
            Of(text, outlet).Mentions.Single(m => m.Mention.Text == figure);
    }
}
