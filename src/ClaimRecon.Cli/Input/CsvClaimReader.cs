using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;

namespace ClaimRecon.Cli.Input
{
    /// <summary>
    /// Reads claims from CSV, one claim per row, row by row. The first line that is not a <c>#</c> line is the header
    /// naming the columns (any order, case-insensitive; see <see cref="Columns"/>). Quantities are declared by their
    /// rows' <c>unit</c>, <c>kind</c> and <c>domain</c> cells or by a <c>#quantity,key,unit,kind,domain,description</c>
    /// line; sources by the ids in <c>attribution</c> (named by their id) or by a <c>#source,id,name,kind,role</c> line.
    /// Other lines starting with <c>#</c> are comments; empty lines are skipped.
    /// </summary>
    /// <remarks>
    /// Streams the text: one record is held at a time, and only the claims built so far are kept (the claim set and the
    /// reconciliation need them all). Every problem is reported with its line, column and value; no row is dropped
    /// silently. Not thread-safe.
    /// </remarks>
    internal sealed class CsvClaimReader
    {
        /// <summary>The columns a header may name.</summary>
        public static readonly IReadOnlyList<string> Columns = new[]
        {
            "id", "quantity", "unit", "kind", "domain", "hedge", "value", "upperValue", "wording", "stance", "attribution",
            "statedAt", "describes", "quote", "url", "note", "denies", "direction",
        };

        private static readonly string[] RequiredColumns = { "id", "quantity", "value", "attribution" };

        private static readonly Regex ClaimPath = new(@"^\$\.claims\[(\d+)\]\.?([A-Za-z]*)(.*)$", RegexOptions.CultureInvariant);

        private readonly CsvRecordReader _records;
        private readonly string _file;
        private readonly List<InputProblem> _problems = new();
        private readonly List<Claim> _claims = new();
        private readonly List<int> _claimLines = new();
        private readonly Dictionary<string, int> _claimIdLines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SourceEntry> _sources = new(StringComparer.Ordinal);
        private readonly List<string> _sourceOrder = new();
        private readonly Dictionary<QuantityKey, QuantityEntry> _quantities = new();
        private readonly List<QuantityKey> _quantityOrder = new();
        private Dictionary<string, int>? _header;
        private int _headerLine;
        private bool _done;

        /// <summary>Creates a reader over CSV text, which is not disposed.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="file">The file's name, for problems.</param>
        public CsvClaimReader(TextReader reader, string file)
        {
            _records = new CsvRecordReader(reader);
            _file = file;
        }

        /// <summary>Gets the number of claim rows read so far, good or bad.</summary>
        public int RowCount { get; private set; }

        /// <summary>Reads the next record (a claim row, the header, or a <c>#</c> line).</summary>
        /// <returns>False at the end of the input, or when the header makes the rows unreadable.</returns>
        public bool ReadNext()
        {
            if (_done)
            {
                return false;
            }

            var record = _records.Next();
            if (record is null)
            {
                _done = true;
                return false;
            }

            if (record.Error is not null)
            {
                var column = _header is not null ? ColumnName(record.ErrorField!.Value) : null;
                _problems.Add(InputProblem.AtLine(_file, record.Line, column, JsonText.Quote(record.Fields[record.ErrorField!.Value]), record.Error));
                if (_header is null && !record.Fields[0].TrimStart().StartsWith("#", StringComparison.Ordinal))
                {
                    // The header itself is malformed: the rows cannot be read against it, and reading the next row as the
                    // header would only report errors that are not there.
                    _header = new Dictionary<string, int>(StringComparer.Ordinal);
                    _done = true;
                    return false;
                }

                RowCount += _header is null ? 0 : 1;
                return true;
            }

            var first = record.Fields[0].Trim();
            if (first.StartsWith("#", StringComparison.Ordinal))
            {
                ReadDirective(record, first);
            }
            else if (_header is null)
            {
                ReadHeader(record);
            }
            else
            {
                RowCount++;
                ReadRow(record);
            }

            return !_done;
        }

        /// <summary>Reads the rest of the input and builds the claim set, or returns every problem found.</summary>
        /// <param name="set">The claim set, when there is no problem.</param>
        /// <returns>Every problem, in file order.</returns>
        public IReadOnlyList<InputProblem> Finish(out ClaimSet? set)
        {
            while (ReadNext())
            {
            }

            set = null;
            if (_header is null)
            {
                _problems.Add(InputProblem.AtLine(_file, 1, null, null, "there is no header line: the first line that is not a # line must name the columns, e.g. id,quantity,unit,hedge,value,attribution"));
            }

            var quantities = new List<Quantity>();
            foreach (var key in _quantityOrder)
            {
                var entry = _quantities[key];
                if (entry.Unit is null)
                {
                    _problems.Add(InputProblem.AtLine(_file, entry.FirstLine, "unit", null,
                        $"quantity \"{key}\" has no unit: give it in the unit column of one of its rows or in a #quantity line"));
                    continue;
                }

                quantities.Add(new Quantity(key, entry.Unit, entry.Kind ?? QuantityKind.Level, entry.Domain ?? ValueDomain.Real, entry.Description));
            }

            if (_problems.Count == 0)
            {
                var sources = _sourceOrder.Select(id => _sources[id].Source).ToList();
                foreach (var problem in ClaimSet.Validate(sources, quantities, _claims, out set))
                {
                    _problems.Add(Locate(problem));
                }
            }

            var ordered = _problems.OrderBy(p => p.Line ?? int.MaxValue).ToList();
            return ordered.AsReadOnly();
        }

        private static bool TryParseNumber(string text, out decimal value) =>
            decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

        private InputProblem Locate(ValidationProblem problem)
        {
            var match = ClaimPath.Match(problem.Path);
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _claimLines.Count)
            {
                var column = match.Groups[2].Value switch
                {
                    "id" => "id",
                    "quantity" => "quantity",
                    "attribution" => "attribution",
                    _ => null,
                };
                return InputProblem.AtLine(_file, _claimLines[index], column, problem.Value, problem.Message);
            }

            return InputProblem.AtPath(_file, problem.Path, problem.Value, problem.Message);
        }

        private string? ColumnName(int index) => _header?.Where(p => p.Value == index && !p.Key.StartsWith('\0')).Select(p => p.Key).FirstOrDefault();

        private void ReadHeader(CsvRecord record)
        {
            _headerLine = record.Line;
            var header = new Dictionary<string, int>(StringComparer.Ordinal);
            var usable = true;
            for (var i = 0; i < record.Fields.Count; i++)
            {
                var name = record.Fields[i].Trim();
                var known = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    _problems.Add(InputProblem.AtLine(_file, record.Line, null, JsonText.Quote(name),
                        $"header field {i + 1} is not a known column; the columns are {string.Join(", ", Columns)}"));
                    header["\0unknown" + i] = i;
                }
                else if (!header.TryAdd(known, i))
                {
                    _problems.Add(InputProblem.AtLine(_file, record.Line, null, JsonText.Quote(name), $"header field {i + 1} repeats the column \"{known}\""));
                    usable = false;
                }
            }

            foreach (var required in RequiredColumns.Where(r => !header.ContainsKey(r)))
            {
                _problems.Add(InputProblem.AtLine(_file, record.Line, null, null, $"the header has no \"{required}\" column, which every claim needs"));
                usable = false;
            }

            _header = header;
            if (!usable)
            {
                // Rows cannot be read against a header that lacks a required column or repeats one; the header's problems say why.
                _done = true;
            }
        }

        private void ReadDirective(CsvRecord record, string first)
        {
            var fields = record.Fields.Select(f => f.Trim()).ToArray();
            string Field(int i) => i < fields.Length ? fields[i] : string.Empty;
            void Bad(string column, int i, string message) =>
                _problems.Add(InputProblem.AtLine(_file, record.Line, column, i < fields.Length ? JsonText.Quote(fields[i]) : null, message));

            if (string.Equals(first, "#source", StringComparison.OrdinalIgnoreCase))
            {
                var id = Field(1);
                var kind = SourceKind.Organization;
                if (id.Length == 0)
                {
                    Bad("#source id", 1, "a #source line needs an id: #source,id,name,kind,role");
                    return;
                }

                if (Field(3).Length > 0 && !EnumText<SourceKind>.TryParse(Field(3), out kind))
                {
                    Bad("#source kind", 3, "is not a source kind; use one of " + EnumText<SourceKind>.Known);
                    return;
                }

                if (_sources.TryGetValue(id, out var existing) && existing.DeclaredLine is not null)
                {
                    Bad("#source id", 1, $"source \"{id}\" is already declared on line {existing.DeclaredLine}");
                    return;
                }

                try
                {
                    var source = new Source(id, Field(2).Length == 0 ? id : Field(2), kind, Field(4).Length == 0 ? null : Field(4));
                    AddSource(source, record.Line, declared: true);
                }
                catch (ArgumentException e)
                {
                    Bad("#source id", 1, e.Message);
                }
            }
            else if (string.Equals(first, "#quantity", StringComparison.OrdinalIgnoreCase))
            {
                if (!QuantityKey.TryParse(Field(1), out var key))
                {
                    Bad("#quantity key", 1, "is not a quantity key of the form subject/measure: #quantity,key,unit,kind,domain,description");
                    return;
                }

                if (_quantities.TryGetValue(key, out var existing) && existing.DeclaredLine is not null)
                {
                    Bad("#quantity key", 1, $"quantity \"{key}\" is already declared on line {existing.DeclaredLine}");
                    return;
                }

                if (!TryUnit(Field(2), out var unit, out var unitError) || unit is null)
                {
                    Bad("#quantity unit", 2, unitError ?? "a #quantity line needs a unit");
                    return;
                }

                QuantityKind? kind = null;
                ValueDomain? domain = null;
                if (Field(3).Length > 0)
                {
                    if (!EnumText<QuantityKind>.TryParse(Field(3), out var k))
                    {
                        Bad("#quantity kind", 3, "is not a quantity kind; use one of " + EnumText<QuantityKind>.Known);
                        return;
                    }

                    kind = k;
                }

                if (Field(4).Length > 0)
                {
                    if (!EnumText<ValueDomain>.TryParse(Field(4), out var d))
                    {
                        Bad("#quantity domain", 4, "is not a value domain; use one of " + EnumText<ValueDomain>.Known);
                        return;
                    }

                    domain = d;
                }

                var description = Field(5).Length == 0 ? null : Field(5);
                DeclareQuantity(key, record.Line, unit, kind, domain, description, declared: true, column => Bad("#quantity " + column, column switch { "unit" => 2, "kind" => 3, _ => 4 }, DisagreementMessage(key, column)));
            }
        }

        private void ReadRow(CsvRecord record)
        {
            var header = _header!;
            var line = record.Line;
            if (record.Fields.Count != header.Count)
            {
                _problems.Add(InputProblem.AtLine(_file, line, null, JsonText.Quote(string.Join(",", record.Fields)),
                    $"the row has {record.Fields.Count} fields but the header on line {_headerLine} has {header.Count}; quote fields that contain commas"));
                return;
            }

            string Cell(string column) => header.TryGetValue(column, out var i) ? record.Fields[i].Trim() : string.Empty;
            var ok = true;
            void Bad(string column, string message)
            {
                var cell = Cell(column);
                _problems.Add(InputProblem.AtLine(_file, line, column, JsonText.Quote(cell), message));
                ok = false;
            }

            // A figure: a number, or for hedge range/vague an interval such as "(100, 300)" in the value cell.
            HedgedFigure? ReadFigure(Hedge hedge, Action<string, string> bad)
            {
                var wording = Optional(Cell("wording"));
                if (hedge is Hedge.Range or Hedge.Vague)
                {
                    if (!NumericRange.TryParse(Cell("value"), out var stated))
                    {
                        bad("value", $"is not an interval: hedge {EnumText<Hedge>.Name(hedge)} takes its range in the value cell, such as \"(100, 300)\" or \"[2000, 10000)\"");
                        return null;
                    }

                    try
                    {
                        return hedge == Hedge.Vague ? HedgedFigure.Vague(stated, wording) : HedgedFigure.OfRange(stated, wording);
                    }
                    catch (ArgumentException e)
                    {
                        bad("value", e.Message);
                        return null;
                    }
                }

                var value = 0m;
                if (Cell("value").Length == 0)
                {
                    bad("value", "every claim needs a value, except a denial that names the claims or source it denies");
                }
                else if (!TryParseNumber(Cell("value"), out value))
                {
                    bad("value", "is not a number: write digits with an optional sign and \".\", without thousands separators or exponent");
                }

                decimal? upperValue = null;
                if (Cell("upperValue").Length > 0)
                {
                    if (TryParseNumber(Cell("upperValue"), out var upper))
                    {
                        upperValue = upper;
                    }
                    else
                    {
                        bad("upperValue", "is not a number: write digits with an optional sign and \".\", without thousands separators or exponent");
                    }
                }

                if (!ok)
                {
                    return null;
                }

                try
                {
                    return new HedgedFigure(hedge, value, upperValue, wording);
                }
                catch (ArgumentException e)
                {
                    bad(upperValue is null && hedge != Hedge.Between ? "value" : "upperValue", e.Message);
                    return null;
                }
            }

            // What a denial denies: "denies" holds claim ids separated by ';', or "source:ID"; "direction" is lower or higher.
            DenialTarget? ReadDenialTarget(Stance stance, Action<string, string> bad)
            {
                var direction = DenialDirection.None;
                if (Cell("direction").Length > 0 && !EnumText<DenialDirection>.TryParse(Cell("direction"), out direction))
                {
                    bad("direction", "is not a denial direction; use one of " + EnumText<DenialDirection>.Known);
                    return null;
                }

                var text = Cell("denies");
                if (stance != Stance.Denies)
                {
                    if (text.Length > 0 || direction != DenialDirection.None)
                    {
                        bad(text.Length > 0 ? "denies" : "direction", "is only allowed on a row whose stance is denies");
                    }

                    return null;
                }

                try
                {
                    return text.Length == 0 ? DenialTarget.OwnFigure(direction)
                        : text.StartsWith("source:", StringComparison.Ordinal) ? DenialTarget.OfSource(text.Substring(7).Trim(), direction)
                        : DenialTarget.OfClaims(text.Split(';').Select(p => p.Trim()), direction);
                }
                catch (ArgumentException e)
                {
                    bad("denies", e.Message);
                    return null;
                }
            }

            var id = Cell("id");
            if (id.Length == 0)
            {
                Bad("id", "every claim needs an id");
            }
            else if (_claimIdLines.TryGetValue(id, out var firstLine))
            {
                Bad("id", $"claim id \"{id}\" is already used on line {firstLine}");
            }
            else
            {
                _claimIdLines.Add(id, line);
            }

            QuantityKey? key = null;
            if (!QuantityKey.TryParse(Cell("quantity"), out key))
            {
                Bad("quantity", "is not a quantity key of the form subject/measure");
            }

            Unit? unit = null;
            if (Cell("unit").Length > 0 && !TryUnit(Cell("unit"), out unit, out var unitError))
            {
                Bad("unit", unitError!);
            }

            QuantityKind? kind = null;
            if (Cell("kind").Length > 0)
            {
                if (EnumText<QuantityKind>.TryParse(Cell("kind"), out var k))
                {
                    kind = k;
                }
                else
                {
                    Bad("kind", "is not a quantity kind; use one of " + EnumText<QuantityKind>.Known);
                }
            }

            ValueDomain? domain = null;
            if (Cell("domain").Length > 0)
            {
                if (EnumText<ValueDomain>.TryParse(Cell("domain"), out var d))
                {
                    domain = d;
                }
                else
                {
                    Bad("domain", "is not a value domain; use one of " + EnumText<ValueDomain>.Known);
                }
            }

            if (key is not null)
            {
                DeclareQuantity(key, line, unit, kind, domain, null, declared: false, column => Bad(column, DisagreementMessage(key, column)));
            }

            var hedge = Hedge.None;
            if (Cell("hedge").Length > 0 && !EnumText<Hedge>.TryParse(Cell("hedge"), out hedge))
            {
                Bad("hedge", "is not a hedge; use one of " + EnumText<Hedge>.Known);
            }

            var stance = Stance.Asserts;
            if (Cell("stance").Length > 0 && !EnumText<Stance>.TryParse(Cell("stance"), out stance))
            {
                Bad("stance", "is not a stance; use one of " + EnumText<Stance>.Known);
            }

            var denies = ReadDenialTarget(stance, Bad);
            var figureless = Cell("value").Length == 0 && denies is { IsOwnFigure: false };
            HedgedFigure? figure = figureless ? null : ReadFigure(hedge, Bad);
            var attribution = ReadAttribution(Cell("attribution"), line, message => Bad("attribution", message));
            var statedAt = ReadTime("statedAt", Cell("statedAt"), Bad);
            var describes = ReadTime("describes", Cell("describes"), Bad);

            Evidence[]? evidence = null;
            var url = Cell("url");
            var quote = Cell("quote");
            Uri? uri = null;
            if (url.Length > 0 && !Uri.TryCreate(url, UriKind.Absolute, out uri))
            {
                Bad("url", "is not an absolute address such as https://example.org/article");
            }
            else if (url.Length > 0 || quote.Length > 0)
            {
                try
                {
                    evidence = new[] { new Evidence(uri, Optional(quote)) };
                }
                catch (ArgumentException e)
                {
                    Bad(url.Length > 0 ? "url" : "quote", e.Message);
                }
            }

            if (!ok || key is null || (figure is null && !figureless) || attribution is null)
            {
                return;
            }

            try
            {
                _claims.Add(figure is null
                    ? Claim.Denying(id, key, attribution, denies!, statedAt, describes, evidence, Optional(Cell("note")))
                    : new Claim(id, key, figure, attribution, stance, statedAt, describes, evidence, null, Optional(Cell("note")), denies));
                _claimLines.Add(line);
            }
            catch (ArgumentException e)
            {
                Bad(e.ParamName switch { "id" => "id", "note" => "note", _ => "value" }, e.Message);
            }
        }

        private static string? Optional(string cell) => cell.Length == 0 ? null : cell;

        private static string DisagreementMessage(QuantityKey key, string column) =>
            $"differs from the {column} given earlier for quantity \"{key}\"; give each quantity one {column}";

        private static bool TryUnit(string text, out Unit? unit, out string? error)
        {
            unit = null;
            error = null;
            if (text.Length == 0)
            {
                return false;
            }

            try
            {
                unit = Unit.Parse(text);
                return true;
            }
            catch (FormatException e)
            {
                error = e.Message;
                return false;
            }
        }

        private static TimeReference? ReadTime(string column, string text, Action<string, string> bad)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (TimeReference.TryParse(text, out var time))
            {
                return time;
            }

            bad(column, "is not a time: write 2026-02-07, 2026-02, 2026, 2026-01-21/2026-01-31 or 2026-02-07T11:00:00+03");
            return null;
        }

        private AttributionChain? ReadAttribution(string text, int line, Action<string> bad)
        {
            if (text.Length == 0)
            {
                bad("every claim needs an attribution: the reporter's source id, then >cites:id or >speaksFor:id steps");
                return null;
            }

            var segments = text.Split('>');
            var reporter = segments[0].Trim();
            if (reporter.Length == 0)
            {
                bad("the attribution starts with an empty source id; write reporter>cites:source>speaksFor:organization");
                return null;
            }

            try
            {
                var chain = AttributionChain.Direct(reporter);
                for (var i = 1; i < segments.Length; i++)
                {
                    var step = segments[i].Trim();
                    var colon = step.IndexOf(':');
                    var relation = colon < 0 ? step : step.Substring(0, colon).Trim();
                    var sourceId = colon < 0 ? string.Empty : step.Substring(colon + 1).Trim();
                    if (sourceId.Length == 0 || !(relation.Equals("cites", StringComparison.OrdinalIgnoreCase) || relation.Equals("speaksFor", StringComparison.OrdinalIgnoreCase)))
                    {
                        bad($"step {i} \"{step}\" is neither cites:<source id> nor speaksFor:<organization id>");
                        return null;
                    }

                    chain = relation.Equals("cites", StringComparison.OrdinalIgnoreCase) ? chain.Citing(sourceId) : chain.SpeakingFor(sourceId);
                }

                var position = 0;
                foreach (var sourceId in chain.SourceIds)
                {
                    if (!_sources.ContainsKey(sourceId))
                    {
                        AddSource(new Source(sourceId, sourceId, position == 0 ? SourceKind.NewsOutlet : SourceKind.Organization), line, declared: false);
                    }

                    position++;
                }

                return chain;
            }
            catch (ArgumentException e)
            {
                bad(e.Message);
                return null;
            }
        }

        private void AddSource(Source source, int line, bool declared)
        {
            if (!_sources.ContainsKey(source.Id))
            {
                _sourceOrder.Add(source.Id);
            }

            _sources[source.Id] = new SourceEntry(source, declared ? line : null);
        }

        private void DeclareQuantity(QuantityKey key, int line, Unit? unit, QuantityKind? kind, ValueDomain? domain, string? description, bool declared, Action<string> disagree)
        {
            if (!_quantities.TryGetValue(key, out var entry))
            {
                _quantityOrder.Add(key);
                _quantities[key] = new QuantityEntry(line, declared ? line : null, unit, kind, domain, description);
                return;
            }

            if (unit is not null && entry.Unit is not null && unit != entry.Unit)
            {
                disagree("unit");
                return;
            }

            if (kind is not null && entry.Kind is not null && kind != entry.Kind)
            {
                disagree("kind");
                return;
            }

            if (domain is not null && entry.Domain is not null && domain != entry.Domain)
            {
                disagree("domain");
                return;
            }

            _quantities[key] = entry with
            {
                DeclaredLine = entry.DeclaredLine ?? (declared ? line : null),
                Unit = entry.Unit ?? unit,
                Kind = entry.Kind ?? kind,
                Domain = entry.Domain ?? domain,
                Description = entry.Description ?? description,
            };
        }

        /// <summary>A source and the line of its <c>#source</c> declaration, if it has one.</summary>
        private sealed record SourceEntry(Source Source, int? DeclaredLine);

        /// <summary>What is known so far about a quantity.</summary>
        private sealed record QuantityEntry(int FirstLine, int? DeclaredLine, Unit? Unit, QuantityKind? Kind, ValueDomain? Domain, string? Description);
    }
}
