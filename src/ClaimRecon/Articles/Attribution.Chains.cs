using System;
using System.Collections.Generic;
using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>Chains from the outlet to a figure's origin, built once per statement, and the sources they name.</summary>
    internal sealed partial class Attribution
    {
        /// <summary>The outlet and the sources of the figures' chains, then of the denials' chains, the first of each identifier, ordered by identifier.</summary>
        private List<Source> Distinct(List<AttributedMention> mentions, List<AttributedDenial> denials)
        {
            var byId = new Dictionary<string, Source>(StringComparer.Ordinal);
            foreach (var mention in mentions)
            {
                AddFirst(byId, mention.ChainSources);
            }

            foreach (var denial in denials)
            {
                AddFirst(byId, denial.ChainSources);
            }

            // The outlet comes after the chains' sources, so a chain's own source of the same id wins.
            if (!byId.ContainsKey(_normalizer.Outlet.Id))
            {
                byId[_normalizer.Outlet.Id] = _normalizer.Outlet;
            }

            var order = new List<Source>(byId.Values);
            order.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return order;
        }

        /// <summary>Adds each source whose identifier is not there yet, read by index (no enumerator per chain).</summary>
        private static void AddFirst(Dictionary<string, Source> byId, IReadOnlyList<Source> sources)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                if (!byId.ContainsKey(sources[i].Id))
                {
                    byId[sources[i].Id] = sources[i];
                }
            }
        }

        private (AttributionChain Chain, IReadOnlyList<Source> Sources, string Rule) Chain(Found? f, Found? via, SourceReading reading)
        {
            // Figures of one statement share its chain: it is built once per statement, nesting and reading.
            var key = (f, via, reading);
            if (_chains.TryGetValue(key, out var known))
            {
                return known;
            }

            var made = BuildChain(f, via, reading);
            _chains[key] = made;
            return made;
        }

        private (AttributionChain Chain, IReadOnlyList<Source> Sources, string Rule) BuildChain(Found? f, Found? via, SourceReading reading)
        {
            var sources = new List<Source> { _normalizer.Outlet };
            var steps = new List<AttributionStep>();
            var rule = new List<string>();
            bool Step(AttributionRelation relation, Source source, string why)
            {
                foreach (var s in sources)
                {
                    if (s.Id == source.Id)
                    {
                        return false;
                    }
                }

                sources.Add(source);
                steps.Add(new AttributionStep(relation, source.Id));
                rule.Add(why);
                return true;
            }

            if (f is not null)
            {
                if (via is not null)
                {
                    if (Root(via).Recipient is { } viaRecipient)
                    {
                        Step(AttributionRelation.Cites, viaRecipient.Speaker, "chain.via-hearer");
                    }

                    if (!via.Reading.IsOutletItself)
                    {
                        Step(AttributionRelation.Cites, via.Reading.Speaker, "chain.nested");
                    }
                }

                if (Root(f).Recipient is { } recipient)
                {
                    Step(AttributionRelation.Cites, recipient.Speaker, "chain.via-hearer");
                }

                if (!reading.IsOutletItself)
                {
                    Step(AttributionRelation.Cites, reading.Speaker, "chain.cites");
                }

                if (reading.Organisation is { } organisation)
                {
                    Step(AttributionRelation.SpeaksFor, organisation, "chain.speaks-for");
                }

                // A public body named with its country ("Iraq's Security Media Cell") speaks for that country's government,
                // so its figures and the government's own ("Iraq announced") are one origin.
                var last = steps.Count == 0 ? null : steps[steps.Count - 1].SourceId;
                while (last is not null && _normalizer.GovernmentOf(last) is { } government && Step(AttributionRelation.SpeaksFor, government, "chain.body-of-country"))
                {
                    last = government.Id;
                }
            }

            var chain = new AttributionChain(_normalizer.Outlet.Id, steps);
            return (chain, sources, rule.Count == 0 ? "chain.outlet-only" : string.Join("+", rule));
        }
    }
}
