using System.Collections.Generic;
using ClaimRecon.Arithmetic;
using ClaimRecon.Articles.Identity;

namespace ClaimRecon.Articles
{
    /// <summary>Figures the outlet works out itself from figures of different sources.</summary>
    /// <remarks>
    /// A figure that a relation proposed in its own article derives by arithmetic (a product, or the same amount per
    /// another period) is the outlet's own, whoever the sentence cites, when nobody cited gave all of its operands: an
    /// operand is the outlet's own (or already its arithmetic), or the operands come from different sources. "Our
    /// reporting puts the cost at $5 a head; the agency counts 300 people, so the bill is $1,500 a day": the $1,500 is the
    /// outlet's. A cited source that gave every operand keeps the result (rule <c>source.outlet-arithmetic</c>).
    /// </remarks>
    public static partial class ArticleReconciler
    {
        /// <summary>The attributions of one article with the outlet's own arithmetic given to the outlet.</summary>
        private static IReadOnlyList<AttributedMention> WithOutletArithmetic(IReadOnlyList<AttributedMention> attributed, IReadOnlyList<MentionIdentity> read, string articleId, QuantityAlignment alignment)
        {
            var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (var k = 0; k < read.Count && k < attributed.Count; k++)
            {
                index[read[k].Id] = k;
            }

            List<AttributedMention>? result = null;
            AttributedMention At(int k) => result is null ? attributed[k] : result[k];
            bool OutletOwn(int k) => At(k).Chain.Steps.Count == 0;
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var proposed in alignment.Relations)
                {
                    if (proposed.ArticleId != articleId || proposed.Relation.Kind is not (RelationKind.Product or RelationKind.PerPeriod) || proposed.Mentions.Count < 2
                        || !index.TryGetValue(proposed.Mentions[0].Id, out var target) || OutletOwn(target))
                    {
                        continue;
                    }

                    var outletOperand = false;
                    var origins = new HashSet<string>(System.StringComparer.Ordinal);
                    for (var m = 1; m < proposed.Mentions.Count; m++)
                    {
                        if (index.TryGetValue(proposed.Mentions[m].Id, out var operand))
                        {
                            outletOperand |= OutletOwn(operand);
                            origins.Add(At(operand).Chain.Origin);
                        }
                    }

                    if (outletOperand || origins.Count > 1)
                    {
                        result ??= new List<AttributedMention>(attributed);
                        result[target] = attributed[target].AsOutletArithmetic(attributed[target].Sentence);
                        changed = true;
                    }
                }
            }

            return result ?? attributed;
        }
    }
}
