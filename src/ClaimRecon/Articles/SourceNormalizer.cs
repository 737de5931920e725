using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Reads a source phrase into a normalised source: the alias table first, then the shape of the phrase.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>"X of/at/within/from/for Org" and "Org's X" split the speaker from the organisation it speaks for; so does
    /// "Org title Name" ("PMF chief Falih al-Fayyadh").</item>
    /// <item>Titles and capitalised words → a named person ("Lt. General Saad Maan": name Saad Maan, role Lt. General).</item>
    /// <item>Capitalised words ending in an organisation word ("Command", "Cell", "Ministry") → an official body;
    /// a country or capital → its government; an outlet word ("media", "newspaper") → an outlet or group of outlets.</item>
    /// <item>A lower-case role ("a senior security source", "officials") → an anonymous official; a document word
    /// ("statement", "figures", "follow-up") → a document that speaks for its owner; "rumors", "claims" → unattributed.</item>
    /// </list>
    /// Identifiers are lower-case slugs; an anonymous official or document is named under its organisation (or the outlet
    /// when none is named): <c>joint-operations-command/high-ranking-security-source</c>.
    /// </remarks>
    internal sealed partial class SourceNormalizer
    {
        private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "another", "one", "some", "several", "those", "these", "this", "that", "two", "three", "many", "other" };
        private static readonly HashSet<string> SplitPrepositions = new(StringComparer.OrdinalIgnoreCase) { "of", "at", "within", "from", "for", "with", "in" };
        private static readonly HashSet<string> Unattributed = new(StringComparer.OrdinalIgnoreCase) { "rumors", "rumours", "rumor", "rumour", "claims", "reports", "speculation", "allegations" };
        private readonly SourceAliases _aliases;
        private readonly Source _outlet;
        private readonly Dictionary<string, SourceReading> _cache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Source?> _found = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Source> _governments = new(StringComparer.Ordinal);
        private readonly string _outletNameKey;
        private readonly string _outletIdKey;
        private readonly StringBuilder _key = new();
        private readonly StringBuilder _join = new();

        public SourceNormalizer(SourceAliases aliases, Source outlet)
        {
            _aliases = aliases;
            _outlet = outlet;
            _outletNameKey = SourceAliases.Key(outlet.Name);
            _outletIdKey = SourceAliases.Key(outlet.Id);
        }

        public Source Outlet => _outlet;

        /// <summary>
        /// Makes room for about <paramref name="phrases"/> phrases in the per-article caches at once, so they are not grown
        /// (and rehashed) step by step while the article's sources are read; no effect on what is read.
        /// </summary>
        public void Reserve(int phrases)
        {
#if NET
            _cache.EnsureCapacity(phrases);
            _keys.EnsureCapacity(phrases);
            _found.EnsureCapacity(phrases);
#else
            // netstandard2.0 has no EnsureCapacity: there the caches grow as they fill.
            _ = _cache;
            _ = phrases;
#endif
        }

        public static Source Circulating { get; } = new("circulating-claims", "circulating claims", SourceKind.Unattributed);

        /// <summary>Reads a phrase; a phrase read before in the same article is answered from a cache.</summary>
        public SourceReading Read(IReadOnlyList<(string Text, bool Capitalised)> words)
        {
            // One builder per normalizer: the key is made whole before ReadPhrase reads sub-phrases through here again.
            var key = _key.Clear();
            for (var i = 0; i < words.Count; i++)
            {
                key.Append(words[i].Capitalised ? '^' : '_').Append(words[i].Text).Append('\u0001');
            }

            var k = key.ToString();
            if (!_cache.TryGetValue(k, out var reading))
            {
                _cache[k] = reading = ReadPhrase(words);
                NoteGovernment(words, reading);
            }

            return reading;
        }

        /// <summary>
        /// The government a public body was named as part of in this article ("Iraq's Security Media Cell", "the Iraqi
        /// parliament" speak for Iraq), or null; the chain adds it as the organisation the body speaks for.
        /// </summary>
        public Source? GovernmentOf(string sourceId) => _governments.TryGetValue(sourceId, out var government) ? government : null;

        /// <summary>
        /// Notes the country a public body is named with: a country's possessive ("Iraq's") or its adjective ("Iraqi")
        /// before a phrase read as an official body, the whole phrase not itself a place. The first such naming in an
        /// article wins.
        /// </summary>
        private void NoteGovernment(IReadOnlyList<(string Text, bool Capitalised)> words, SourceReading reading)
        {
            if (reading.Speaker.Kind != SourceKind.OfficialBody || reading.IsOutletItself || reading.Rule == "normalise.government-by-place" || _governments.ContainsKey(reading.Speaker.Id))
            {
                return;
            }

            var list = words.Where(w => w.Text.Length > 0).SkipWhile(w => Determiners.Contains(w.Text)).ToList();
            string? country = null;
            var owner = list.FindIndex(w => SourceAliases.EndsWithPossessive(w.Text));
            if (owner >= 0 && owner < list.Count - 1 && list.Take(owner + 1).All(w => w.Capitalised))
            {
                var name = Join(list.Take(owner + 1).Select(w => (Strip(w.Text), w.Capitalised)));
                country = Places.IsPlace(name) ? name : null;
            }
            else if (list.Count > 1 && list[0].Capitalised)
            {
                country = Places.CountryOfAdjective(list[0].Text);
            }

            // "the Water Authority" read through an alias of "Oman's Water Authority" speaks for Oman too.
            if (country is null && reading.Rule == "normalise.alias" && CrossArticleAliases.CountryAndRest(reading.Speaker.Name) is { } named)
            {
                country = named.Country;
            }

            if (country is not null && !Places.IsPlace(Join(list)))
            {
                var government = new Source(Slug(country), country, SourceKind.OfficialBody);
                if (government.Id != reading.Speaker.Id)
                {
                    _governments[reading.Speaker.Id] = FindAlias(country) ?? government;
                }
            }
        }

        private SourceReading ReadPhrase(IReadOnlyList<(string Text, bool Capitalised)> words)
        {
            var list = NonEmpty(words);
            while (list.Count > 1 && Determiners.Contains(list[0].Text))
            {
                list.RemoveAt(0);
            }

            while (list.Count > 0 && list[list.Count - 1].Text == ",")
            {
                list.RemoveAt(list.Count - 1);
            }

            if (list.FindIndex(w => w.Text == ",") > 0)
            {
                return Appositive(list);
            }

            var phrase = Join(list);
            if (list.Count == 0)
            {
                return new SourceReading(Circulating, null, "normalise.empty");
            }

            var phraseKey = KeyOf(phrase);
            if (IsOutletKey(phraseKey))
            {
                return new SourceReading(_outlet, null, "normalise.outlet-itself") { IsOutletItself = true, IsMedia = true };
            }

            if (FindAlias(phrase) is { } known)
            {
                return new SourceReading(known, null, "normalise.alias") { IsMedia = known.Kind == SourceKind.NewsOutlet };
            }

            // "Kurdistan24's follow-up", "CENTCOM's figures", "the parliament's media office"; not "the farmers' union", a body
            // named by its members (read whole below).
            var owner = list.FindIndex(w => SourceAliases.EndsWithPossessive(w.Text));
            var membersBody = owner >= 0 && owner == list.Count - 2 && !list[owner].Capitalised && CueLexicon.NamesMembersBody(list[owner].Text, list[owner + 1].Text);
            if (owner >= 0 && owner < list.Count - 1 && AllCapitalised(list, owner) && !membersBody)
            {
                var ownerWords = list.Take(owner + 1).Select(w => (Strip(w.Text), w.Capitalised)).ToList();
                var rest = list.Skip(owner + 1).ToList();
                var head = rest[rest.Count - 1].Text.ToLowerInvariant();
                if (CueLexicon.DocumentNouns.Contains(head) || CueLexicon.SourceNouns.Contains(head) || rest.All(w => w.Capitalised))
                {
                    var org = Read(ownerWords);
                    if (org.Speaker.Kind is SourceKind.AnonymousOfficial or SourceKind.NamedPerson && rest.Count == 1 && !rest[0].Capitalised && CueLexicon.OrganisationNouns.Contains(head))
                    {
                        return OfficeOf(org, phrase);
                    }

                    if (org.IsOutletItself && CueLexicon.DocumentNouns.Contains(head))
                    {
                        return new SourceReading(_outlet, null, "normalise.outlet-document") { IsOutletItself = true, IsMedia = true };
                    }

                    if (rest.All(w => w.Capitalised) && ownerWords.All(w => w.Capitalised))
                    {
                        // "RealClearPolitics' David Byler", "Kurdistan24's Ali Hassan": a person of the owner, whose name
                        // holds no word of a body.
                        if (rest.Count is 2 or 3 && !Places.IsPlace(Join(ownerWords)) && rest.All(w => IsPersonNameWord(w.Text)))
                        {
                            return Speaker(rest, org.Speaker, org.Speaker);
                        }

                        // "Iraq's Foreign Ministry": the body, named with its country.
                        return Body(list, phrase);
                    }

                    return Speaker(rest, org.Speaker, org.Speaker.Kind == SourceKind.Unattributed ? null : org.Speaker);
                }
            }

            // "a tally by the election board", "A 2021 report by the harbour authority": a document, issued by its author.
            var by = list.FindIndex(w => w.Text == "by");
            if (by > 0 && by < list.Count - 1 && CueLexicon.DocumentNouns.Contains(Strip(list[by - 1].Text)))
            {
                var author = Read(list.GetRange(by + 1, list.Count - by - 1));
                if (!author.IsOutletItself && author.Speaker.Kind != SourceKind.Unattributed)
                {
                    var document = new Source(author.Speaker.Id + "/" + Slug(Join(list.GetRange(0, by))), phrase, SourceKind.Document);
                    return new SourceReading(document, author.Speaker, "normalise.document-by") { IsMedia = author.IsMedia };
                }
            }

            // "X of/at/within/from Org".
            for (var i = 1; i < list.Count - 1; i++)
            {
                if (SplitPrepositions.Contains(list[i].Text) && (list[i + 1].Capitalised || Determiners.Contains(list[i + 1].Text) || FindAlias(Join(list, i + 1, list.Count)) is not null))
                {
                    var orgWords = list.GetRange(i + 1, list.Count - i - 1);
                    var org = Read(orgWords);
                    if (org.Speaker.Kind is SourceKind.OfficialBody or SourceKind.Organization or SourceKind.NewsOutlet || org.IsOutletItself)
                    {
                        return Speaker(list.GetRange(0, i), org.Speaker, org.Speaker);
                    }
                }
            }

            // "Popular Mobilization Forces (PMF) chief Falih al-Fayyadh": Org, a lower-case title, a name.
            var title = list.FindIndex(w => !w.Capitalised && CueLexicon.Titles.Contains(w.Text));
            if (title > 0 && title < list.Count - 1 && (AllCapitalisedOrBrackets(list, title) || BodyNounBefore(list, title)) && list[title + 1].Capitalised)
            {
                var org = Body(list.GetRange(0, title), Join(list, title));
                return Speaker(list.Skip(title).ToList(), org.Speaker, org.Speaker);
            }

            if (title > 0 && title < list.Count - 1 && list[title + 1].Capitalised && LowerWordsBefore(list, title))
            {
                // "fire spokeswoman Leah Corbin": a lower-case description that names no body before the title; the person is named.
                return Speaker(list.Skip(title).ToList(), null, null);
            }

            return Speaker(list, null, null);
        }

        /// <summary>
        /// "the sheriff's office", "Senator Roe's office": the office of a person or of a role is a body of its own, named
        /// with its holder and kept in the holder's scope, so the offices of two holders are two sources (read as the bare
        /// noun "office", every office in every article was one source).
        /// </summary>
        private static SourceReading OfficeOf(SourceReading holder, string phrase)
        {
            var id = holder.Speaker.Id;
            var scope = id.LastIndexOf('/') is var slash && slash >= 0 ? id.Substring(0, slash + 1) : string.Empty;
            var office = new Source(scope + Slug(phrase), phrase, SourceKind.OfficialBody);
            return new SourceReading(office, holder.Organisation, "normalise.office-of-holder");
        }

        /// <summary>
        /// "the head of the agency, Dana Reyes" or "Dana Reyes, the agency's treasurer": the named person, speaking for the
        /// organisation the other part names; without a named person, the first part.
        /// </summary>
        private SourceReading Appositive(List<(string Text, bool Capitalised)> list)
        {
            var parts = new List<List<(string Text, bool Capitalised)>> { new() };
            foreach (var w in list)
            {
                if (w.Text == ",")
                {
                    parts.Add(new List<(string Text, bool Capitalised)>());
                }
                else
                {
                    parts[parts.Count - 1].Add(w);
                }
            }

            parts.RemoveAll(p => p.Count == 0);
            var readings = parts.ConvertAll(p => Read(p));
            var person = readings.Find(r => r.Speaker.Kind == SourceKind.NamedPerson);
            if (person is null)
            {
                return readings[0];
            }

            var organisation = person.Organisation;
            foreach (var other in readings)
            {
                if (organisation is null && other != person)
                {
                    organisation = other.Organisation ?? (other.Speaker.Kind is SourceKind.OfficialBody or SourceKind.Organization or SourceKind.NewsOutlet && !other.IsOutletItself ? other.Speaker : null);
                }
            }

            return new SourceReading(person.Speaker, organisation, "normalise.appositive");
        }

        /// <summary>
        /// What a firm sells or runs, ending a name of three or more words ("North Shore Power", "Lake County Water"): a
        /// firm, not a person (two words may be one: "Samantha Power").
        /// </summary>
        private static readonly HashSet<string> FirmWords = new(StringComparer.Ordinal)
        {
            "power", "water", "gas", "oil", "steel", "mining", "foods", "mills", "logistics", "shipping", "freight", "transit", "rail",
            "systems", "labs", "partners", "capital", "ventures", "stores", "markets", "brewing", "chemicals", "construction", "electronics", "transport",
        };

        /// <summary>Heads that name people of a body when a noun of a body comes right before them ("department officials").</summary>
        private static readonly HashSet<string> BodyRoles = new(StringComparer.Ordinal)
        {
            "official", "officials", "spokesman", "spokeswoman", "spokesperson", "leader", "leaders", "officer", "officers", "representative", "representatives",
        };

        /// <summary>Reads a speaker phrase without its organisation: person, role, body, outlet, document or rumour.</summary>
        private SourceReading Speaker(List<(string Text, bool Capitalised)> list, Source? owner, Source? organisation)
        {
            var skipped = 0;
            while (list.Count - skipped > 1 && Determiners.Contains(list[skipped].Text))
            {
                skipped++;
            }

            if (skipped > 0)
            {
                list = list.GetRange(skipped, list.Count - skipped);
            }

            if (list.Count == 1 && CueLexicon.SourceNouns.Contains(list[0].Text))
            {
                // "Sources say", "Data from X": a common noun capitalised only because it starts the sentence.
                list = new List<(string Text, bool Capitalised)> { (list[0].Text.ToLowerInvariant(), false) };
            }

            var phrase = Join(list);
            var head = Strip(list[list.Count - 1].Text).ToLowerInvariant();
            var scope = organisation?.Id ?? owner?.Id ?? _outlet.Id;
            var phraseKey = KeyOf(phrase);
            if (IsOutletKey(phraseKey))
            {
                return new SourceReading(_outlet, null, "normalise.outlet-itself") { IsOutletItself = true, IsMedia = true };
            }

            if (organisation is null && FindAlias(phrase) is { } known)
            {
                return new SourceReading(known, null, "normalise.alias") { IsMedia = known.Kind == SourceKind.NewsOutlet };
            }

            var described = list.FindIndex(w => w.Capitalised);
            if (described is >= 1 and <= 3 && !list[0].Capitalised && Speakers.GenericKind(list[described - 1].Text) == SourceKind.Organization && LowerWordsBefore(list, described)
                && AllCapitalisedOrBrackets(list.GetRange(described, list.Count - described), list.Count - described))
            {
                // "the utility North Shore Power", "the airline Skyward", "the media research firm Crowdlens": the firm named
                // after the words that say what it is.
                var named = list.GetRange(described, list.Count - described);
                var firm = Body(named, Join(named));
                return new SourceReading(firm.Speaker, organisation is not null && organisation.Id != firm.Speaker.Id ? organisation : null, firm.Rule + "+descriptor") { IsMedia = firm.IsMedia };
            }

            var titles = 0;
            while (titles < list.Count && CueLexicon.Titles.Contains(list[titles].Text))
            {
                titles++;
            }

            if (titles == 0 && list.Count >= 4 && list[0].Capitalised)
            {
                // "Finance Minister Lars Dahl", "Fire Chief Ana Ruiz": a capitalised title after a word or two of what it is
                // in, then a name of two words or more.
                for (var j = 1; j <= 2 && j <= list.Count - 3 && list[j].Capitalised; j++)
                {
                    if (CueLexicon.Titles.Contains(list[j].Text))
                    {
                        titles = j + 1;
                        break;
                    }
                }
            }

            var names = list.GetRange(titles, list.Count - titles);
            if (names.Count > 0 && AllNameWords(names) && names[0].Capitalised && !CueLexicon.OrganisationNouns.Contains(head) && !CueLexicon.OutletNouns.Contains(head)
                && !CueLexicon.SourceNouns.Contains(head) && !(names.Count >= 3 && FirmWords.Contains(head)) && Join(names) is var name && !Places.IsPlace(name))
            {
                var role = titles > 0 ? Join(list, titles) : null;
                return new SourceReading(new Source(Slug(name), name, SourceKind.NamedPerson, role), organisation, titles > 0 ? "normalise.titled-person" : "normalise.named-person");
            }

            // A phrase of brackets alone names no body (random text made one, and the body's name came out empty).
            if (AllCapitalisedOrBrackets(list, list.Count) && !string.IsNullOrWhiteSpace(Join(list, list.Count, skipBrackets: true)))
            {
                var body = Body(list, phrase);
                return organisation is null ? body : new SourceReading(body.Speaker, organisation, body.Rule) { IsMedia = body.IsMedia };
            }

            if (IsOutletHead(list, head))
            {
                return new SourceReading(new Source(Slug(phrase), phrase, SourceKind.Organization), organisation, "normalise.media-group") { IsMedia = true, Plural = head is "media" or "outlets" or "newspapers" };
            }

            if (Unattributed.Contains(head) && owner is null)
            {
                return new SourceReading(new Source(Circulating.Id, phrase, SourceKind.Unattributed), null, "normalise.unattributed") { Plural = true };
            }

            if (CueLexicon.DocumentNouns.Contains(head))
            {
                var document = new Source(scope + "/" + Slug(phrase), phrase, SourceKind.Document);
                return new SourceReading(document, organisation ?? owner, "normalise.document");
            }

            if (CueLexicon.OrganisationNouns.Contains(head) && !CueLexicon.Titles.Contains(head))
            {
                // "the transport ministry", "the parliament's media office": a body named by what it is.
                var body = Body(list, phrase);
                return new SourceReading(body.Speaker, organisation is not null && organisation.Id != body.Speaker.Id ? organisation : null, body.Rule);
            }

            if (list.Count == 1 && head is "county" or "city" or "state" or "province" or "municipality" or "prefecture" or "borough" or "township")
            {
                // "The county said": the county's government, not an official whose role is "county".
                return new SourceReading(new Source(Slug(phrase), phrase, SourceKind.OfficialBody), organisation, "normalise.government-by-noun");
            }

            if (organisation is null && owner is null && list.Count is >= 2 and <= 4 && BodyRoles.Contains(head)
                && CueLexicon.OrganisationNouns.Contains(Strip(list[list.Count - 2].Text).ToLowerInvariant()))
            {
                // "Education department officials", "police officials", "union leaders": officials of the body the words before name.
                var bodyWords = list.GetRange(0, list.Count - 1);
                var body = Body(bodyWords, Join(bodyWords));
                if (body.Speaker.Kind is SourceKind.OfficialBody or SourceKind.Organization)
                {
                    var role = Speaker(list.GetRange(list.Count - 1, 1), body.Speaker, body.Speaker);
                    return new SourceReading(role.Speaker, role.Organisation, "normalise.officials-of-body") { Plural = role.Plural };
                }
            }

            var roleText = phrase;
            var official = new Source(scope + "/" + Slug(roleText), roleText, SourceKind.AnonymousOfficial, roleText);
            return new SourceReading(official, organisation, "normalise.role") { Plural = head.EndsWith("s", StringComparison.Ordinal) && !head.EndsWith("ss", StringComparison.Ordinal) };
        }

        private SourceReading Body(List<(string Text, bool Capitalised)> list, string phrase)
        {
            if (FindAlias(phrase) is { } known)
            {
                return new SourceReading(known, null, "normalise.alias") { IsMedia = known.Kind == SourceKind.NewsOutlet };
            }

            var head = Strip(list[list.Count - 1].Text).ToLowerInvariant();
            var name = Join(list, list.Count, skipBrackets: true);
            if (Places.IsPlace(name))
            {
                return new SourceReading(new Source(Slug(name), name, SourceKind.OfficialBody), null, "normalise.government-by-place");
            }

            if (IsOutletHead(list, head))
            {
                return new SourceReading(new Source(Slug(name), name, SourceKind.NewsOutlet), null, "normalise.outlet-name") { IsMedia = true };
            }

            var official = head is "command" or "cell" or "ministry" or "department" or "forces" or "force" or "parliament" or "government" or "police" or "army"
                or "agency" or "office" or "embassy" or "council" or "presidency" or "administration" or "directorate" or "cabinet" or "senate" or "congress" or "pentagon";
            return new SourceReading(new Source(Slug(name), name, official ? SourceKind.OfficialBody : SourceKind.Organization), null, official ? "normalise.official-body" : "normalise.organisation")
            {
                Plural = head is "forces",
            };
        }

    }
}
