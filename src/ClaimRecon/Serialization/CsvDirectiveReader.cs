using System;
using System.Collections.Generic;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Reads a claims CSV file's <c>#</c> lines: <c>#source,id,name,kind,role</c> and
    /// <c>#quantity,key,unit,kind,domain,description</c> declare into <see cref="CsvDeclarations"/>; any other <c>#</c>
    /// line is a comment. Problems name the directive's field (<c>#quantity unit</c>) and its value.
    /// </summary>
    internal static class CsvDirectiveReader
    {
        /// <summary>Reads one <c>#</c> record whose first field (trimmed) is <paramref name="first"/>.</summary>
        public static void Read(CsvRecord record, string first, CsvDeclarations declarations, List<ValidationProblem> problems)
        {
            var fields = new string[record.Fields.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = record.Fields[i].Trim();
            }

            var directive = new Directive(record.Line, fields, problems);
            if (string.Equals(first, "#source", StringComparison.OrdinalIgnoreCase))
            {
                ReadSource(directive, declarations);
            }
            else if (string.Equals(first, "#quantity", StringComparison.OrdinalIgnoreCase))
            {
                ReadQuantity(directive, declarations);
            }
        }

        private static void ReadSource(Directive d, CsvDeclarations declarations)
        {
            var id = d.Field(1);
            var kind = SourceKind.Organization;
            if (id.Length == 0)
            {
                d.Bad("#source id", 1, "a #source line needs an id: #source,id,name,kind,role");
                return;
            }

            if (d.Field(3).Length > 0 && !JsonNames<SourceKind>.TryParseIgnoringCase(d.Field(3), out kind))
            {
                d.Bad("#source kind", 3, "is not a source kind; use one of " + JsonNames<SourceKind>.Known);
                return;
            }

            if (declarations.SourceDeclaredOn(id) is { } earlier)
            {
                d.Bad("#source id", 1, $"source \"{ProblemText.Shorten(id)}\" is already declared on line {earlier}");
                return;
            }

            try
            {
                var source = new Source(id, d.Field(2).Length == 0 ? id : d.Field(2), kind, d.Field(4).Length == 0 ? null : d.Field(4));
                declarations.AddSource(source, d.Line, declared: true);
            }
            catch (ArgumentException e)
            {
                d.Bad("#source id", 1, e.Message);
            }
        }

        private static void ReadQuantity(Directive d, CsvDeclarations declarations)
        {
            if (!QuantityKey.TryParse(d.Field(1), out var key))
            {
                d.Bad("#quantity key", 1, "is not a quantity key of the form subject/measure: #quantity,key,unit,kind,domain,description");
                return;
            }

            if (declarations.QuantityDeclaredOn(key) is { } earlier)
            {
                d.Bad("#quantity key", 1, $"quantity \"{ProblemText.Shorten(key.ToString())}\" is already declared on line {earlier}");
                return;
            }

            if (!CsvCells.TryUnit(d.Field(2), out var unit, out var unitError) || unit is null)
            {
                d.Bad("#quantity unit", 2, unitError ?? "a #quantity line needs a unit");
                return;
            }

            QuantityKind? kind = null;
            ValueDomain? domain = null;
            if (d.Field(3).Length > 0)
            {
                if (!JsonNames<QuantityKind>.TryParseIgnoringCase(d.Field(3), out var k))
                {
                    d.Bad("#quantity kind", 3, "is not a quantity kind; use one of " + JsonNames<QuantityKind>.Known);
                    return;
                }

                kind = k;
            }

            if (d.Field(4).Length > 0)
            {
                if (!JsonNames<ValueDomain>.TryParseIgnoringCase(d.Field(4), out var v))
                {
                    d.Bad("#quantity domain", 4, "is not a value domain; use one of " + JsonNames<ValueDomain>.Known);
                    return;
                }

                domain = v;
            }

            var description = d.Field(5).Length == 0 ? null : d.Field(5);
            if (declarations.Declare(key, d.Line, unit, kind, domain, description, declared: true) is { } column)
            {
                d.Bad("#quantity " + column, column switch { "unit" => 2, "kind" => 3, _ => 4 }, CsvCells.Disagreement(key, column));
            }
        }

        /// <summary>One directive line's trimmed fields and where its problems go.</summary>
        private readonly struct Directive
        {
            private readonly string[] _fields;
            private readonly List<ValidationProblem> _problems;

            public Directive(int line, string[] fields, List<ValidationProblem> problems)
            {
                Line = line;
                _fields = fields;
                _problems = problems;
            }

            public int Line { get; }

            public string Field(int i) => i < _fields.Length ? _fields[i] : string.Empty;

            public void Bad(string column, int i, string message) =>
                _problems.Add(ValidationProblem.InCsv(Line, column, i < _fields.Length ? ProblemText.Json(_fields[i]) : null, ProblemText.Message(message)));
        }
    }
}
