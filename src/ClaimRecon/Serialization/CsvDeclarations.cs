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
        private readonly Dictionary<QuantityKey, QuantityEntry> _quantities = new();
        private readonly InsertionOrder<QuantityKey> _quantityOrder = new();

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

        /// <summary>Gets the keys of the quantities so far, in the order first seen.</summary>
        public IReadOnlyList<QuantityKey> QuantityKeys => _quantityOrder.ToList();

        /// <summary>Returns whether a source id is known.</summary>
        public bool HasSource(string id) => _sources.ContainsKey(id);

        /// <summary>Returns the source with an id, or null.</summary>
        public Source? FindSource(string id) => _sources.TryGetValue(id, out var entry) ? entry.Source : null;

        /// <summary>Returns the line of a source's <c>#source</c> line, or null when it has none (or is unknown).</summary>
        public int? SourceDeclaredOn(string id) => _sources.TryGetValue(id, out var entry) ? entry.DeclaredLine : null;

        /// <summary>Returns the line of a quantity's <c>#quantity</c> line, or null when it has none (or is unknown).</summary>
        public int? QuantityDeclaredOn(QuantityKey key) => _quantities.TryGetValue(key, out var entry) ? entry.DeclaredLine : null;

        /// <summary>Returns the quantity as known so far, or null when it is unknown or has no unit yet.</summary>
        public Quantity? FindQuantity(QuantityKey key) =>
            _quantities.TryGetValue(key, out var entry) && entry.Unit is not null ? entry.Build(key) : null;

        /// <summary>Forgets a quantity whose claims have all been read (reading by quantity); true when it was known.</summary>
        public bool Forget(QuantityKey key) => _quantities.Remove(key) && _quantityOrder.Remove(key);

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
        public string? Declare(QuantityKey key, int line, Unit? unit, QuantityKind? kind, ValueDomain? domain, string? description, bool declared)
        {
            if (!_quantities.TryGetValue(key, out var entry))
            {
                _quantityOrder.Add(key);
                _quantities[key] = new QuantityEntry(line, declared ? line : null, unit, kind, domain, description);
                return null;
            }

            if (unit is not null && entry.Unit is not null && unit != entry.Unit)
            {
                return "unit";
            }

            if (kind is not null && entry.Kind is not null && kind != entry.Kind)
            {
                return "kind";
            }

            if (domain is not null && entry.Domain is not null && domain != entry.Domain)
            {
                return "domain";
            }

            if ((declared && entry.DeclaredLine is null) || (entry.Unit is null && unit is not null) || (entry.Kind is null && kind is not null)
                || (entry.Domain is null && domain is not null) || (entry.Description is null && description is not null))
            {
                _quantities[key] = new QuantityEntry(
                    entry.FirstLine,
                    entry.DeclaredLine ?? (declared ? line : null),
                    entry.Unit ?? unit,
                    entry.Kind ?? kind,
                    entry.Domain ?? domain,
                    entry.Description ?? description);
            }

            return null;
        }

        /// <summary>Builds every quantity; one without a unit is a problem on the line it was first seen on.</summary>
        public List<Quantity> Quantities(List<ValidationProblem> problems)
        {
            var quantities = new List<Quantity>(_quantityOrder.Count);
            foreach (var key in _quantityOrder.ToList())
            {
                var entry = _quantities[key];
                if (entry.Unit is null)
                {
                    problems.Add(ValidationProblem.InCsv(entry.FirstLine, "unit", null,
                        $"quantity \"{ProblemText.Shorten(key.ToString())}\" has no unit: give it in the unit column of one of its rows or in a #quantity line"));
                    continue;
                }

                quantities.Add(entry.Build(key));
            }

            return quantities;
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

        /// <summary>What is known so far about a quantity; the quantity itself is built once, when first asked for.</summary>
        private sealed class QuantityEntry
        {
            private Quantity? _built;

            public QuantityEntry(int firstLine, int? declaredLine, Unit? unit, QuantityKind? kind, ValueDomain? domain, string? description)
            {
                FirstLine = firstLine;
                DeclaredLine = declaredLine;
                Unit = unit;
                Kind = kind;
                Domain = domain;
                Description = description;
            }

            public int FirstLine { get; }

            public int? DeclaredLine { get; }

            public Unit? Unit { get; }

            public QuantityKind? Kind { get; }

            public ValueDomain? Domain { get; }

            public string? Description { get; }

            public Quantity Build(QuantityKey key) =>
                _built ??= new Quantity(key, Unit!, Kind ?? QuantityKind.Level, Domain ?? ValueDomain.Real, Description);
        }
    }
}
