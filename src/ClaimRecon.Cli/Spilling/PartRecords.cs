using System.Collections.Generic;
using System.IO;

namespace ClaimRecon.Cli.Spilling
{
    /// <summary>Where a rendered piece is in the <see cref="PartFile"/>.</summary>
    /// <param name="Offset">Its offset in code units.</param>
    /// <param name="Length">Its length.</param>
    internal readonly record struct PartPlace(long Offset, int Length);

    /// <summary>A quantity's rendered section with what orders it: its key and, for the reading order, its worst finding.</summary>
    /// <param name="Subject">The key's subject.</param>
    /// <param name="Measure">The key's measure.</param>
    /// <param name="HasFindings">Whether any finding is about it.</param>
    /// <param name="Worst">Its most severe finding's severity, as the report shows it; 0 without findings.</param>
    /// <param name="Place">Where the section is.</param>
    internal sealed record QuantityPart(string Subject, string Measure, bool HasFindings, decimal Worst, PartPlace Place);

    /// <summary>A finding's rendered piece with what orders it among all findings.</summary>
    /// <param name="Severity">Its severity before capping, as the detector orders findings.</param>
    /// <param name="Kind">Its kind's number.</param>
    /// <param name="Subject">Its quantity key's subject.</param>
    /// <param name="Measure">Its quantity key's measure.</param>
    /// <param name="ClaimIds">Its claims' ids, in the finding's order.</param>
    /// <param name="Sequence">Its place among the findings of its bucket, counted across buckets: the last tie-break.</param>
    /// <param name="Place">Where the piece is.</param>
    internal sealed record FindingPart(decimal Severity, int Kind, string Subject, string Measure, string[] ClaimIds, long Sequence, PartPlace Place);

    /// <summary>A "pairwise detail limited" line with its quantity and its place among its bucket's lines.</summary>
    /// <param name="Subject">The key's subject.</param>
    /// <param name="Measure">The key's measure.</param>
    /// <param name="Sequence">Its place, counted across buckets.</param>
    /// <param name="Place">Where the line is.</param>
    internal sealed record OmittedPart(string Subject, string Measure, long Sequence, PartPlace Place);

    /// <summary>A derivation or a "not checked" line with the relation it comes from and its place among that relation's.</summary>
    /// <param name="Relation">The relation's index in the relations file's list.</param>
    /// <param name="Sequence">Its place among the relation's derivations (or lines): one bucket makes them all, in order.</param>
    /// <param name="Place">Where the piece is.</param>
    internal readonly record struct RelationPart(int Relation, long Sequence, PartPlace Place);

    /// <summary>The orders the reports use and the records' binary form for <see cref="RecordSorter{T}"/>.</summary>
    internal static class PartRecords
    {
        /// <summary>Quantities by key, as a quantity key orders: subject, then measure, each ordinally.</summary>
        public static IComparer<QuantityPart> ByKey { get; } = Comparer<QuantityPart>.Create((x, y) => Key(x.Subject, x.Measure, y.Subject, y.Measure));

        /// <summary>Quantities in reading order: those with findings first, by their worst finding (most severe first), then by key.</summary>
        public static IComparer<QuantityPart> ByReadingOrder { get; } = Comparer<QuantityPart>.Create((x, y) =>
        {
            var c = y.HasFindings.CompareTo(x.HasFindings);
            c = c != 0 ? c : y.Worst.CompareTo(x.Worst);
            return c != 0 ? c : Key(x.Subject, x.Measure, y.Subject, y.Measure);
        });

        /// <summary>Findings as the detector orders them: severity (highest first), kind, quantity, claim ids, then their order of finding.</summary>
        public static IComparer<FindingPart> Findings { get; } = Comparer<FindingPart>.Create((x, y) =>
        {
            var c = y.Severity.CompareTo(x.Severity);
            c = c != 0 ? c : x.Kind.CompareTo(y.Kind);
            c = c != 0 ? c : Key(x.Subject, x.Measure, y.Subject, y.Measure);
            c = c != 0 ? c : Ids(x.ClaimIds, y.ClaimIds);
            return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
        });

        /// <summary>Limited-detail lines by quantity, then in the order they were found.</summary>
        public static IComparer<OmittedPart> Omitted { get; } = Comparer<OmittedPart>.Create((x, y) =>
        {
            var c = Key(x.Subject, x.Measure, y.Subject, y.Measure);
            return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
        });

        /// <summary>Derivations and "not checked" lines as the detector makes them: relation by relation, each relation's in order.</summary>
        public static IComparer<RelationPart> ByRelation { get; } = Comparer<RelationPart>.Create((x, y) =>
        {
            var c = x.Relation.CompareTo(y.Relation);
            return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
        });

        public static void Write(BinaryWriter writer, QuantityPart part)
        {
            Text(writer, part.Subject);
            Text(writer, part.Measure);
            writer.Write(part.HasFindings);
            writer.Write(part.Worst);
            Place(writer, part.Place);
        }

        public static QuantityPart ReadQuantity(BinaryReader reader) =>
            new(Text(reader), Text(reader), reader.ReadBoolean(), reader.ReadDecimal(), Place(reader));

        public static void Write(BinaryWriter writer, FindingPart part)
        {
            writer.Write(part.Severity);
            writer.Write(part.Kind);
            Text(writer, part.Subject);
            Text(writer, part.Measure);
            writer.Write(part.ClaimIds.Length);
            foreach (var id in part.ClaimIds)
            {
                Text(writer, id);
            }

            writer.Write(part.Sequence);
            Place(writer, part.Place);
        }

        public static FindingPart ReadFinding(BinaryReader reader)
        {
            var severity = reader.ReadDecimal();
            var kind = reader.ReadInt32();
            var subject = Text(reader);
            var measure = Text(reader);
            var ids = new string[reader.ReadInt32()];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = Text(reader);
            }

            return new FindingPart(severity, kind, subject, measure, ids, reader.ReadInt64(), Place(reader));
        }

        public static void Write(BinaryWriter writer, OmittedPart part)
        {
            Text(writer, part.Subject);
            Text(writer, part.Measure);
            writer.Write(part.Sequence);
            Place(writer, part.Place);
        }

        public static OmittedPart ReadOmitted(BinaryReader reader) => new(Text(reader), Text(reader), reader.ReadInt64(), Place(reader));

        public static void Write(BinaryWriter writer, RelationPart part)
        {
            writer.Write(part.Relation);
            writer.Write(part.Sequence);
            Place(writer, part.Place);
        }

        public static RelationPart ReadRelation(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt64(), Place(reader));

        private static int Key(string subject, string measure, string otherSubject, string otherMeasure)
        {
            var c = string.CompareOrdinal(subject, otherSubject);
            return c != 0 ? c : string.CompareOrdinal(measure, otherMeasure);
        }

        /// <summary>Claim id lists one by one, ordinally; a list that is a prefix of another first.</summary>
        private static int Ids(string[] x, string[] y)
        {
            for (var i = 0; i < x.Length && i < y.Length; i++)
            {
                var c = string.CompareOrdinal(x[i], y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Length.CompareTo(y.Length);
        }

        private static void Place(BinaryWriter writer, PartPlace place)
        {
            writer.Write(place.Offset);
            writer.Write(place.Length);
        }

        private static PartPlace Place(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt32());

        /// <summary>Text as its length and UTF-16 code units, so a lone surrogate survives (an encoder would replace it).</summary>
        private static void Text(BinaryWriter writer, string text)
        {
            writer.Write(text.Length);
            foreach (var c in text)
            {
                writer.Write((ushort)c);
            }
        }

        private static string Text(BinaryReader reader)
        {
            var chars = new char[reader.ReadInt32()];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)reader.ReadUInt16();
            }

            return new string(chars);
        }
    }
}
