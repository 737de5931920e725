using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Extraction;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>One run of <see cref="ArticleReader"/> over one article: finds the attributions, resolves their sources, and attributes each figure.</summary>
    internal sealed partial class Attribution
    {
        private static readonly HashSet<string> DefiniteDeterminers = new(StringComparer.Ordinal) { "the", "those", "these", "this", "that" };

        /// <summary>Words in a definite description that point back without saying what it is ("the same agency", "the latest poll").</summary>
        private static readonly HashSet<string> PointingBack = new(StringComparer.Ordinal) { "same", "said", "aforementioned", "latter", "above", "two", "three", "both", "new", "newest", "latest", "recent", "most" };
        private readonly Article _article;
        private readonly ArticleText _text;
        private readonly SourceNormalizer _normalizer;
        private readonly Speakers _speakers = new();
        private readonly List<Found> _found = new();
        /// <summary>The statements in the order their sources were read (cue order), each read once.</summary>
        private readonly List<Found> _read = new();
        /// <summary>The attributions whose content covers each sentence, by sentence number (null: none).</summary>
        private readonly List<Found>?[] _bySentence;
        private readonly List<Found> _quoteContents = new();
        private readonly Dictionary<(Found?, Found?, SourceReading), (AttributionChain, IReadOnlyList<Source>, string)> _chains = new();
        private readonly SourceReading _outletReading;
        private Found? _lastResolved;
        private int[] _mentionStarts = Array.Empty<int>();
        private int _firstCitingParagraph = -1;
        private Dictionary<Ranges.NumericRange, List<(int Index, Found F)>>? _summaryTargets;

        public Attribution(Article article, SourceAliases aliases)
        {
            _article = article;
            _text = new ArticleText(article.Text);
            _bySentence = new List<Found>?[_text.Sentences.Count];
            var outlet = aliases.Find(article.Outlet) is { Kind: SourceKind.NewsOutlet } known
                ? known
                : new Source(SourceNormalizer.Slug(article.Outlet), article.Outlet, SourceKind.NewsOutlet);
            _normalizer = new SourceNormalizer(aliases, outlet);
            _outletReading = new SourceReading(outlet, null, "normalise.outlet-itself") { IsOutletItself = true, IsMedia = true };
        }

        public ArticleReading Run()
        {
            var extraction = NumericMentionExtractor.Extract(_article.Text, _article.Published.Date);
            var finder = new StatementFinder(_text);
            for (var i = 0; i < _text.Sentences.Count; i++)
            {
                _found.AddRange(finder.Find(_text.Sentences[i], i));
            }

            // About one phrase a statement, and some sub-phrases ("the head of X" reads X too); one chain a figure at most.
            _normalizer.Reserve(_found.Count + (_found.Count / 2) + 4);
#if NET
            _chains.EnsureCapacity(extraction.Mentions.Count + 4);
#endif
            foreach (var f in InCueOrder(_found))
            {
                Resolve(f);
                _lastResolved = f;
            }

            ResolveSameSources();
            _firstCitingParagraph = FirstCitingParagraph();

            // Index each attribution under every sentence its content covers, so a figure looks only at its own.
            foreach (var f in _found)
            {
                var last = _text.SentenceAt(Math.Max(f.ContentStart, f.ContentEnd - 1));
                for (var s = _text.SentenceAt(f.ContentStart); s <= last; s++)
                {
                    (_bySentence[s] ??= new List<Found>()).Add(f);
                }

                if (_text.QuoteAt(f.ContentStart + 1) is { } own && own.Start == f.ContentStart)
                {
                    _quoteContents.Add(f);
                }
            }

            _quoteContents.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));

            var statements = _found.Select(Statement).ToList();
            var mentions = new List<AttributedMention>(extraction.Mentions.Count);
            for (var i = 0; i < extraction.Mentions.Count; i++)
            {
                mentions.Add(Attribute(extraction.Mentions[i], extraction.Mentions, i));
            }

            _mentionStarts = new int[extraction.Mentions.Count];
            for (var i = 0; i < _mentionStarts.Length; i++)
            {
                _mentionStarts[i] = extraction.Mentions[i].Start;
            }

            Array.Sort(_mentionStarts);
            var denials = Denials(mentions);
            var sources = Distinct(mentions, denials);
            return new ArticleReading(_article, extraction, mentions, denials, statements, sources);
        }

        /// <summary>The statements ordered by cue, those with one cue start in the order found (a stable sort, as OrderBy is, without its buffers and delegates).</summary>
        private static Found[] InCueOrder(List<Found> found)
        {
            var order = found.ToArray();
            var keys = new long[order.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ((long)order[i].CueFirst << 32) | (uint)i;
            }

            Array.Sort(keys, order);
            return order;
        }

        private static Found Root(Found f)
        {
            while (f.SubjectOf is not null)
            {
                f = f.SubjectOf;
            }

            return f;
        }

        private CitedStatement Statement(Found f)
        {
            var root = Root(f);
            var cue = _text.TokenSpan(f.CueFirst, f.CueEnd);
            TextSpan? source = root.HasSource ? _text.TokenSpan(root.SourceFirst, root.SourceEnd) : null;
            return new CitedStatement(f.Kind, cue, source, _text.Span(f.ContentStart, f.ContentEnd), f.Rule);
        }

        // ---- resolving sources -------------------------------------------------------------------------------------

        private void Resolve(Found f)
        {
            SourceReading reading;
            if (f.SubjectOf is not null)
            {
                reading = Root(f) is { IsRead: true } subject ? subject.Reading : new SourceReading(SourceNormalizer.Circulating, null, "normalise.empty");
            }
            else if (f.HasSource)
            {
                reading = ReadPhrase(f.SourceFirst, f.SourceEnd, f, titleCase: f.Kind == CueKind.Headline);
            }
            else
            {
                reading = CarriedOver(f) ?? new SourceReading(SourceNormalizer.Circulating, null, "normalise.agentless");
            }

            f.Reading = reading;
            _read.Add(f);
            if (f.RecipientFirst >= 0)
            {
                var recipient = _normalizer.Read(Words(f.RecipientFirst, f.RecipientEnd));
                if (recipient.IsMedia && !recipient.IsOutletItself)
                {
                    f.Recipient = recipient;
                }
            }

            _speakers.Add(reading, f.HasSource ? _text.TokenSpan(f.SourceFirst, f.SourceEnd) : null);
        }

        private SourceReading ReadPhrase(int first, int end, Found f, bool titleCase)
        {
            var words = Words(first, end);
            if (titleCase && _normalizer.Read(words) is { Rule: not "normalise.alias" and not "normalise.outlet-itself" })
            {
                // A headline capitalises every word: read its words as lower case unless the alias table knows the name.
                words = words.Select(w => (w.Text.ToLowerInvariant(), false)).ToList();
            }

            // Only the first and last words are looked up in lower case.
            var count = words.Count;
            // The article keeps each word lower-cased once (the same string ToLowerInvariant and ’ → ' give); punctuation and
            // overlong tokens are lower-cased here.
            var lower0 = count == 0 ? string.Empty : _text.Word(first) ?? words[0].Text.ToLowerInvariant().Replace('\u2019', '\'');
            if (count == 1 && CueLexicon.Pronouns.Contains(lower0))
            {
                if (lower0 is "who" or "which")
                {
                    if (f.AntecedentFirst >= 0)
                    {
                        var antecedent = _normalizer.Read(Words(f.AntecedentFirst, f.AntecedentEnd));
                        return antecedent.Speaker.Kind == SourceKind.Document && antecedent.Organisation is { } issuer
                            ? new SourceReading(issuer, null, "resolve.relative.issuer") { IsMedia = antecedent.IsMedia }
                            : antecedent.Because("resolve.relative");
                    }

                    return _speakers.Last(_ => true)?.Because("resolve.relative.nearest") ?? Unresolved(words[0].Text);
                }

                return _speakers.Pronoun(lower0) ?? Unresolved(words[0].Text);
            }

            if (count >= 2 && DefiniteDeterminers.Contains(lower0) && NoneCapitalisedAfterFirst(words))
            {
                // A description of a body ("the county") never stands for a person named with it ("the county sheriff").
                var own = _normalizer.Read(words);
                if (own.Rule == "normalise.office-of-holder")
                {
                    // "the treasurer's office" names its holder: it is no description of an office named before.
                    return own;
                }

                var body = own.Speaker.Kind is SourceKind.OfficialBody or SourceKind.Organization;
                if (_speakers.Definite(_text.Word(end - 1) ?? words[count - 1].Text.ToLowerInvariant().Replace('\u2019', '\''), body, Modifiers(words)) is { } definite)
                {
                    return definite;
                }

                return own;
            }

            if (count == 1 && words[0].Capitalised && _speakers.Surname(words[0].Text) is { } person)
            {
                return person;
            }

            if (count == 1 && words[0].Capitalised && PluralOpeningItsSentence(first, lower0) && _normalizer.Read(words) is { Speaker.Kind: SourceKind.NamedPerson })
            {
                // "Tenants say ...", "Critics said ...": a plural noun capitalised only because it opens the sentence is a group, not a person.
                words = new List<(string Text, bool Capitalised)> { (lower0, false) };
            }

            return SpokenForResolved(_normalizer.Read(words));
        }

        /// <summary>
        /// Whether token <paramref name="first"/> opens its sentence and reads as a plural common noun: ending in "s", not in
        /// "ss", "us" or "is" ("Tenants", "Critics"; not "Ross", "Rufus", "Davis"). A surname met before is resolved earlier.
        /// </summary>
        private bool PluralOpeningItsSentence(int first, string lower) =>
            _text.Sentences.Count > 0 && _text.Sentences[_text.SentenceAt(_text.Tokens[first].Start)].FirstToken == first && Internal.PluralShape.Of(lower);

        /// <summary>
        /// A person or official speaking for a body named only by what it is ("union president Marcus Bell", "department
        /// spokeswoman Lena Ortiz"): the body is the nearest one named before that the noun describes, as "the union" would
        /// be; with none, the reading as it is.
        /// </summary>
        private SourceReading SpokenForResolved(SourceReading reading)
        {
            if (!reading.IsPerson || reading.Organisation is not { } body || body.Kind is not (SourceKind.OfficialBody or SourceKind.Organization)
                || body.Name.IndexOf(' ') >= 0 || !CueLexicon.OrganisationNouns.Contains(body.Name.ToLowerInvariant())
                || _speakers.Definite(body.Name.ToLowerInvariant(), body: true, Array.Empty<string>()) is not { } named || named.Speaker.Id == body.Id || named.IsPerson)
            {
                return reading;
            }

            return new SourceReading(reading.Speaker, named.Speaker, reading.Rule + "+resolve.spoken-for") { IsOutletItself = reading.IsOutletItself, IsMedia = reading.IsMedia, Plural = reading.Plural };
        }

        /// <summary>
        /// A definite description's words between its determiner and its head, lower case, that name what it describes:
        /// not possessives ("the country's ministry") nor words that only point back ("the same agency").
        /// </summary>
        private static IReadOnlyList<string> Modifiers(List<(string Text, bool Capitalised)> words)
        {
            if (words.Count <= 2)
            {
                return Array.Empty<string>();
            }

            var modifiers = new List<string>(words.Count - 2);
            for (var i = 1; i < words.Count - 1; i++)
            {
                var word = words[i].Text.ToLowerInvariant().Replace('\u2019', '\'');
                if (word.Length > 1 && char.IsLetter(word[0]) && SourceAliases.PossessiveLength(word) == 0 && !PointingBack.Contains(word))
                {
                    modifiers.Add(word);
                }
                else if (i == words.Count - 2 && CueLexicon.NamesMembersBody(word, words[i + 1].Text))
                {
                    // "the dockers' union" names its members: it is not the farmers' union named before.
                    modifiers.Add(word.Substring(0, word.Length - 1));
                }
            }

            return modifiers;
        }

        private static bool NoneCapitalisedAfterFirst(List<(string Text, bool Capitalised)> words)
        {
            for (var i = 1; i < words.Count; i++)
            {
                if (words[i].Capitalised)
                {
                    return false;
                }
            }

            return true;
        }

        private static SourceReading Unresolved(string pronoun) =>
            new(new Source("unresolved-" + pronoun.ToLowerInvariant(), pronoun, SourceKind.Unattributed, "unresolved pronoun"), null, "resolve.unresolved");

        /// <summary>An agentless passive takes the last source of its own or the previous paragraph.</summary>
        private SourceReading? CarriedOver(Found f)
        {
            var last = _lastResolved;
            return last is not null && last.Paragraph >= f.Paragraph - 1 ? last.Reading.Because("source.passive.carried-over") : null;
        }

        private List<(string Text, bool Capitalised)> Words(int first, int end)
        {
            var words = new List<(string, bool)>(Math.Max(0, end - first));
            for (var t = first; t < end; t++)
            {
                var token = _text.Tokens[t];
                var text = _text.Text.Substring(token.Start, token.End - token.Start);
                words.Add((text, token.Capitalised || (token.IsWord && char.IsDigit(text[0]) && words.Count > 0)));
            }

            return words;
        }

        // ---- attributing figures -----------------------------------------------------------------------------------

        private AttributedMention Attribute(NumericMention mention, IReadOnlyList<NumericMention> all, int index)
        {
            var start = mention.Start;
            var sentence = _text.Sentences.Count == 0 ? default : _text.Sentences[_text.SentenceAt(start)];
            var quote = _text.QuoteAt(start);
            var f = Innermost(start, null);
            var sourceRule = f?.Rule;
            if (f is null && quote is { } q)
            {
                f = QuoteSpeaker(q);
                sourceRule = f is null ? null : "source.quote.carried-over";
            }

            if (f is null && SummaryOf(mention, all, index) is { } summarised)
            {
                f = summarised;
                sourceRule = "source.summary-of-body";
            }

            Found? via = null;
            if (f is not null && Innermost(_text.Tokens[f.CueFirst].Start, f) is { } outer && outer != f)
            {
                if (outer.VerbStance == Stance.Denies || StanceRules.DenialOf(_text, outer) is not null)
                {
                    f = outer;
                    sourceRule = outer.Rule + "+denial-outranks";
                }
                else if (f.SubjectOf is null && f.AntecedentFirst < 0 && outer.Reading.Speaker.Id != f.Reading.Speaker.Id)
                {
                    via = outer;
                    sourceRule += "+source.nested";
                }
            }

            var reading = f is null ? _outletReading : f.Reading;
            var decisions = new List<RuleDecision>(5);
            var root = f is null ? null : Root(f);
            TextSpan? sourceSpan = root is { HasSource: true } ? _text.TokenSpan(root.SourceFirst, root.SourceEnd) : null;
            TextSpan? cue = f is null ? null : _text.TokenSpan(f.CueFirst, f.CueEnd);
            var resolution = reading.Rule.StartsWith("resolve.", StringComparison.Ordinal) || reading.Rule.StartsWith("source.passive", StringComparison.Ordinal) ? "+" + reading.Rule : string.Empty;
            decisions.Add(new RuleDecision(AttributionPart.Source, (sourceRule ?? "source.outlet") + resolution, sourceSpan ?? cue));

            var (chain, chainSources, chainRule) = Chain(f, via, reading);
            decisions.Add(new RuleDecision(AttributionPart.Chain, chainRule, f is not null && Root(f).Recipient is not null ? _text.TokenSpan(Root(f).RecipientFirst, Root(f).RecipientEnd) : sourceSpan));

            var (stance, stanceDecision) = StanceRules.Decide(_text, f, reading, mention);
            decisions.Add(stanceDecision);
            var (stated, statedDecision) = TimeRules.StatedAt(_text, f, _article);
            decisions.Add(statedDecision);
            var (describes, describesDecision) = _text.Sentences.Count == 0 ? (null, new RuleDecision(AttributionPart.Describes, "describes.none")) : TimeRules.Describes(_text, sentence, mention, stated, f);
            decisions.Add(describesDecision);

            return new AttributedMention(
                mention,
                _text.Sentences.Count == 0 ? new TextSpan(0, string.Empty) : _text.Span(sentence.Start, sentence.End),
                quote is { } qq ? _text.Span(qq.Start, qq.End) : null,
                f?.Kind ?? CueKind.None,
                cue,
                sourceSpan,
                reading.IsOutletItself ? _normalizer.Outlet : reading.Speaker,
                reading.Organisation,
                chain,
                chainSources,
                stance,
                stated,
                describes,
                decisions,
                stance == Stance.Denies ? DenialTarget.OwnFigure(StanceRules.Direction(_text, stanceDecision.Evidence)) : null,
                _article.Url);
        }

        /// <summary>The attribution with the smallest content holding <paramref name="offset"/>, other than <paramref name="inside"/> and not larger than it.</summary>
        private Found? Innermost(int offset, Found? inside)
        {
            Found? best = null;
            if (_text.Sentences.Count == 0 || _bySentence[_text.SentenceAt(offset)] is not { } candidates)
            {
                return null;
            }

            foreach (var f in candidates)
            {
                if (f == inside || !f.ContentHolds(offset))
                {
                    continue;
                }

                if (inside is not null && (f.ContentEnd - f.ContentStart <= inside.ContentEnd - inside.ContentStart || !f.ContentHolds(inside.ContentStart)))
                {
                    continue;
                }

                if (f.HasSource && offset >= _text.Tokens[f.SourceFirst].Start && offset < _text.Tokens[f.SourceEnd - 1].End)
                {
                    continue;
                }

                if (best is null || f.ContentEnd - f.ContentStart < best.ContentEnd - best.ContentStart)
                {
                    best = f;
                }
            }

            return best;
        }

        /// <summary>A quotation without a cue of its own: the speaker of the last attributed quotation in the same or two paragraphs before.</summary>
        private Found? QuoteSpeaker(Quote quote)
        {
            var paragraph = _text.Sentences[_text.SentenceAt(quote.Start)].Paragraph;
            int lo = 0, hi = _quoteContents.Count - 1, at = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (_quoteContents[mid].ContentStart < quote.Start)
                {
                    at = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return at >= 0 && _quoteContents[at].Paragraph >= paragraph - 2 ? _quoteContents[at] : null;
        }
    }
}
