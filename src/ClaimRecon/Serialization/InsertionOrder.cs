using System.Collections.Generic;

namespace ClaimRecon.Serialization
{
    /// <summary>
    /// Keys in the order they were first added, with removal in constant time on average: a removed key leaves a hole
    /// that is closed up once holes are more than half the list, so a reader that forgets each quantity once its set is
    /// given out holds only the quantities not yet given out.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <remarks>Not thread-safe.</remarks>
    internal sealed class InsertionOrder<TKey>
        where TKey : class
    {
        private readonly List<TKey?> _keys = new();
        private readonly Dictionary<TKey, int> _positions;
        private int _holes;

        /// <summary>Creates an empty order.</summary>
        /// <param name="comparer">How keys compare; null for the default.</param>
        public InsertionOrder(IEqualityComparer<TKey>? comparer = null) => _positions = new Dictionary<TKey, int>(comparer);

        /// <summary>Gets the number of keys held.</summary>
        public int Count => _positions.Count;

        /// <summary>Adds a key at the end unless it is held already.</summary>
        public void Add(TKey key)
        {
            if (!_positions.ContainsKey(key))
            {
                _positions.Add(key, _keys.Count);
                _keys.Add(key);
            }
        }

        /// <summary>Removes a key; false when it is not held.</summary>
        public bool Remove(TKey key)
        {
            if (!_positions.TryGetValue(key, out var position))
            {
                return false;
            }

            _positions.Remove(key);
            _keys[position] = null;
            if (++_holes > 64 && _holes > _keys.Count / 2)
            {
                Close();
            }

            return true;
        }

        /// <summary>Returns the keys held, in the order first added.</summary>
        public List<TKey> ToList()
        {
            var list = new List<TKey>(_positions.Count);
            foreach (var key in _keys)
            {
                if (key is not null)
                {
                    list.Add(key);
                }
            }

            return list;
        }

        private void Close()
        {
            var kept = ToList();
            _keys.Clear();
            _positions.Clear();
            foreach (var key in kept)
            {
                _positions.Add(key, _keys.Count);
                _keys.Add(key);
            }

            _holes = 0;
        }
    }
}
