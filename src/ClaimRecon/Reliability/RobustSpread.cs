using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimRecon.Reliability
{
    /// <summary>Medians and the median absolute deviation, the robust statistics truth discovery scales by.</summary>
    internal static class RobustSpread
    {
        /// <summary>Turns a median absolute deviation into a standard deviation for normal data.</summary>
        public const double MadToSigma = 1.4826;

        /// <summary>The median absolute deviation of <paramref name="values"/>, as a standard deviation (times <see cref="MadToSigma"/>); 0 for none.</summary>
        public static double Of(IEnumerable<double> values)
        {
            var sorted = values.ToArray();
            Array.Sort(sorted);
            var median = Median(sorted);
            var deviations = sorted.Select(v => Math.Abs(v - median)).ToArray();
            Array.Sort(deviations);
            return MadToSigma * Median(deviations);
        }

        /// <summary>The median; 0 for none.</summary>
        /// <param name="sorted">The values: a <c>double[]</c> must already be sorted; any other list is copied and sorted.</param>
        public static double Median(IList<double> sorted)
        {
            if (sorted.Count == 0)
            {
                return 0;
            }

            var list = sorted as double[] ?? sorted.ToArray();
            if (!(sorted is double[]))
            {
                Array.Sort(list);
            }

            var m = list.Length / 2;
            return list.Length % 2 == 1 ? list[m] : 0.5 * (list[m - 1] + list[m]);
        }
    }
}
