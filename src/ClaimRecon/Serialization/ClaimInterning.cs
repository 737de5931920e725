using System;
using System.Collections.Generic;
using System.Text;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Time;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Shares the parts many claims repeat (quantity keys, attribution chains, times) so a large file's claims are held
    /// compactly: a million claims from a dozen chains hold a dozen chains. Bounded: after <see cref="MaxEntries"/>
    /// distinct values of a kind, new ones are kept unshared.
    /// </summary>
    internal sealed class ClaimInterning
    {
        private const int MaxEntries = 65_536;
        private readonly Dictionary<string, QuantityKey> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, AttributionChain> _chains = new(StringComparer.Ordinal);
        private readonly Dictionary<TimeReference, TimeReference> _times = new();
        private readonly StringBuilder _chainKey = new();

        public QuantityKey Key(QuantityKey key)
        {
            var text = key.ToString();
            if (_keys.TryGetValue(text, out var shared))
            {
                return shared;
            }

            if (_keys.Count < MaxEntries)
            {
                _keys.Add(text, key);
            }

            return key;
        }

        public TimeReference? Time(TimeReference? time)
        {
            if (time is null)
            {
                return null;
            }

            if (_times.TryGetValue(time, out var shared))
            {
                return shared;
            }

            if (_times.Count < MaxEntries)
            {
                _times.Add(time, time);
            }

            return time;
        }

        public AttributionChain? Chain(string reporter, List<AttributionStep> steps, Func<AttributionChain?> build)
        {
            _chainKey.Clear().Append(reporter);
            foreach (var step in steps)
            {
                _chainKey.Append('\u0000').Append((int)step.Relation).Append('\u0000').Append(step.SourceId);
            }

            var key = _chainKey.ToString();
            if (_chains.TryGetValue(key, out var shared))
            {
                return shared;
            }

            var chain = build();
            if (chain is not null && _chains.Count < MaxEntries)
            {
                _chains.Add(key, chain);
            }

            return chain;
        }
    }
}
