#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClaimRecon.Extraction
{
    /// <content>The vector look-up of a short ASCII word's classes (.NET 8 and later).</content>
    internal static partial class WordClasses
    {
        /// <summary>
        /// The words of the class table that are ASCII and at most <see cref="MaxLength"/> letters long, keyed by their
        /// letters with A-Z folded, read from the text as one or two vectors of eight characters: the word is folded, hashed
        /// and compared in a few vector steps instead of a loop per letter, which made the look-up a branch per letter.
        /// </summary>
        /// <remarks>
        /// <para>It answers exactly as <see cref="OfByHash"/> for the words it takes (ASCII, 1 to 16 letters, with 8 or 16
        /// characters of text from the word's start): there ignoring case is folding A-Z (both are ASCII), a table word is
        /// found when its folded letters are the word's, and its own string is handed out only when the word is spelled as
        /// the table spells it. A word with a character beyond ASCII goes to <see cref="OfByHash"/>, which applies .NET's
        /// ordinal-ignore-case rules as before. Nested so that it is built on first use, after the entries it copies.</para>
        /// </remarks>
        private static class FastTable
        {
            /// <summary>The longest word this table answers for: two vectors of eight characters.</summary>
            public const int MaxLength = 16;

            private const int SlotBits = 12;

            /// <summary>Each slot holds the 1-based index of an entry in <see cref="Words"/>, or 0 when empty (linear probing).</summary>
            private static readonly ushort[] Slots = new ushort[1 << SlotBits];

            /// <summary>Lane masks: <c>Masks[k]</c> keeps the first k of eight characters (k from 0 to 8).</summary>
            private static readonly Vector128<ushort>[] Masks = BuildMasks();

            private static readonly FastWord[] Words = Build(Slots);

            /// <summary>
            /// The classes of the ASCII word at [start, start + length) and the table's string when the text spells it so, as
            /// <see cref="OfByHash"/> gives them; false (nothing answered) when the word has a character beyond ASCII.
            /// The caller has checked 1 ≤ length ≤ 16 and that 8 (length ≤ 8) or 16 characters from start are in the text.
            /// </summary>
            public static bool TryOf(string text, int start, int length, out WordClass found, out string? spelling)
            {
                ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
                Vector128<ushort> low;
                Vector128<ushort> high;
                if (length <= 8)
                {
                    low = Vector128.LoadUnsafe(ref first, (nuint)start) & Masks[length];
                    high = Vector128<ushort>.Zero;
                }
                else
                {
                    low = Vector128.LoadUnsafe(ref first, (nuint)start);
                    high = Vector128.LoadUnsafe(ref first, (nuint)(start + 8)) & Masks[length - 8];
                }

                if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
                {
                    found = WordClass.None;
                    spelling = null;
                    return false; // beyond ASCII: .NET's ignore-case rules, in OfByHash
                }

                var foldedLow = Fold(low);
                var foldedHigh = Fold(high);
                var slot = Slot(foldedLow, foldedHigh);
                int index;
                while ((index = Slots[slot]) != 0)
                {
                    ref readonly var word = ref Words[index - 1];
                    if (word.Length == length && foldedLow == word.FoldedLow && foldedHigh == word.FoldedHigh)
                    {
                        found = word.Class | WordClass.Known;
                        spelling = low == word.Low && high == word.High ? word.Word : null;
                        return true;
                    }

                    slot = (slot + 1) & ((1 << SlotBits) - 1);
                }

                found = WordClass.Known;
                spelling = null;
                return true;
            }

            /// <summary>A-Z to a-z; every other character (and the zeroed lanes past the word) unchanged.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static Vector128<ushort> Fold(Vector128<ushort> chars) =>
                chars | (Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A'))) & Vector128.Create((ushort)0x20));

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static int Slot(Vector128<ushort> low, Vector128<ushort> high)
            {
                var l = low.AsUInt64();
                var h = high.AsUInt64();
                unchecked
                {
                    var hash = (l.GetElement(0) * 0x9E3779B97F4A7C15ul) ^ (l.GetElement(1) * 0xC2B2AE3D27D4EB4Ful) ^ (h.GetElement(0) * 0x165667B19E3779F9ul) ^ (h.GetElement(1) * 0xD6E8FEB86659FD93ul);
                    return (int)(hash >> (64 - SlotBits));
                }
            }

            private static Vector128<ushort>[] BuildMasks()
            {
                var masks = new Vector128<ushort>[9];
                var lanes = new ushort[8];
                for (var k = 0; k <= 8; k++)
                {
                    for (var lane = 0; lane < 8; lane++)
                    {
                        lanes[lane] = lane < k ? ushort.MaxValue : (ushort)0;
                    }

                    masks[k] = Vector128.Create(lanes);
                }

                return masks;
            }

            private static FastWord[] Build(ushort[] slots)
            {
                var words = new List<FastWord>();
                foreach (var entry in Entries)
                {
                    var word = entry.Word;
                    if (entry.Folded is null || word.Length == 0 || word.Length > MaxLength)
                    {
                        continue; // beyond ASCII or too long: only OfByHash can find it, and only it is asked about such words
                    }

                    var padded = (word + new string('\0', 16)).ToCharArray();
                    var low = Vector128.Create(Array.ConvertAll(padded[..8], c => (ushort)c));
                    var high = Vector128.Create(Array.ConvertAll(padded[8..16], c => (ushort)c));
                    words.Add(new FastWord(word, entry.Class, low, high, Fold(low), Fold(high)));
                    if (words.Count >= slots.Length / 2)
                    {
                        throw new InvalidOperationException("The vector word table is more than half full; give it more slots.");
                    }

                    var slot = Slot(Fold(low), Fold(high));
                    while (slots[slot] != 0)
                    {
                        slot = (slot + 1) & (slots.Length - 1);
                    }

                    slots[slot] = checked((ushort)words.Count);
                }

                return words.ToArray();
            }
        }

        /// <summary>A table word as the vector look-up compares it: as spelled and with A-Z folded, zero past its end.</summary>
        private readonly struct FastWord
        {
            public FastWord(string word, WordClass wordClass, Vector128<ushort> low, Vector128<ushort> high, Vector128<ushort> foldedLow, Vector128<ushort> foldedHigh)
            {
                Word = word;
                Class = wordClass;
                Length = word.Length;
                Low = low;
                High = high;
                FoldedLow = foldedLow;
                FoldedHigh = foldedHigh;
            }

            public Vector128<ushort> FoldedLow { get; }

            public Vector128<ushort> FoldedHigh { get; }

            public Vector128<ushort> Low { get; }

            public Vector128<ushort> High { get; }

            public string Word { get; }

            public WordClass Class { get; }

            public int Length { get; }
        }
    }
}
#endif
