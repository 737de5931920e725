using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Claims;
using ClaimRecon.Internal;
using ClaimRecon.Reporting;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>Articles in, findings out: reads each article's figures with their attribution (<see cref="ArticleReader"/>) and identity (<see cref="QuantityReader"/>), aligns quantities across articles, makes claims and reconciles them.</summary>
    /// <remarks>
    /// <para>Each article gets an identifier from its outlet ("Kurdistan24" gives <c>kurdistan24</c>, a second article of
    /// the same outlet <c>kurdistan24-2</c>); mention identifiers are that, '@' and the figure's offset, and claim
    /// identifiers that, '-' and the figure's number in the article (<c>kurdistan24-3</c>). A denial without a figure
    /// (<see cref="ArticleReading.Denials"/>) that points at a figure of its article becomes a claim denying that figure's
    /// claim, on its quantity (<c>kurdistan24-denial-1</c>). Each claim's evidence is the
    /// figure's sentence, with the sentence's offsets, so a reader can check the reading; its note names the quantity
    /// reading. The relations the articles imply are proposed (<see cref="ProposedRelation"/>): listed always, and
    /// checked by arithmetic in the report unless <see cref="ArticleReconcilerOptions.CheckProposedRelations"/> is off;
    /// every finding they lead to names them "proposed: ...". A figure such a relation derives from figures that no one
    /// cited source gave all of is the outlet's own arithmetic: its claim names the outlet alone (rule
    /// <c>source.outlet-arithmetic</c>). A body one article names with its country and another without it is one source
    /// when <see cref="ArticleReconcilerOptions.AliasBodiesAcrossArticles"/> allows (the articles are then read again with
    /// that alias).</para>
    /// <para>Stateless and thread-safe. Buffers the articles.</para>
    /// </remarks>
    public static partial class ArticleReconciler
    {
        /// <summary>Reconciles articles.</summary>
        /// <param name="articles">The articles; at least one.</param>
        /// <param name="options">Aliases, alignment, policy; <see cref="ArticleReconcilerOptions.Default"/> when null.</param>
        /// <returns>The readings, quantities, claims, proposed relations and report.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="articles"/> is empty.</exception>
        public static ArticleReconciliation Reconcile(IEnumerable<Article> articles, ArticleReconcilerOptions? options = null)
        {
            var list = Preconditions.CopyNoNulls(articles);
            if (list.Count == 0)
            {
                throw new ArgumentException("articles is empty; give at least one article.", nameof(articles));
            }

            options ??= ArticleReconcilerOptions.Default;
            var ids = ArticleIds(list);
            var readings = new List<ArticleReading>(list.Count);
            var identities = new List<MentionIdentity>();
            var perArticle = new List<IReadOnlyList<MentionIdentity>>(list.Count);
            foreach (var article in list)
            {
                readings.Add(ArticleReader.Read(article, options.Aliases));
            }

            var aliases = options.AliasBodiesAcrossArticles ? CrossArticleAliases.Extend(list, readings, options.Aliases) : options.Aliases;
            for (var i = 0; i < list.Count; i++)
            {
                if (!ReferenceEquals(aliases, options.Aliases))
                {
                    readings[i] = ArticleReader.Read(list[i], aliases);
                }

                var reading = readings[i];
                var read = QuantityReader.Read(reading.Extraction, ids[i]);
                perArticle.Add(read);
                identities.AddRange(read);
            }

            var alignment = QuantityAlignment.Align(identities, options.Alignment);
            var kinds = alignment.Quantities.ToDictionary(q => q.Quantity.Key, q => q.Quantity.Kind);
            var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
            var claims = new List<Claim>();
            var claimIds = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var source in readings[i].Sources)
                {
                    Dictionaries.TryAdd(sources, source.Id, source);
                }

                var read = perArticle[i];
                var attributed = WithOutletArithmetic(readings[i].Mentions, read, ids[i], alignment);
                var first = claims.Count;
                var reported = new List<Claim>();
                Dictionary<int, List<CitedStatement>>? statementsByCue = null;
                for (var k = 0; k < attributed.Count && k < read.Count; k++)
                {
                    var claim = AsOfLastDay(ClaimOf(attributed[k], read[k], alignment, ids[i] + "-" + (k + 1).ToString(CultureInfo.InvariantCulture), list[i], options), attributed[k], kinds);
                    foreach (var source in attributed[k].ChainSources)
                    {
                        Dictionaries.TryAdd(sources, source.Id, source);
                    }

                    claims.Add(claim);
                    claimIds[read[k].Id] = claim.Id;
                    if (claim.Figure is not null && DeniesCirculatingReport(attributed[k], readings[i], ref statementsByCue))
                    {
                        reported.Add(CirculatingClaim(claim, attributed[k]));
                        Dictionaries.TryAdd(sources, SourceNormalizer.Circulating.Id, SourceNormalizer.Circulating);
                    }
                }

                var made = claims.Count - first;
                DateSummaries(claims, first, made);
                DateEventLevels(claims, first, made, kinds, read);
                var position = readings[i].Denials.Count == 0 ? null : Positions(readings[i].Mentions);
                foreach (var denial in readings[i].Denials)
                {
                    // A denial without a figure denies the claim of the figure it points at, on that figure's quantity.
                    var k = denial.DeniedFigures.Count == 0 || !position!.TryGetValue(denial.DeniedFigures[0], out var at) ? -1 : at;
                    if (k >= 0 && k < made)
                    {
                        var denied = claims[first + k];
                        claims.Add(denial.ToClaim(ids[i] + "-denial-" + (claims.Count - first - made + 1).ToString(CultureInfo.InvariantCulture), denied.Quantity, new[] { denied.Id }));
                        foreach (var source in denial.ChainSources)
                        {
                            Dictionaries.TryAdd(sources, source.Id, source);
                        }
                    }
                }

                // The figures the denied reports gave come after the article's figures and denials, so claims[first + k] stays the k-th figure's.
                claims.AddRange(reported);
            }

            DatePlans(claims, kinds);
            var quantities = alignment.Quantities.Select(q => q.Quantity).ToList();
            var set = ClaimSet.Create(sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal), quantities, claims);
            var relations = options.CheckProposedRelations ? alignment.Relations.Select(r => r.Relation) : null;
            var title = "Reconciliation of " + string.Join(" and ", list.Select(a => a.Outlet).Distinct());
            var report = ReconciliationReport.Create(set, relations).WithTitle(title);
            return new ArticleReconciliation(readings, identities, alignment, set, claimIds, report);
        }

        private static Claim ClaimOf(AttributedMention attributed, MentionIdentity identity, QuantityAlignment alignment, string id, Article article, ArticleReconcilerOptions options)
        {
            var key = alignment.KeyOf(identity.Id);
            var made = attributed.ToClaim(id, key, options.Policy);
            var evidence = new Evidence(article.Url, identity.Sentence, identity.SentenceStart, identity.SentenceStart + identity.Sentence.Length);
            var note = identity.IsRecognised
                ? $"read as {key}: {identity.Thing ?? "(no thing)"}; {identity.Measure}; {identity.Kind.ToString().ToLowerInvariant()}"
                : $"quantity not recognised: review \"{identity.Mention.Text}\"";
            return made.Figure is null
                ? made
                : new Claim(made.Id, made.Quantity, BoundOf(identity, made.Figure), made.Attribution, made.Stance, made.StatedAt, made.Describes, new[] { evidence }, made.Policy, note, made.Denies);
        }

        // Each mention's position in its article (the first, should one object come twice), so a denial finds the
        // figure it points at in one lookup instead of a scan of the article (an article of many denials was quadratic).
        private static Dictionary<AttributedMention, int> Positions(IReadOnlyList<AttributedMention> mentions)
        {
            var positions = new Dictionary<AttributedMention, int>(mentions.Count);
            for (var k = mentions.Count - 1; k >= 0; k--)
            {
                positions[mentions[k]] = k;
            }

            return positions;
        }

        private static List<string> ArticleIds(IReadOnlyList<Article> articles)
        {
            var ids = new List<string>(articles.Count);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                var id = KeyText.Clean(article.Outlet);
                var unique = id;
                for (var n = 2; !used.Add(unique); n++)
                {
                    unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                ids.Add(unique);
            }

            return ids;
        }
    }
}
