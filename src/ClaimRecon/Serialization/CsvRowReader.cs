using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Units;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Reads one claim row against the header: every cell is checked and every problem reported with the row's line,
    /// the column and the cell; a row with any problem gives no claim. Declares the row's quantity (unit, kind, domain)
    /// and the sources its attribution names, and remembers claim ids to report repeats.
    /// </summary>
    /// <remarks>Not thread-safe.</remarks>
    internal sealed class CsvRowReader
    {
        private readonly CsvHeader _header;
        private readonly CsvDeclarations _declarations;
        private readonly List<ValidationProblem> _problems;
        private readonly ClaimIdIndex _claimIdLines;
        private CsvRecord _record = null!;
        private bool _ok;

        public CsvRowReader(CsvHeader header, CsvDeclarations declarations, ClaimIdIndex claimIdLines, List<ValidationProblem> problems)
        {
            _header = header;
            _declarations = declarations;
            _claimIdLines = claimIdLines;
            _problems = problems;
        }

        /// <summary>Reads a row; returns its claim, or null when the row has a problem (each one added).</summary>
        public Claim? Read(CsvRecord record)
        {
            _record = record;
            _ok = true;
            var line = record.Line;
            if (record.Fields.Count != _header.FieldCount)
            {
                _problems.Add(ValidationProblem.InCsv(line, null, ProblemText.Json(string.Join(",", record.Fields)),
                    $"the row has {record.Fields.Count} fields but the header on line {_header.Line} has {_header.FieldCount}; quote fields that contain commas"));
                return null;
            }

            var id = Cell("id");
            if (id.Length == 0)
            {
                Bad("id", "every claim needs an id");
            }
            else if (!_claimIdLines.TryAdd(id, line, out var firstLine))
            {
                Bad("id", $"claim id \"{ProblemText.Shorten(id)}\" is already used on line {firstLine}");
            }

            var key = ReadQuantity();
            var hedge = Hedge.None;
            if (Cell("hedge").Length > 0 && !JsonNames<Hedge>.TryParseIgnoringCase(Cell("hedge"), out hedge))
            {
                Bad("hedge", "is not a hedge; use one of " + JsonNames<Hedge>.Known);
            }

            var stance = Stance.Asserts;
            if (Cell("stance").Length > 0 && !JsonNames<Stance>.TryParseIgnoringCase(Cell("stance"), out stance))
            {
                Bad("stance", "is not a stance; use one of " + JsonNames<Stance>.Known);
            }

            var denies = ReadDenialTarget(stance);
            var figureless = Cell("value").Length == 0 && denies is { IsOwnFigure: false };
            var figure = figureless ? null : ReadFigure(hedge);
            var attribution = ReadAttribution(Cell("attribution"), line);
            var statedAt = CsvCells.Time("statedAt", Cell("statedAt"), Bad);
            var describes = CsvCells.Time("describes", Cell("describes"), Bad);
            var evidence = ReadEvidence();
            if (!_ok || key is null || (figure is null && !figureless) || attribution is null)
            {
                return null;
            }

            try
            {
                return figure is null
                    ? Claim.Denying(id, key, attribution, denies!, statedAt, describes, evidence, CsvCells.Optional(Cell("note")))
                    : new Claim(id, key, figure, attribution, stance, statedAt, describes, evidence, null, CsvCells.Optional(Cell("note")), denies);
            }
            catch (ArgumentException e)
            {
                Bad(e.ParamName switch { "id" => "id", "note" => "note", _ => "value" }, e.Message);
                return null;
            }
        }

        private string Cell(string column) => _header.Cell(_record, column);

        private void Bad(string column, string message)
        {
            _problems.Add(ValidationProblem.InCsv(_record.Line, column, ProblemText.Json(Cell(column)), ProblemText.Message(message)));
            _ok = false;
        }

        /// <summary>Reads the quantity key and what the row says about the quantity (unit, kind, domain), and declares it.</summary>
        private QuantityKey? ReadQuantity()
        {
            if (!QuantityKey.TryParse(Cell("quantity"), out var key))
            {
                Bad("quantity", "is not a quantity key of the form subject/measure");
            }

            Unit? unit = null;
            if (Cell("unit").Length > 0 && !CsvCells.TryUnit(Cell("unit"), out unit, out var unitError))
            {
                Bad("unit", unitError!);
            }

            QuantityKind? kind = null;
            if (Cell("kind").Length > 0)
            {
                if (JsonNames<QuantityKind>.TryParseIgnoringCase(Cell("kind"), out var k))
                {
                    kind = k;
                }
                else
                {
                    Bad("kind", "is not a quantity kind; use one of " + JsonNames<QuantityKind>.Known);
                }
            }

            ValueDomain? domain = null;
            if (Cell("domain").Length > 0)
            {
                if (JsonNames<ValueDomain>.TryParseIgnoringCase(Cell("domain"), out var d))
                {
                    domain = d;
                }
                else
                {
                    Bad("domain", "is not a value domain; use one of " + JsonNames<ValueDomain>.Known);
                }
            }

            if (key is not null && _declarations.Declare(key, _record.Line, unit, kind, domain, null, declared: false) is { } column)
            {
                Bad(column, CsvCells.Disagreement(key, column));
            }

            return key;
        }

        /// <summary>A figure: a number (two for <c>between</c>), or for hedge range/vague an interval such as "(100, 300)" in the value cell.</summary>
        private HedgedFigure? ReadFigure(Hedge hedge)
        {
            var wording = CsvCells.Optional(Cell("wording"));
            if (hedge is Hedge.Range or Hedge.Vague)
            {
                if (!NumericRange.TryParse(Cell("value"), out var stated))
                {
                    Bad("value", $"is not an interval: hedge {JsonNames<Hedge>.Name(hedge)} takes its range in the value cell, such as \"(100, 300)\" or \"[2000, 10000)\"");
                    return null;
                }

                try
                {
                    return hedge == Hedge.Vague ? HedgedFigure.Vague(stated, wording) : HedgedFigure.OfRange(stated, wording);
                }
                catch (ArgumentException e)
                {
                    Bad("value", e.Message);
                    return null;
                }
            }

            var value = 0m;
            if (Cell("value").Length == 0)
            {
                Bad("value", "every claim needs a value, except a denial that names the claims or source it denies");
            }
            else if (!CsvCells.TryNumber(Cell("value"), out value, out var why))
            {
                Bad("value", why);
            }

            decimal? upperValue = null;
            if (Cell("upperValue").Length > 0)
            {
                if (CsvCells.TryNumber(Cell("upperValue"), out var upper, out var why))
                {
                    upperValue = upper;
                }
                else
                {
                    Bad("upperValue", why);
                }
            }

            if (!_ok)
            {
                return null;
            }

            try
            {
                return new HedgedFigure(hedge, value, upperValue, wording);
            }
            catch (ArgumentException e)
            {
                Bad(upperValue is null && hedge != Hedge.Between ? "value" : "upperValue", e.Message);
                return null;
            }
        }

        /// <summary>What a denial denies: <c>denies</c> holds claim ids separated by ';', or <c>source:ID</c>; <c>direction</c> is lower or higher.</summary>
        private DenialTarget? ReadDenialTarget(Stance stance)
        {
            var direction = DenialDirection.None;
            if (Cell("direction").Length > 0 && !JsonNames<DenialDirection>.TryParseIgnoringCase(Cell("direction"), out direction))
            {
                Bad("direction", "is not a denial direction; use one of " + JsonNames<DenialDirection>.Known);
                return null;
            }

            var text = Cell("denies");
            if (stance != Stance.Denies)
            {
                if (text.Length > 0 || direction != DenialDirection.None)
                {
                    Bad(text.Length > 0 ? "denies" : "direction", "is only allowed on a row whose stance is denies");
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
                Bad("denies", e.Message);
                return null;
            }
        }

        private Evidence[]? ReadEvidence()
        {
            var url = Cell("url");
            var quote = Cell("quote");
            Uri? uri = null;
            if (url.Length > 0 && !Uri.TryCreate(url, UriKind.Absolute, out uri))
            {
                Bad("url", "is not an absolute address such as https://example.org/article");
                return null;
            }

            if (url.Length == 0 && quote.Length == 0)
            {
                return null;
            }

            try
            {
                return new[] { new Evidence(uri, CsvCells.Optional(quote)) };
            }
            catch (ArgumentException e)
            {
                Bad(url.Length > 0 ? "url" : "quote", e.Message);
                return null;
            }
        }

        /// <summary>The attribution chain <c>reporter&gt;cites:id&gt;speaksFor:id</c>; sources it names that are not declared yet are declared by their ids.</summary>
        private AttributionChain? ReadAttribution(string text, int line)
        {
            if (text.Length == 0)
            {
                Bad("attribution", "every claim needs an attribution: the reporter's source id, then >cites:id or >speaksFor:id steps");
                return null;
            }

            var segments = text.Split('>');
            var reporter = segments[0].Trim();
            if (reporter.Length == 0)
            {
                Bad("attribution", "the attribution starts with an empty source id; write reporter>cites:source>speaksFor:organization");
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
                    var cites = relation.Equals("cites", StringComparison.OrdinalIgnoreCase);
                    if (sourceId.Length == 0 || !(cites || relation.Equals("speaksFor", StringComparison.OrdinalIgnoreCase)))
                    {
                        Bad("attribution", $"step {i} \"{ProblemText.Shorten(step)}\" is neither cites:<source id> nor speaksFor:<organization id>");
                        return null;
                    }

                    chain = cites ? chain.Citing(sourceId) : chain.SpeakingFor(sourceId);
                }

                var position = 0;
                foreach (var sourceId in chain.SourceIds)
                {
                    if (!_declarations.HasSource(sourceId))
                    {
                        _declarations.AddSource(new Source(sourceId, sourceId, position == 0 ? SourceKind.NewsOutlet : SourceKind.Organization), line, declared: false);
                    }

                    position++;
                }

                return chain;
            }
            catch (ArgumentException e)
            {
                Bad("attribution", e.Message);
                return null;
            }
        }
    }
}
