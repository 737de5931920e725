using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Quantities;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>One quantity found across articles: its <see cref="Quantities.Quantity"/> (key, unit, kind) and the mentions that measure it.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    public sealed class AlignedQuantity
    {
        private readonly MentionIdentity[] _mentions;

        internal AlignedQuantity(Quantity quantity, IEnumerable<MentionIdentity> mentions)
        {
            Quantity = quantity;
            _mentions = mentions.ToArray();
        }

        /// <summary>Gets the quantity, with the merged key.</summary>
        public Quantity Quantity { get; }

        /// <summary>Gets the mentions aligned into it, by article in the order given, then in text order.</summary>
        public IReadOnlyList<MentionIdentity> Mentions => _mentions;

        /// <summary>Gets whether the mentions come from more than one article.</summary>
        public bool SpansArticles => _mentions.Select(m => m.ArticleId).Distinct().Skip(1).Any();

        /// <summary>Returns the key and the mention identifiers.</summary>
        /// <returns>The text form.</returns>
        public override string ToString() => Quantity.Key + ": " + string.Join(", ", _mentions.Select(m => m.Id));
    }
}
