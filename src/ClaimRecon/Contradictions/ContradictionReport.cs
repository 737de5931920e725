using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ClaimRecon.Claims;
using ClaimRecon.Merging;

namespace ClaimRecon.Contradictions
{
    /// <summary>The result of <see cref="ContradictionDetector.Detect(System.Collections.Generic.IEnumerable{Claims.Claim})"/>: findings, the merges and derivations they rest on, and the relations that could not be checked.</summary>
    /// <remarks>Immutable and thread-safe. Findings are ordered by severity (highest first), then kind, quantity and claim ids.</remarks>
    [Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource<ContradictionReport>), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
    public sealed class ContradictionReport
    {
        private readonly Finding[] _findings;
        private readonly Lazy<QuantityMerge[]> _merges;
        private readonly Derivation[] _derivations;
        private readonly UncheckedRelation[] _unchecked;
        private readonly Claim[] _claims;
        private readonly OmittedPairs[] _omitted;

        internal ContradictionReport(Claim[] claims, QuantityMerge[] merges, Derivation[] derivations, Finding[] findings, UncheckedRelation[] skipped, OmittedPairs[] omitted)
            : this(claims, new Lazy<QuantityMerge[]>(() => merges, LazyThreadSafetyMode.PublicationOnly), derivations, findings, skipped, omitted)
        {
        }

        /// <summary>A report whose merges are worked out again from the claims when first read (<paramref name="merges"/> runs the same merge on the same claims).</summary>
        internal ContradictionReport(Claim[] claims, Func<QuantityMerge[]> merges, Derivation[] derivations, Finding[] findings, UncheckedRelation[] skipped, OmittedPairs[] omitted)
            : this(claims, new Lazy<QuantityMerge[]>(merges, LazyThreadSafetyMode.ExecutionAndPublication), derivations, findings, skipped, omitted)
        {
        }

        private ContradictionReport(Claim[] claims, Lazy<QuantityMerge[]> merges, Derivation[] derivations, Finding[] findings, UncheckedRelation[] skipped, OmittedPairs[] omitted)
        {
            _omitted = omitted;
            _claims = claims;
            _merges = merges;
            _derivations = derivations;
            _findings = findings;
            _unchecked = skipped;
        }

        /// <summary>Gets the claims examined, in input order.</summary>
        public IReadOnlyList<Claim> Claims => _claims;

        /// <summary>Gets the findings.</summary>
        public IReadOnlyList<Finding> Findings => _findings;

        /// <summary>Gets the findings that are contradictions (see <see cref="Finding.IsContradiction"/>).</summary>
        public IEnumerable<Finding> Contradictions => _findings.Where(f => f.IsContradiction);

        /// <summary>Gets the per-quantity merges (max agreement) the checks ran on, in quantity-key order.</summary>
        /// <remarks>
        /// Where the detector checked each quantity as soon as it was merged (no relations declared, no denial naming claims,
        /// no progress or cancellation), the report does not keep the merges it checked: they are worked out again from
        /// <see cref="Claims"/> when this is first read, once, on one thread, and kept from then on. The merge is
        /// deterministic, so they are the merges the checks ran on. A report read only for its findings thus holds no merge
        /// results, which the collections during detection would copy (see docs/performance.md). The report of
        /// <see cref="Reporting.ReconciliationReport.Create(ClaimSet, IEnumerable{Arithmetic.DerivedRelation}?, ContradictionOptions?)"/>
        /// keeps them, since it reads them all at once.
        /// </remarks>
        public IReadOnlyList<QuantityMerge> Merges => _merges.Value;

        /// <summary>Gets every derived figure computed from the declared relations.</summary>
        public IReadOnlyList<Derivation> Derivations => _derivations;

        /// <summary>Gets the relations (and periods) that could not be checked, with the reason.</summary>
        public IReadOnlyList<UncheckedRelation> Unchecked => _unchecked;

        /// <summary>Gets, under <see cref="ContradictionOptions.PairwiseDetail"/>, each quantity and period where the pair limit was reached, with how many pairs were not listed; otherwise empty.</summary>
        public IReadOnlyList<OmittedPairs> OmittedPairs => _omitted;

        /// <summary>Gets the number of distinct attribution roots among the claims examined.</summary>
        public int OriginCount => _claims.Select(c => c.Attribution.Origin).Distinct().Count();

        /// <summary>Returns one line per finding, per quantity and period where the pair limit was reached, and per unchecked relation.</summary>
        /// <returns>The text form.</returns>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(_findings.Length).Append(_findings.Length == 1 ? " finding" : " findings")
                .Append(" in ").Append(_claims.Length).Append(" claims from ").Append(OriginCount).Append(" origins");
            foreach (var finding in _findings)
            {
                text.Append('\n').Append(finding.Id).Append(" [").Append(finding.Kind).Append(", severity ")
                    .Append(Explanations.Number(System.Math.Round(finding.Severity, 3))).Append("] ").Append(finding.Explanation);
            }

            foreach (var omitted in _omitted)
            {
                text.Append("\npairwise detail limited: ").Append(omitted);
            }

            foreach (var skipped in _unchecked)
            {
                text.Append("\nnot checked: ").Append(skipped);
            }

            return text.ToString();
        }
    }
}
