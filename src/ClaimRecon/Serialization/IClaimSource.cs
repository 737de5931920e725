using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;

namespace ClaimRecon.Serialization
{
    /// <summary>A line-based claims format read record by record, behind <see cref="ClaimReader"/>.</summary>
    internal interface IClaimSource : System.IDisposable
    {
        /// <summary>
        /// Reads the rest by quantity: claim ids are held in memory that does not grow with the input (a repeat of an id
        /// no longer held is a problem <see cref="Finish"/> adds), and denials of claims are left to the caller, who checks
        /// them within each quantity.
        /// </summary>
        void ReadByQuantity(int idWindow, string? directory);

        /// <summary>Reading by quantity: forgets a quantity whose set has been given out, so memory holds only quantities still to come.</summary>
        void Forget(QuantityKey key);

        /// <summary>Gets every problem found so far, in the order found.</summary>
        List<ValidationProblem> Problems { get; }

        /// <summary>Gets the sources declared so far.</summary>
        IReadOnlyList<Source> Sources { get; }

        /// <summary>Gets the quantities declared so far that have a unit, in the order first seen.</summary>
        IReadOnlyList<Quantity> Quantities { get; }

        /// <summary>Gets the number of quantities declared so far, without building them.</summary>
        int QuantityCount { get; }

        /// <summary>
        /// Builds, in the order first seen, the quantities that claims so far are about (not those only declared), one at a
        /// time as the caller walks them: none is held by the source.
        /// </summary>
        IEnumerable<Quantity> ClaimedQuantities();

        /// <summary>Returns a quantity as declared so far, or null.</summary>
        Quantity? FindQuantity(QuantityKey key);

        /// <summary>Returns a source declared so far, or null.</summary>
        Source? FindSource(string id);

        /// <summary>Reads one record: false at the end; otherwise the claim it holds (null for a declaration, a comment or a record with problems) and its line.</summary>
        bool Next(out Claim? claim, out int line);

        /// <summary>As <see cref="Next"/>, reading the text asynchronously.</summary>
        Task<(bool More, Claim? Claim, int Line)> NextAsync(CancellationToken cancellationToken);

        /// <summary>Places a claim set problem about the claim on a line; <paramref name="path"/> is the problem's path within the claim (<c>$.quantity</c>).</summary>
        ValidationProblem Locate(int line, string path, ValidationProblem problem);

        /// <summary>Runs the checks that need the whole input (a quantity without a unit is a problem).</summary>
        void Finish();
    }
}
