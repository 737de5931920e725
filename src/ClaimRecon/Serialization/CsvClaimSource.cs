using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Claims read from CSV (docs/claimrecon-tool.md), record by record: the <see cref="CsvRecordReader"/> splits the
    /// text, the first line that is not a <c>#</c> line goes to <see cref="CsvHeader"/>, <c>#</c> lines to
    /// <see cref="CsvDirectiveReader"/>, rows to <see cref="CsvRowReader"/>. What can only be checked at the end (a
    /// quantity with no unit, a denial naming a claim or source that never appears) is checked by <see cref="Finish"/>.
    /// </summary>
    /// <remarks>
    /// Holds one record, the declarations, each claim id with its line (to report repeats) and the denials' references;
    /// not the claims. Not thread-safe.
    /// </remarks>
    internal sealed class CsvClaimSource : IClaimSource
    {
        private static readonly char[] PathEnds = { '.', '[' };
        private readonly ICsvRecords _records;
        private readonly bool _directives;
        private readonly CsvDeclarations _declarations = new();
        private readonly ClaimIdIndex _claimIdLines = new();
        private readonly List<(int Line, Claim Claim)> _denials = new();
        private bool _byQuantity;
        private CsvHeader? _header;
        private CsvRowReader? _rows;
        private bool _done;

        public CsvClaimSource(TextReader reader)
        {
            _records = new CsvRecordReader(reader);
            _directives = true;
        }

        /// <summary>Creates a source over records that are not CSV text (<see cref="TableRecords"/>): no <c>#</c> lines, sources declared beforehand.</summary>
        public CsvClaimSource(ICsvRecords records, IEnumerable<Source> sources)
        {
            _records = records;
            foreach (var source in sources)
            {
                _declarations.AddSource(source, 0, declared: true);
            }
        }

        public List<ValidationProblem> Problems { get; } = new();

        public IReadOnlyList<Source> Sources => _declarations.Sources;

        public IReadOnlyList<Quantity> Quantities => new List<Quantity>(_declarations.Built(onlyWithClaims: false));

        public int QuantityCount => _declarations.QuantityCount;

        public IEnumerable<Quantity> ClaimedQuantities() => _declarations.Built(onlyWithClaims: true);

        public Quantity? FindQuantity(QuantityKey key) => _declarations.FindQuantity(key);

        public Source? FindSource(string id) => _declarations.FindSource(id);

        public bool Next(out Claim? claim, out int line)
        {
            claim = null;
            line = 0;
            if (_done)
            {
                return false;
            }

            var record = _records.Next();
            return Take(record, out claim, out line);
        }

        public async Task<(bool More, Claim? Claim, int Line)> NextAsync(CancellationToken cancellationToken)
        {
            if (_done)
            {
                return (false, null, 0);
            }

            var record = await _records.NextAsync(cancellationToken).ConfigureAwait(false);
            var more = Take(record, out var claim, out var line);
            return (more, claim, line);
        }

        public ValidationProblem Locate(int line, string path, ValidationProblem problem)
        {
            var field = path.TrimStart('$', '.');
            var end = field.IndexOfAny(PathEnds);
            var name = end < 0 ? field : field.Substring(0, end);
            var column = Array.IndexOf(CsvHeader.Columns, name) >= 0 ? name : null;
            return ValidationProblem.InCsv(line, column, problem.Value, problem.Message);
        }

        public void ReadByQuantity(int idWindow, string? directory)
        {
            _byQuantity = true;
            _claimIdLines.Spill(idWindow, directory);
        }

        public void Forget(QuantityKey key) => _declarations.Forget(key);

        public void Dispose() => _claimIdLines.Dispose();

        public void Finish()
        {
            if (_header is null)
            {
                Problems.Add(ValidationProblem.InCsv(1, null, null, "there is no header line: the first line that is not a # line must name the columns, e.g. id,quantity,unit,hedge,value,attribution"));
            }

            foreach (var (line, denial) in _denials)
            {
                var target = denial.Denies!;
                if (target.SourceId is { } source && !_declarations.HasSource(source))
                {
                    Problems.Add(ValidationProblem.InCsv(line, "denies", ProblemText.Json("source:" + source),
                        $"claim \"{ProblemText.Shorten(denial.Id)}\" denies the figures of source \"{ProblemText.Shorten(source)}\", which is not defined"));
                }

                foreach (var denied in _byQuantity ? Array.Empty<string>() : target.ClaimIds)
                {
                    if (!_claimIdLines.Contains(denied))
                    {
                        Problems.Add(ValidationProblem.InCsv(line, "denies", ProblemText.Json(denied),
                            $"claim \"{ProblemText.Shorten(denial.Id)}\" denies claim \"{ProblemText.Shorten(denied)}\", which is not among the claims"));
                    }
                    else if (string.Equals(denied, denial.Id, StringComparison.Ordinal))
                    {
                        Problems.Add(ValidationProblem.InCsv(line, "denies", ProblemText.Json(denied), $"claim \"{ProblemText.Shorten(denial.Id)}\" denies itself"));
                    }
                }
            }

            _denials.Clear();
            foreach (var (id, line, first) in _claimIdLines.LaterRepeats())
            {
                Problems.Add(ValidationProblem.InCsv(line, "id", ProblemText.Json(id), $"claim id \"{ProblemText.Shorten(id)}\" is already used on line {first}; found when reading ended (reading by quantity holds only recent ids in memory), after the quantities of both claims were given out"));
            }

            _declarations.CheckUnits(Problems);
        }

        /// <summary>Handles one record; false at the end of the input or when the header makes the rows unreadable.</summary>
        private bool Take(CsvRecord? record, out Claim? claim, out int line)
        {
            claim = null;
            line = record?.Line ?? 0;
            if (record is null)
            {
                _done = true;
                return false;
            }

            if (record.Error is not null)
            {
                var field = record.ErrorField!.Value;
                Problems.Add(ValidationProblem.InCsv(record.Line, _header?.NameAt(field), ProblemText.Json(record.Fields[field]), record.Error));
                if (_header is null && !(_directives && record.Fields[0].TrimStart().StartsWith("#", StringComparison.Ordinal)))
                {
                    // The header itself is malformed: rows cannot be read against it, and reading the next row as the
                    // header would only report errors that are not there.
                    _header = CsvHeader.Read(new CsvRecord(record.Line, Array.Empty<string>(), null, null), new List<ValidationProblem>());
                    _done = true;
                    return false;
                }

                return true;
            }

            var first = record.Fields.Count == 0 ? string.Empty : record.Fields[0].Trim();
            if (_directives && first.StartsWith("#", StringComparison.Ordinal))
            {
                CsvDirectiveReader.Read(record, first, _declarations, Problems);
            }
            else if (_header is null)
            {
                _header = CsvHeader.Read(record, Problems);
                _rows = new CsvRowReader(_header, _declarations, _claimIdLines, Problems);

                // Rows cannot be read against a header that lacks a required column or repeats one; its problems say why.
                _done = !_header.Usable;
            }
            else
            {
                claim = _rows!.Read(record);
                // Reading by quantity, denials of claims are checked within their quantity; only those of a source wait for the end.
                if (claim?.Denies is { IsOwnFigure: false } denies && (!_byQuantity || denies.SourceId is not null))
                {
                    _denials.Add((record.Line, claim));
                }
            }

            return !_done;
        }
    }
}
