using System.Collections.Generic;
using ClaimRecon.Arithmetic;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;

namespace ClaimRecon.Contradictions
{
    /// <summary>What one run of the detector shares between its rules: the merged claims, the relations, and what earlier rules found.</summary>
    internal sealed class DetectionContext
    {
        private Dictionary<QuantityKey, QuantityMerge>? _byKey;

        public DetectionContext(
            QuantityMerge[] merges, Dictionary<QuantityKey, Quantity> quantities, IReadOnlyList<DerivedRelation> relations)
        {
            Merges = merges;
            Quantities = quantities;
            Relations = relations;
        }

        /// <summary>Gets the merged claims; while the detector still checks each quantity as it is merged, those merged so far (see <see cref="Complete"/>).</summary>
        public QuantityMerge[] Merges { get; private set; }

        /// <summary>Gives the context every merge, once the detector that checked each quantity as it was merged has them all.</summary>
        public void Complete(QuantityMerge[] merges) => Merges = merges;

        /// <summary>Gets the merges by quantity key, made when first asked for (only declared relations need it).</summary>
        public Dictionary<QuantityKey, QuantityMerge> ByKey
        {
            get
            {
                if (_byKey is null)
                {
                    _byKey = new Dictionary<QuantityKey, QuantityMerge>(Merges.Length);
                    foreach (var merge in Merges)
                    {
                        _byKey[merge.Quantity.Key] = merge;
                    }
                }

                return _byKey;
            }
        }

        public Dictionary<QuantityKey, Quantity> Quantities { get; }

        public IReadOnlyList<DerivedRelation> Relations { get; }

        /// <summary>Gets the derivations computed by the relation rule, in order.</summary>
        public List<Derivation> Derivations { get; } = new();

        /// <summary>Gets the relations and periods that could not be checked, with the reason.</summary>
        public List<UncheckedRelation> Skipped { get; } = new();

        /// <summary>Gets, per period result, the origin pairs a denial finding already covers (the range rule skips them).</summary>
        public Dictionary<MergeResult, HashSet<(string, string)>> DeniedPairs { get; } = new();

        /// <summary>Gets, per period result, the origins of the witnesses a denial finding already reports (the range rule does not report them again).</summary>
        public Dictionary<MergeResult, HashSet<string>> DeniedWitnesses { get; } = new();

        /// <summary>Gets where pairwise detail reached its limit.</summary>
        public List<OmittedPairs> Omitted { get; } = new();
    }
}
