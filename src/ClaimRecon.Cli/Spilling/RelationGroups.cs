using System;
using System.Collections.Generic;
using ClaimRecon.Arithmetic;
using ClaimRecon.Quantities;

namespace ClaimRecon.Cli.Spilling
{
    /// <summary>
    /// Declared relations cut into groups of quantities that relations tie together, directly or through other
    /// relations, so that a report made in parts can put each group in one bucket: a relation is then checked where all of
    /// its quantities are, and the findings, derivations and "not checked" lines come out as from the whole file.
    /// </summary>
    /// <remarks>Quantities no relation names are in no group; they go to buckets by their own key.</remarks>
    internal sealed class RelationGroups
    {
        private readonly Dictionary<QuantityKey, int> _numbers = new();
        private readonly List<QuantityKey> _keys = new();
        private readonly List<int> _parents = new();

        /// <summary>Groups the quantities of <paramref name="relations"/>.</summary>
        /// <param name="relations">The relations, in the file's order.</param>
        public RelationGroups(IReadOnlyList<DerivedRelation> relations)
        {
            Relations = relations;
            foreach (var relation in relations)
            {
                var first = Number(relation.Target);
                foreach (var operand in relation.Operands)
                {
                    Join(first, Number(operand));
                }
            }
        }

        /// <summary>Gets the relations, in the file's order.</summary>
        public IReadOnlyList<DerivedRelation> Relations { get; }

        /// <summary>Gets every quantity key a relation names, each once, in the order the relations first name them.</summary>
        public IReadOnlyList<QuantityKey> Keys => _keys;

        /// <summary>Gives the key that stands for a quantity's group: the group's first key in the relations' order, or the quantity's own key when no relation names it.</summary>
        /// <param name="key">The quantity.</param>
        /// <returns>The key to place it by.</returns>
        public QuantityKey PlaceBy(QuantityKey key) => _numbers.TryGetValue(key, out var number) ? _keys[Root(number)] : key;

        /// <summary>Gives the relations of each bucket, each relation where its group's key places it, in the file's order.</summary>
        /// <param name="bucketOf">The bucket a key places in.</param>
        /// <param name="buckets">The number of buckets.</param>
        /// <returns>Per bucket, the indices of its relations in <see cref="Relations"/>.</returns>
        public List<int>[] ByBucket(Func<QuantityKey, int> bucketOf, int buckets)
        {
            var result = new List<int>[buckets];
            for (var i = 0; i < buckets; i++)
            {
                result[i] = new List<int>();
            }

            for (var r = 0; r < Relations.Count; r++)
            {
                result[bucketOf(PlaceBy(Relations[r].Target))].Add(r);
            }

            return result;
        }

        private int Number(QuantityKey key)
        {
            if (!_numbers.TryGetValue(key, out var number))
            {
                number = _keys.Count;
                _numbers.Add(key, number);
                _keys.Add(key);
                _parents.Add(number);
            }

            return number;
        }

        /// <summary>Joins two groups under the smaller number, so that a group's root is its first key.</summary>
        private void Join(int a, int b)
        {
            var x = Root(a);
            var y = Root(b);
            if (x != y)
            {
                _parents[Math.Max(x, y)] = Math.Min(x, y);
            }
        }

        private int Root(int number)
        {
            var root = number;
            while (_parents[root] != root)
            {
                root = _parents[root];
            }

            // Every key on the way now points at the root, so later look-ups are short.
            while (_parents[number] != root)
            {
                var next = _parents[number];
                _parents[number] = root;
                number = next;
            }

            return root;
        }
    }
}
