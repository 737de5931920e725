using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Units;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// The sources and quantities a CSV file has declared so far, by <c>#source</c>/<c>#quantity</c> lines or by its
    /// rows (a row's <c>unit</c>, <c>kind</c> and <c>domain</c>; the ids of its <c>attribution</c>), with the line each
    /// was first seen on. Rows and directives that disagree with what is known are reported by the caller.
    /// </summary>
    /// <remarks>Not thread-safe.</remarks>
    internal sealed class CsvDeclarations
    {
        private readonly Dictionary<string, SourceEntry> _sources = new(StringComparer.Ordinal);
        private readonly List<string> _sourceOrder = new();
        private readonly QuantityTable _quantities = new();

        /// <summary>Gets the sources so far, in the order first seen.</summary>
        public IReadOnlyList<Source> Sources
        {
            get
            {
                var list = new List<Source>(_sourceOrder.Count);
                foreach (var id in _sourceOrder)
                {
                    list.Add(_sources[id].Source);
                }

                return list;
            }
        }

        /// <summary>Gets the number of quantities known so far (with a unit or not).</summary>
        public int QuantityCount => _quantities.Count;

        /// <summary>Builds the quantities so far that have a unit, in the order first seen.</summary>
        /// <param name="onlyWithClaims">Leave out quantities that only a <c>#quantity</c> line named.</param>
        public IEnumerable<Quantity> Built(bool onlyWithClaims) => _quantities.Quantities(onlyWithClaims);

        /// <summary>Returns whether a source id is known.</summary>
        public bool HasSource(string id) => _sources.ContainsKey(id);

        /// <summary>Returns the source with an id, or null.</summary>
        public Source? FindSource(string id) => _sources.TryGetValue(id, out var entry) ? entry.Source : null;

        /// <summary>Returns the line of a source's <c>#source</c> line, or null when it has none (or is unknown).</summary>
        public int? SourceDeclaredOn(string id) => _sources.TryGetValue(id, out var entry) ? entry.DeclaredLine : null;

        /// <summary>Returns the line of a quantity's <c>#quantity</c> line, or null when it has none (or is unknown).</summary>
        public int? QuantityDeclaredOn(QuantityKey key) => _quantities.DeclaredLine(key);

        /// <summary>Returns the quantity as known so far, or null when it is unknown or has no unit yet.</summary>
        public Quantity? FindQuantity(QuantityKey key) => _quantities.Build(key);

        /// <summary>Forgets a quantity whose claims have all been read (reading by quantity); true when it was known.</summary>
        public bool Forget(QuantityKey key) => _quantities.Forget(key);

        /// <summary>Adds a source, or replaces an undeclared one by its declaration.</summary>
        public void AddSource(Source source, int line, bool declared)
        {
            if (!_sources.ContainsKey(source.Id))
            {
                _sourceOrder.Add(source.Id);
            }

            _sources[source.Id] = new SourceEntry(source, declared ? line : null);
        }

        /// <summary>
        /// Records what a row or <c>#quantity</c> line says about a quantity: the first unit, kind, domain and description
        /// given hold. Returns the name of the first of unit, kind and domain that disagrees with what was given
        /// earlier (nothing is recorded then), or null.
        /// </summary>
        public string? Declare(QuantityKey key, int line, Unit? unit, QuantityKind? kind, ValueDomain? domain, string? description, bool declared) =>
            _quantities.Declare(key, line, unit, kind, domain, description, declared);

        /// <summary>Reports, as a problem on the line it was first seen on, every quantity that has no unit.</summary>
        public void CheckUnits(List<ValidationProblem> problems)
        {
            foreach (var (key, firstLine, quantity) in _quantities.Walk(onlyWithClaims: false))
            {
                if (quantity is null)
                {
                    problems.Add(ValidationProblem.InCsv(firstLine, "unit", null,
                        $"quantity \"{ProblemText.Shorten(key.ToString())}\" has no unit: give it in the unit column of one of its rows or in a #quantity line"));
                }
            }
        }

        /// <summary>A source and the line of its <c>#source</c> declaration, if it has one.</summary>
        private sealed class SourceEntry
        {
            public SourceEntry(Source source, int? declaredLine)
            {
                Source = source;
                DeclaredLine = declaredLine;
            }

            public Source Source { get; }

            public int? DeclaredLine { get; }
        }
    }
}
