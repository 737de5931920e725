using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using Newtonsoft.Json;

namespace ClaimRecon.Cli.Spilling
{
    /// <summary>
    /// Claims shared out to temporary JSON Lines files by quantity, every claim of a quantity in one file and in input
    /// order, so that each file can be read and reconciled alone. The declarations a file needs (policies, sources,
    /// quantities) are written when the claims are all in, from the reader's final sources and quantities.
    /// </summary>
    internal sealed class ClaimBuckets : IDisposable
    {
        private const int WriteBuffer = 16 * 1024;
        private readonly Bucket[] _buckets;
        private readonly JsonSerializer _serializer = JsonSerializer.CreateDefault();
        private readonly Func<QuantityKey, QuantityKey>? _placeBy;

        /// <summary>Creates <paramref name="count"/> empty buckets in <paramref name="directory"/>.</summary>
        /// <param name="directory">An existing directory the buckets alone use.</param>
        /// <param name="count">How many buckets.</param>
        /// <param name="placeBy">
        /// The key a quantity is placed by, so that quantities tied by relations share a bucket
        /// (<see cref="RelationGroups.PlaceBy"/>); null to place each by its own key.
        /// </param>
        public ClaimBuckets(string directory, int count, Func<QuantityKey, QuantityKey>? placeBy = null)
        {
            _placeBy = placeBy;
            _buckets = new Bucket[count];
            for (var i = 0; i < count; i++)
            {
                _buckets[i] = new Bucket(Path.Combine(directory, "claims-" + i + ".jsonl"), Path.Combine(directory, "declarations-" + i + ".jsonl"));
            }
        }

        /// <summary>Gets the number of buckets.</summary>
        public int Count => _buckets.Length;

        /// <summary>Appends a claim to its quantity's bucket.</summary>
        /// <param name="claim">The claim.</param>
        public void Add(Claim claim)
        {
            var bucket = _buckets[Index(claim.Quantity)];
            foreach (var id in claim.Attribution.SourceIds)
            {
                bucket.Sources.Add(id);
            }

            if (claim.Denies?.SourceId is { } denied)
            {
                bucket.Sources.Add(denied);
            }

            if (claim.Policy.Name != InterpretationPolicy.DefaultName && !bucket.Policies.ContainsKey(claim.Policy.Name))
            {
                bucket.Policies.Add(claim.Policy.Name, claim.Policy);
            }

            bucket.Claims ??= new StreamWriter(new FileStream(bucket.ClaimsPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, WriteBuffer), new UTF8Encoding(false), WriteBuffer);
            using (var json = new JsonTextWriter(bucket.Claims) { Formatting = Formatting.None, CloseOutput = false })
            {
                ClaimJsonWriter.WriteClaim(json, claim, _serializer, keepScale: true);
            }

            bucket.Claims.Write('\n');
        }

        /// <summary>Closes the claim files and writes each bucket's declarations: its sources, looked up in what the input declared, and its quantities.</summary>
        /// <param name="sources">The input's sources by id.</param>
        /// <param name="quantities">
        /// The quantities the claims are about, each once (they are not kept per bucket: a file of one claim per quantity
        /// would hold every key twice).
        /// </param>
        /// <param name="unclaimed">Quantities without claims that a bucket needs all the same (those relations name); null for none.</param>
        public void Complete(Func<string, Source?> sources, IEnumerable<Quantity> quantities, IEnumerable<Quantity>? unclaimed = null)
        {
            foreach (var bucket in _buckets)
            {
                bucket.Claims?.Dispose();
            }

            foreach (var quantity in quantities)
            {
                var bucket = _buckets[Index(quantity.Key)];
                if (bucket.Claims is null)
                {
                    throw new InvalidOperationException($"The quantity \"{quantity.Key}\" is said to have claims, but none was added.");
                }

                Declare(bucket, quantity);
            }

            foreach (var quantity in unclaimed ?? Array.Empty<Quantity>())
            {
                Declare(_buckets[Index(quantity.Key)], quantity);
            }

            foreach (var bucket in _buckets)
            {
                if (bucket.Claims is null)
                {
                    // A bucket of relations' quantities without claims: its declarations alone are read back.
                    bucket.DeclarationsOnly = bucket.Declarations is not null;
                    bucket.Declarations?.Dispose();
                    bucket.Declarations = null;
                    continue;
                }

                // Policies and sources go after the quantities; a JSON Lines reader needs each declared before the claims only.
                using var writer = bucket.Declarations ?? new StreamWriter(bucket.DeclarationsPath, false, new UTF8Encoding(false), WriteBuffer);
                bucket.Declarations = null;
                foreach (var policy in bucket.Policies.Values)
                {
                    Declaration(writer, "policy", json => ClaimJsonWriter.WritePolicy(json, policy, keepScale: true));
                }

                foreach (var id in bucket.Sources)
                {
                    if (sources(id) is { } source)
                    {
                        Declaration(writer, "source", json => ClaimJsonWriter.WriteSource(json, source));
                    }
                }

                bucket.Sources.Clear();
                bucket.Policies.Clear();
            }
        }

        /// <summary>Reads one bucket back: its declarations, then its claims.</summary>
        /// <param name="index">The bucket.</param>
        /// <returns>The claims as a set, or null for a bucket nothing went to.</returns>
        public ClaimReadResult? Read(int index)
        {
            var bucket = _buckets[index];
            if (bucket.Claims is null && !bucket.DeclarationsOnly)
            {
                return null;
            }

            using var stream = bucket.Claims is null
                ? File.OpenRead(bucket.DeclarationsPath)
                : (Stream)new ConcatenatedStream(File.OpenRead(bucket.DeclarationsPath), File.OpenRead(bucket.ClaimsPath));
            using var reader = ClaimReader.JsonLines(stream);
            return reader.ReadToEnd();
        }

        /// <summary>Closes any file still open; the caller deletes the directory.</summary>
        public void Dispose()
        {
            foreach (var bucket in _buckets)
            {
                bucket.Claims?.Dispose();
                bucket.Declarations?.Dispose();
            }
        }

        /// <summary>Gives the bucket a quantity's claims go to.</summary>
        /// <param name="key">The quantity.</param>
        /// <returns>The bucket's index.</returns>
        public int Index(QuantityKey key) => unchecked((int)((uint)(_placeBy?.Invoke(key) ?? key).GetHashCode() % (uint)_buckets.Length));

        private static void Declare(Bucket bucket, Quantity quantity)
        {
            bucket.Declarations ??= new StreamWriter(bucket.DeclarationsPath, false, new UTF8Encoding(false), WriteBuffer);
            Declaration(bucket.Declarations, "quantity", json => ClaimJsonWriter.WriteQuantity(json, quantity));
        }

        private static void Declaration(TextWriter writer, string name, Action<JsonWriter> write)
        {
            using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false })
            {
                json.WriteStartObject();
                json.WritePropertyName(name);
                write(json);
                json.WriteEndObject();
            }

            writer.Write('\n');
        }

        private sealed class Bucket
        {
            public Bucket(string claimsPath, string declarationsPath)
            {
                ClaimsPath = claimsPath;
                DeclarationsPath = declarationsPath;
            }

            public string ClaimsPath { get; }

            public string DeclarationsPath { get; }

            public StreamWriter? Claims { get; set; }

            public StreamWriter? Declarations { get; set; }

            public bool DeclarationsOnly { get; set; }

            public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, InterpretationPolicy> Policies { get; } = new(StringComparer.Ordinal);
        }
    }
}
