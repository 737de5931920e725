using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Internal;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Reads claims one at a time from line-based text: CSV (<see cref="Csv(TextReader)"/>, the columns of
    /// docs/claimrecon-tool.md) or JSON Lines (<see cref="JsonLines(Stream)"/>, docs/json-format.md). Every problem is kept with its line, column or field, and value; a record with a
    /// problem gives no claim, and nothing is dropped or changed without a problem saying so.
    /// </summary>
    /// <remarks>
    /// <para><b>Streaming.</b> <see cref="Read"/> advances to the next claim read without a problem; the reader holds
    /// one record, the sources and quantities declared so far, and each claim id with its line (to report a repeated
    /// id), never the claims themselves. <see cref="ReadToEnd"/> collects the claims into a checked
    /// <see cref="ClaimSet"/>.</para>
    /// <para><b>Problems found late.</b> Some problems can only be known at the end: a quantity that never gets a unit,
    /// a denial naming a claim or source that never appears, a later row repeating an id. So a claim returned by
    /// <see cref="Read"/> may belong to input that turns out bad: when <see cref="Read"/> returns false, check
    /// <see cref="Problems"/> (<see cref="ReadToEnd"/> does this for you).</para>
    /// <para><b>Quantities.</b> A CSV quantity's unit, kind and domain come from any of its rows or a <c>#quantity</c>
    /// line, possibly after its first claim: <see cref="FindQuantity"/> gives what is known so far. In input sorted by
    /// quantity whose declarations come before or among the quantity's rows, a quantity is complete once the next
    /// quantity's first claim is read.</para>
    /// <para>A reader is not thread-safe; dispose it to close a file it opened.</para>
    /// </remarks>
    public sealed partial class ClaimReader : IDisposable
    {
        private readonly IClaimSource _source;
        private readonly IDisposable? _owned;
        private Claim? _current;
        private bool _finished;

        private ClaimReader(IClaimSource source, IDisposable? owned)
        {
            _source = source;
            _owned = owned;
        }

        /// <summary>Gets the claim the last successful <see cref="Read"/> gave.</summary>
        /// <exception cref="InvalidOperationException">No claim has been read, or the input has ended.</exception>
        public Claim Current => _current ?? throw new InvalidOperationException("There is no current claim: call Read first, and only use Current while it returns true.");

        /// <summary>Gets the 1-based line the current claim's record starts on (0 before the first claim).</summary>
        public int Line { get; private set; }

        /// <summary>Gets the number of claims read so far without a problem.</summary>
        public long ClaimCount { get; private set; }

        /// <summary>Gets every problem found so far, in the order found (file order, then the checks of the end).</summary>
        public IReadOnlyList<ValidationProblem> Problems => _source.Problems;

        /// <summary>Gets the sources declared so far, in the order first seen.</summary>
        public IReadOnlyList<Source> Sources => _source.Sources;

        /// <summary>Gets the quantities declared so far that have a unit, in the order first seen (a CSV quantity counts once one of its rows or its <c>#quantity</c> line gives the unit).</summary>
        public IReadOnlyList<Quantity> Quantities => _source.Quantities;

        /// <summary>Gets the number of quantities declared so far, without building them (a count of <see cref="Quantities"/> when reading has ended without problems).</summary>
        internal int QuantityCount => _source.QuantityCount;

        /// <summary>Builds, in the order first seen, the quantities that the claims read so far are about, leaving out quantities only declared.</summary>
        /// <returns>The quantities, built as they are walked.</returns>
        internal IEnumerable<Quantity> ClaimedQuantities() => _source.ClaimedQuantities();

        /// <summary>Creates a reader of claims CSV (RFC 4180; the columns of docs/claimrecon-tool.md) from text, which is left open.</summary>
        /// <param name="reader">The text.</param>
        /// <returns>The reader.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
        public static ClaimReader Csv(TextReader reader) => new(new CsvClaimSource(Preconditions.NotNull(reader)), null);

        /// <summary>
        /// Creates a reader of claims CSV from a stream of UTF-8 (a leading byte order mark is allowed), which is left
        /// open. Bytes that are not UTF-8 end the reading with a problem naming their line; they are never replaced.
        /// </summary>
        /// <param name="utf8">The stream.</param>
        /// <returns>The reader.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
        public static ClaimReader Csv(Stream utf8) => new(new CsvClaimSource(new StrictUtf8Reader(Preconditions.NotNull(utf8))), null);

        /// <summary>
        /// Creates a reader of claims as JSON Lines from a stream of UTF-8, which is left open: one JSON object per line, a
        /// claim or a <c>source</c>, <c>quantity</c> or <c>policy</c> declaration that comes before the claims using it.
        /// Problems carry the line and the JSON path within the line's object (<c>$.figure.value</c>).
        /// </summary>
        /// <param name="utf8">The stream.</param>
        /// <returns>The reader.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
        public static ClaimReader JsonLines(Stream utf8) => new(new JsonLinesClaimSource(Preconditions.NotNull(utf8)), null);

        /// <summary>Opens a claims file by its name: CSV for <c>.csv</c> (as <see cref="Csv(Stream)"/>), JSON Lines for <c>.jsonl</c> or <c>.ndjson</c>.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>The reader; dispose it to close the file.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
        /// <exception cref="ArgumentException">The name ends in none of these extensions; the message names it.</exception>
        /// <exception cref="IOException">The file cannot be opened.</exception>
        public static ClaimReader OpenFile(string path)
        {
            Preconditions.NotNull(path);
            var extension = Path.GetExtension(path);
            var csv = extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);
            if (!csv && !extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"\"{path}\" is not a file this reader knows by its name: use .csv, .jsonl or .ndjson (a JSON document is read by ClaimJson.ReadFile).", nameof(path));
            }

            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            return new ClaimReader(csv ? new CsvClaimSource(new StrictUtf8Reader(file)) : new JsonLinesClaimSource(file), file);
        }

        /// <summary>Returns a quantity as declared so far, or null when it is unknown or has no unit yet.</summary>
        /// <param name="key">The quantity's key.</param>
        /// <returns>The quantity, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
        public Quantity? FindQuantity(QuantityKey key) => _source.FindQuantity(Preconditions.NotNull(key));

        /// <summary>Returns a source declared so far, or null.</summary>
        /// <param name="id">The source's id.</param>
        /// <returns>The source, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
        public Source? FindSource(string id) => _source.FindSource(Preconditions.NotNull(id));

        /// <summary>Advances to the next claim read without a problem; records with problems are reported in <see cref="Problems"/> and skipped.</summary>
        /// <returns>True with <see cref="Current"/> set; false at the end of the input, after the end's checks have added their problems.</returns>
        /// <exception cref="IOException">The text cannot be read.</exception>
        public bool Read()
        {
            _current = null;
            while (!_finished)
            {
                bool more;
                Claim? claim;
                int line;
                try
                {
                    more = _source.Next(out claim, out line);
                }
                catch (InvalidUtf8Exception e)
                {
                    Invalid(e);
                    break;
                }

                if (!more)
                {
                    break;
                }

                if (claim is not null)
                {
                    return Take(claim, line);
                }
            }

            End();
            return false;
        }

        /// <summary>As <see cref="Read"/>, reading the text asynchronously.</summary>
        /// <param name="cancellationToken">Cancels the reading between blocks of text.</param>
        /// <returns>True with <see cref="Current"/> set; false at the end of the input.</returns>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        /// <exception cref="IOException">The text cannot be read.</exception>
        public async Task<bool> ReadAsync(CancellationToken cancellationToken = default)
        {
            _current = null;
            while (!_finished)
            {
                (bool More, Claim? Claim, int Line) next;
                try
                {
                    next = await _source.NextAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidUtf8Exception e)
                {
                    Invalid(e);
                    break;
                }

                if (!next.More)
                {
                    break;
                }

                if (next.Claim is not null)
                {
                    return Take(next.Claim, next.Line);
                }
            }

            End();
            return false;
        }

        /// <summary>Reads the remaining claims lazily, one per enumeration step (records with problems are skipped and kept in <see cref="Problems"/>).</summary>
        /// <returns>The claims; enumerate once. Check <see cref="Problems"/> when the enumeration ends.</returns>
        /// <remarks>Streams: feed it to <c>MergeEngine.Merge</c> with <c>InputOrder.SortedByQuantity</c> for input sorted by quantity.</remarks>
        public IEnumerable<Claim> ReadAll()
        {
            while (Read())
            {
                yield return Current;
            }
        }

        /// <summary>Reads the remaining claims asynchronously, one per enumeration step.</summary>
        /// <param name="cancellationToken">Cancels the reading between blocks of text; <c>WithCancellation</c> passes one too.</param>
        /// <returns>The claims; enumerate once. Check <see cref="Problems"/> when the enumeration ends.</returns>
        /// <exception cref="OperationCanceledException">The token was cancelled (while enumerating).</exception>
        public async IAsyncEnumerable<Claim> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            while (await ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return Current;
            }
        }

        /// <summary>Reads every remaining claim and builds the claim set, or returns every problem.</summary>
        /// <param name="progress">Told the number of claims read so far, every 1,024 claims and at the end; may be null.</param>
        /// <returns>The claim set, or every problem found (with its line, column or field, and value).</returns>
        /// <exception cref="IOException">The text cannot be read.</exception>
        public ClaimReadResult ReadToEnd(IProgress<long>? progress = null)
        {
            var claims = new List<Claim>();
            var lines = new List<int>();
            while (Read())
            {
                Collect(claims, lines, progress);
            }

            return Build(claims, lines, progress);
        }

        /// <summary>As <see cref="ReadToEnd"/>, reading the text asynchronously.</summary>
        /// <param name="progress">Told the number of claims read so far, every 1,024 claims and at the end; may be null.</param>
        /// <param name="cancellationToken">Cancels the reading between blocks of text.</param>
        /// <returns>The claim set, or every problem found.</returns>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        /// <exception cref="IOException">The text cannot be read.</exception>
        public async Task<ClaimReadResult> ReadToEndAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
        {
            var claims = new List<Claim>();
            var lines = new List<int>();
            while (await ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Collect(claims, lines, progress);
            }

            return Build(claims, lines, progress);
        }

        /// <summary>Closes the file the reader opened, if any; a reader given text or a stream leaves it open.</summary>
        public void Dispose()
        {
            _source.Dispose();
            _owned?.Dispose();
        }

        private bool Take(Claim claim, int line)
        {
            _current = claim;
            Line = line;
            ClaimCount++;
            return true;
        }

        /// <summary>Bytes that are not UTF-8 end the reading; the end's checks would only report what was not read.</summary>
        private void Invalid(InvalidUtf8Exception e)
        {
            _source.Problems.Add(ValidationProblem.InCsv(e.Line, null, e.Bytes, "the line holds bytes that are not UTF-8 text"));
            _finished = true;
        }

        private void End()
        {
            if (!_finished)
            {
                _finished = true;
                _source.Finish();
            }
        }


        private void Collect(List<Claim> claims, List<int> lines, IProgress<long>? progress)
        {
            claims.Add(Current);
            lines.Add(Line);
            if (progress is not null && (ClaimCount & 1023) == 0)
            {
                progress.Report(ClaimCount);
            }
        }

        private ClaimReadResult Build(List<Claim> claims, List<int> lines, IProgress<long>? progress)
        {
            progress?.Report(ClaimCount);
            if (Problems.Count > 0)
            {
                return ClaimReadResult.Failed(Ordered(_source.Problems));
            }

            // The reader's own checks cover the claim set's; this is the set's constructor, whose paths are mapped to lines.
            var problems = ClaimSet.Validate(Sources, _source.Quantities, claims, out var set);
            if (set is not null)
            {
                return ClaimReadResult.Succeeded(set);
            }

            var located = new List<ValidationProblem>(problems.Count);
            foreach (var problem in problems)
            {
                located.Add(Locate(problem, lines));
            }

            return ClaimReadResult.Failed(located);
        }

        /// <summary>Problems in line order (stable: the order found within a line); problems without a line stay last.</summary>
        private static List<ValidationProblem> Ordered(List<ValidationProblem> problems)
        {
            var ordered = new List<(int Line, int Index, ValidationProblem Problem)>(problems.Count);
            for (var i = 0; i < problems.Count; i++)
            {
                ordered.Add((problems[i].Line ?? int.MaxValue, i, problems[i]));
            }

            ordered.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Index.CompareTo(b.Index));
            return ordered.ConvertAll(p => p.Problem);
        }

        /// <summary>Maps a claim set problem at <c>$.claims[i]...</c> to the claim's line (the source's own checks should leave none).</summary>
        private ValidationProblem Locate(ValidationProblem problem, List<int> lines)
        {
            const string prefix = "$.claims[";
            if (problem.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var close = problem.Path.IndexOf(']');
                if (close > prefix.Length && int.TryParse(problem.Path.Substring(prefix.Length, close - prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < lines.Count)
                {
                    return _source.Locate(lines[index], "$" + problem.Path.Substring(close + 1), problem);
                }
            }

            return problem;
        }
    }
}
