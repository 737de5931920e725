using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClaimRecon.Arithmetic;
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
    /// merge and findings depend on that quantity's claims alone, or on those of the quantities relations tie it to, which
    /// share its bucket (<see cref="RelationGroups"/>); derivations and "not checked" lines are kept in the relations'
    /// order and numbered afresh too.
    /// </summary>
    internal sealed class SpilledReport : IDisposable
    {
        private readonly ReportFormat _format;
        private readonly ContradictionOptions _options;
        private readonly PartFile _parts;
        private readonly RecordSorter<QuantityPart> _quantities;
        private readonly RecordSorter<FindingPart> _findings;
        private readonly RecordSorter<OmittedPart> _omitted;
        private readonly RecordSorter<RelationPart> _derivations;
        private readonly RecordSorter<RelationPart> _unchecked;
        private readonly long[] _derivationCounts;
        private long _sequence;
        private int _contradictions;

        /// <summary>Creates an empty report.</summary>
        /// <param name="format">Text, JSON or Markdown.</param>
        /// <param name="options">How much detail the findings give.</param>
        /// <param name="directory">A directory of its own for the temporary files.</param>
        /// <param name="runLength">The most ordering records held in memory before a sorted run is written.</param>
        /// <param name="relations">The number of declared relations (0 for none).</param>
        public SpilledReport(ReportFormat format, ContradictionOptions options, string directory, int runLength, int relations = 0)
        {
            _derivationCounts = new long[relations];
            _format = format;
            _options = options;
            _parts = new PartFile(Path.Combine(directory, "parts.bin"));
            _quantities = new RecordSorter<QuantityPart>(format == ReportFormat.Json ? PartRecords.ByKey : PartRecords.ByReadingOrder, PartRecords.Write, PartRecords.ReadQuantity, runLength, directory, "quantities");
            _findings = new RecordSorter<FindingPart>(PartRecords.Findings, PartRecords.Write, PartRecords.ReadFinding, runLength, directory, "findings");
            _omitted = new RecordSorter<OmittedPart>(PartRecords.Omitted, PartRecords.Write, PartRecords.ReadOmitted, runLength, directory, "omitted");
            _derivations = new RecordSorter<RelationPart>(PartRecords.ByRelation, PartRecords.Write, PartRecords.ReadRelation, runLength, directory, "derivations");
            _unchecked = new RecordSorter<RelationPart>(PartRecords.ByRelation, PartRecords.Write, PartRecords.ReadRelation, runLength, directory, "unchecked");
        }

        /// <summary>Gets the number of findings so far.</summary>
        public long Findings => _findings.Count;

        /// <summary>Reconciles one bucket's claims and keeps its rendered parts.</summary>
        /// <param name="set">Every claim of the bucket's quantities.</param>
        /// <param name="relations">The declared relations between the bucket's quantities, in the file's order; null for none.</param>
        /// <param name="numbers">Each of <paramref name="relations"/>' index in the file's list.</param>
        public void Add(ClaimSet set, IReadOnlyList<DerivedRelation>? relations = null, IReadOnlyList<int>? numbers = null)
        {
            var report = ReconciliationReport.Create(set, relations is { Count: > 0 } ? relations : null, _options);
            var contradictions = report.Contradictions;
            var numbered = new Dictionary<DerivedRelation, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < (relations?.Count ?? 0); i++)
            {
                numbered.Add(relations![i], numbers![i]);
            }

            var derivations = Derivations(contradictions, numbered);
            foreach (var skipped in contradictions.Unchecked)
            {
                var piece = _format switch
                {
                    ReportFormat.Json => ReportParts.JsonString(skipped.ToString()),
                    ReportFormat.Markdown => ReportParts.MarkdownUnchecked(skipped),
                    _ => Text(text => TextReport.Unchecked(text, skipped)),
                };
                _unchecked.Add(new RelationPart(numbered[skipped.Relation], _sequence++, Keep(piece)));
            }

            var worst = new Dictionary<Quantities.QuantityKey, decimal>();
            foreach (var finding in contradictions.Findings)
            {
                worst[finding.Quantity] = worst.TryGetValue(finding.Quantity, out var s) ? Math.Max(s, finding.Severity) : finding.Severity;
                _contradictions += finding.IsContradiction ? 1 : 0;
                var piece = _format switch
                {
                    ReportFormat.Json => ReportParts.JsonFinding(finding, IdMark, finding.Derivation is { } d ? derivations[d] : null),
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
                    var firsts = FirstDerivations();
                    JsonArray(output, _findings.Sorted().Select(f => f.Place), piece => WithDerivation(WithId(piece, "finding-" + (++id).ToString(System.Globalization.CultureInfo.InvariantCulture)), firsts));
                    output.Write(ReportParts.JsonProperty("quantities"));
                    JsonArray(output, _quantities.Sorted().Select(q => q.Place), null);
                    output.Write(ReportParts.JsonProperty("derivations"));
                    var derivation = 0;
                    JsonArray(output, _derivations.Sorted().Select(d => d.Place), piece => WithId(piece, DerivationId(++derivation)));
                    output.Write(ReportParts.JsonProperty("unchecked"));
                    JsonArray(output, _unchecked.Sorted().Select(u => u.Place), null);
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
                    Copy(output, _unchecked.Sorted().Select(u => u.Place));
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

                    Copy(output, _unchecked.Sorted().Select(u => u.Place));
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
            _derivations.Dispose();
            _unchecked.Dispose();
        }

        /// <summary>The id a JSON finding is written with until it gets its place: a control character no id can hold.</summary>
        private const string IdMark = "\u0001";

        private static readonly string IdMarkJson = Newtonsoft.Json.JsonConvert.ToString(IdMark);

        /// <summary>What starts the derivation a JSON finding names until it gets its place: a control character, then the relation's number and the derivation's among the relation's.</summary>
        private const string DerivationMark = "\u0002";

        /// <summary>The mark as the JSON finding writes it: the finding's last property, so found from the end (an escaped control character in an explanation comes before it).</summary>
        private static readonly string DerivationMarkJson = "\"derivation\": " + Newtonsoft.Json.JsonConvert.ToString(DerivationMark).TrimEnd('"');

        private static string DerivationId(long number) => "derivation-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// Keeps the bucket's derivations (JSON only: the other formats do not list them) in the relations' order, and
        /// gives each the mark its findings name it by until the report's numbering is known.
        /// </summary>
        private Dictionary<Derivation, string> Derivations(ContradictionReport contradictions, Dictionary<DerivedRelation, int> numbered)
        {
            var marks = new Dictionary<Derivation, string>(ReferenceEqualityComparer.Instance);
            foreach (var derivation in contradictions.Derivations)
            {
                var relation = numbered[derivation.Relation];
                var within = _derivationCounts[relation]++;
                marks.Add(derivation, DerivationMark + relation.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + within.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (_format == ReportFormat.Json)
                {
                    _derivations.Add(new RelationPart(relation, _sequence++, Keep(ReportParts.JsonDerivation(derivation, IdMark))));
                }
            }

            return marks;
        }

        /// <summary>Per relation, the number of its first derivation in the report less one: the derivations of the relations before it.</summary>
        private long[] FirstDerivations()
        {
            var firsts = new long[_derivationCounts.Length];
            long total = 0;
            for (var r = 0; r < firsts.Length; r++)
            {
                firsts[r] = total;
                total = checked(total + _derivationCounts[r]);
            }

            return firsts;
        }

        /// <summary>A JSON finding with the derivation it names (if any) given its number in the report in place of its mark.</summary>
        private static string WithDerivation(string piece, long[] firsts)
        {
            var at = piece.LastIndexOf(DerivationMarkJson, StringComparison.Ordinal);
            if (at < 0)
            {
                return piece;
            }

            var start = at + DerivationMarkJson.Length;
            var end = piece.IndexOf('"', start);
            var mark = piece.Substring(start, end - start).Split(':');
            var number = firsts[int.Parse(mark[0], System.Globalization.CultureInfo.InvariantCulture)] + long.Parse(mark[1], System.Globalization.CultureInfo.InvariantCulture) + 1;
            return piece.Substring(0, at) + "\"derivation\": " + Newtonsoft.Json.JsonConvert.ToString(DerivationId(number)) + piece.Substring(end + 1);
        }

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
