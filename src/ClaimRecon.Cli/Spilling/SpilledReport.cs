using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Cli.Output;
using ClaimRecon.Contradictions;
using ClaimRecon.Reporting;

namespace ClaimRecon.Cli.Spilling
{
    /// <summary>
    /// A reconciliation report of more claims than memory should hold, made in parts: claims go to buckets by quantity
    /// (<see cref="ClaimBuckets"/>), each bucket is reconciled alone, its quantities and findings are rendered and kept
    /// on disk with what orders them, and the report is written in the order the whole-report writers give, finding ids
    /// numbered afresh. The text is the same as the whole report's, character for character, because every quantity's
    /// merge and findings depend on that quantity's claims alone (no relations between quantities are given).
    /// </summary>
    internal sealed class SpilledReport : IDisposable
    {
        private readonly ReportFormat _format;
        private readonly ContradictionOptions _options;
        private readonly PartFile _parts;
        private readonly RecordSorter<QuantityPart> _quantities;
        private readonly RecordSorter<FindingPart> _findings;
        private readonly RecordSorter<OmittedPart> _omitted;
        private long _sequence;
        private int _contradictions;

        /// <summary>Creates an empty report.</summary>
        /// <param name="format">Text, JSON or Markdown.</param>
        /// <param name="options">How much detail the findings give.</param>
        /// <param name="directory">A directory of its own for the temporary files.</param>
        /// <param name="runLength">The most ordering records held in memory before a sorted run is written.</param>
        public SpilledReport(ReportFormat format, ContradictionOptions options, string directory, int runLength)
        {
            _format = format;
            _options = options;
            _parts = new PartFile(Path.Combine(directory, "parts.bin"));
            _quantities = new RecordSorter<QuantityPart>(format == ReportFormat.Json ? PartRecords.ByKey : PartRecords.ByReadingOrder, PartRecords.Write, PartRecords.ReadQuantity, runLength, directory, "quantities");
            _findings = new RecordSorter<FindingPart>(PartRecords.Findings, PartRecords.Write, PartRecords.ReadFinding, runLength, directory, "findings");
            _omitted = new RecordSorter<OmittedPart>(PartRecords.Omitted, PartRecords.Write, PartRecords.ReadOmitted, runLength, directory, "omitted");
        }

        /// <summary>Gets the number of findings so far.</summary>
        public long Findings => _findings.Count;

        /// <summary>Reconciles one bucket's claims and keeps its rendered parts.</summary>
        /// <param name="set">Every claim of the bucket's quantities.</param>
        public void Add(ClaimSet set)
        {
            var report = ReconciliationReport.Create(set, null, _options);
            var contradictions = report.Contradictions;
            var worst = new Dictionary<Quantities.QuantityKey, decimal>();
            foreach (var finding in contradictions.Findings)
            {
                worst[finding.Quantity] = worst.TryGetValue(finding.Quantity, out var s) ? Math.Max(s, finding.Severity) : finding.Severity;
                _contradictions += finding.IsContradiction ? 1 : 0;
                var piece = _format switch
                {
                    ReportFormat.Json => ReportParts.JsonFinding(finding, IdMark),
                    ReportFormat.Markdown => ReportParts.MarkdownFinding(finding),
                    _ => Text(text => TextReport.Finding(text, finding, string.Empty)).Substring(2),
                };
                var key = finding.Quantity;
                _findings.Add(new FindingPart(finding.RawSeverity, (int)finding.Kind, key.Subject, key.Measure, finding.Claims.Select(c => c.Id).ToArray(), _sequence++, Keep(piece)));
            }

            foreach (var merge in contradictions.Merges)
            {
                var piece = _format switch
                {
                    ReportFormat.Json => ReportParts.JsonQuantity(merge),
                    ReportFormat.Markdown => ReportParts.MarkdownQuantity(report, merge),
                    _ => Text(text => TextReport.Quantity(text, merge)),
                };
                var key = merge.Quantity.Key;
                var found = worst.TryGetValue(key, out var severity);
                _quantities.Add(new QuantityPart(key.Subject, key.Measure, found, found ? severity : 0m, Keep(piece)));
            }

            foreach (var omitted in contradictions.OmittedPairs)
            {
                var piece = _format switch
                {
                    ReportFormat.Json => ReportParts.JsonString(omitted.ToString()),
                    ReportFormat.Markdown => ReportParts.MarkdownOmitted(omitted),
                    _ => Text(text => TextReport.Omitted(text, omitted)),
                };
                _omitted.Add(new OmittedPart(omitted.Quantity.Subject, omitted.Quantity.Measure, _sequence++, Keep(piece)));
            }
        }

        /// <summary>Writes the report, its parts in the whole report's order.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="title">The title.</param>
        /// <param name="claims">The number of claims.</param>
        /// <param name="origins">The number of distinct attribution roots.</param>
        public void Write(TextWriter output, string title, int claims, int origins)
        {
            var quantities = checked((int)_quantities.Count);
            var findings = checked((int)_findings.Count);
            switch (_format)
            {
                case ReportFormat.Json:
                    output.Write(ReportParts.JsonHead(title, claims, origins));
                    var id = 0;
                    JsonArray(output, _findings.Sorted().Select(f => f.Place), piece => WithId(piece, "finding-" + (++id).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    output.Write(ReportParts.JsonProperty("quantities"));
                    JsonArray(output, _quantities.Sorted().Select(q => q.Place), null);
                    output.Write(ReportParts.JsonProperty("derivations") + "[]" + ReportParts.JsonProperty("unchecked") + "[]");
                    if (_omitted.Count > 0)
                    {
                        output.Write(ReportParts.JsonProperty("omittedPairs"));
                        JsonArray(output, _omitted.Sorted().Select(o => o.Place), null);
                    }

                    output.Write("\n}");
                    break;
                case ReportFormat.Markdown:
                    output.Write(ReportParts.MarkdownHead(title, claims, origins, quantities, findings, _contradictions));
                    Copy(output, _findings.Sorted().Select(f => f.Place));
                    Copy(output, _omitted.Sorted().Select(o => o.Place));
                    Copy(output, _quantities.Sorted().Select(q => q.Place));
                    break;
                default:
                    output.Write(TextReport.Safe(TextReport.Head(title, claims, quantities, origins, findings, _contradictions)));
                    Copy(output, _quantities.Sorted().Select(q => q.Place));
                    output.Write(TextReport.FindingsHeading(findings));
                    var n = 0;
                    foreach (var finding in _findings.Sorted())
                    {
                        output.Write("  finding-");
                        output.Write((++n).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        _parts.CopyTo(finding.Place.Offset, finding.Place.Length, output);
                    }

                    Copy(output, _omitted.Sorted().Select(o => o.Place));
                    break;
            }
        }

        /// <summary>Deletes the temporary files.</summary>
        public void Dispose()
        {
            _parts.Dispose();
            _quantities.Dispose();
            _findings.Dispose();
            _omitted.Dispose();
        }

        /// <summary>The id a JSON finding is written with until it gets its place: a control character no id can hold.</summary>
        private const string IdMark = "\u0001";

        private static readonly string IdMarkJson = Newtonsoft.Json.JsonConvert.ToString(IdMark);

        /// <summary>A JSON finding with its id in place of the mark: the id is the object's first property, so the first string that is the mark.</summary>
        private static string WithId(string piece, string id)
        {
            var at = piece.IndexOf(IdMarkJson, StringComparison.Ordinal);
            return piece.Substring(0, at) + Newtonsoft.Json.JsonConvert.ToString(id) + piece.Substring(at + IdMarkJson.Length);
        }

        /// <summary>A text piece as the plain report shows it: control characters from the input made visible.</summary>
        private static string Text(Action<StringBuilder> render)
        {
            var text = new StringBuilder();
            render(text);
            return TextReport.Safe(text.ToString());
        }

        private PartPlace Keep(string piece)
        {
            var (offset, length) = _parts.Append(piece);
            return new PartPlace(offset, length);
        }

        private void Copy(TextWriter output, IEnumerable<PartPlace> places)
        {
            foreach (var place in places)
            {
                _parts.CopyTo(place.Offset, place.Length, output);
            }
        }

        /// <summary>Writes a JSON array of the report's second level: <c>[]</c> when empty, items separated by commas and closed on a line of its own.</summary>
        private void JsonArray(TextWriter output, IEnumerable<PartPlace> places, Func<string, string>? edit)
        {
            var first = true;
            output.Write('[');
            foreach (var place in places)
            {
                if (!first)
                {
                    output.Write(',');
                }

                first = false;
                if (edit is null)
                {
                    _parts.CopyTo(place.Offset, place.Length, output);
                }
                else
                {
                    output.Write(edit(_parts.Read(place.Offset, place.Length)));
                }
            }

            output.Write(first ? "]" : ReportParts.JsonArrayEnd);
        }
    }
}
