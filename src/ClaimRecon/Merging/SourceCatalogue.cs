using System;
using System.Collections.Generic;
using ClaimRecon.Internal;
using ClaimRecon.Sources;

namespace ClaimRecon.Merging
{
    /// <summary>The sources an engine knows, for names and prior reliabilities.</summary>
    internal sealed class SourceCatalogue
    {
        private readonly Dictionary<string, Source> _byId;

        /// <summary>The ids of the sources named in the plural, found once (a sentence asks for each finding).</summary>
        private readonly HashSet<string> _plural = new(StringComparer.Ordinal);

        public SourceCatalogue(IEnumerable<Source> sources)
        {
            _byId = Preconditions.IndexUnique(sources, s => s.Id, StringComparer.Ordinal, nameof(sources), "id");
            foreach (var source in _byId.Values)
            {
                if (NamedInThePlural(source))
                {
                    _plural.Add(source.Id);
                }
            }
        }

        public bool IsEmpty => _byId.Count == 0;

        public bool Contains(string id) => _byId.ContainsKey(id);

        public string NameOf(string id) => _byId.Count != 0 && _byId.TryGetValue(id, out var source) ? source.Name : id;

        /// <summary>
        /// Whether a known source is named in the plural, so that a sentence says "circulating claims assert", "Turkish
        /// media give": unattributed claims; officials, groups and bodies whose name ends in "media", "police" or "people";
        /// and those named by a lower-case description ending in a plural in "s" ("organisers", "fire officials"). Persons,
        /// outlets ("Harbour Times"), documents, proper names ("United Nations") and unknown ids are singular.
        /// </summary>
        public bool IsPlural(string id) => _plural.Count != 0 && _plural.Contains(id);

        private static bool NamedInThePlural(Source source)
        {
            if (source.Kind == SourceKind.Unattributed)
            {
                return true;
            }

            if (source.Kind is not (SourceKind.AnonymousOfficial or SourceKind.Organization or SourceKind.OfficialBody))
            {
                return false;
            }

            var name = source.Name;
            var last = name.Substring(name.LastIndexOf(' ') + 1).ToLowerInvariant();
            return last is "media" or "police" or "people"
                || (char.IsLower(name[0]) && PluralShape.Of(last) && last is not ("news" or "times" or "affairs" or "statistics"));
        }

        public double ReliabilityOf(string originId, MergeStrategy strategy)
        {
            if (strategy.TryGetReliability(originId, out var explicitValue))
            {
                return explicitValue;
            }

            if (!strategy.HasExplicitReliabilities && _byId.TryGetValue(originId, out var source) && source.PriorReliability is double prior)
            {
                return prior;
            }

            throw new InvalidOperationException(strategy.HasExplicitReliabilities
                ? $"Reliability-weighted merge: the reliability table has no entry for origin source \"{originId}\"."
                : $"Reliability-weighted merge: origin source \"{originId}\" has no prior reliability; give it one or pass a reliability table.");
        }
    }
}
