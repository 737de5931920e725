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

        public SourceCatalogue(IEnumerable<Source> sources)
        {
            _byId = Preconditions.IndexUnique(sources, s => s.Id, StringComparer.Ordinal, nameof(sources), "id");
        }

        public bool IsEmpty => _byId.Count == 0;

        public bool Contains(string id) => _byId.ContainsKey(id);

        public string NameOf(string id) => _byId.Count != 0 && _byId.TryGetValue(id, out var source) ? source.Name : id;

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
