using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace KbSite.Search;

/// <summary>
/// The facet ordinal of every document of a segment, in memory. The index's sorted doc values are read from disk one
/// lookup per hit, which is a tenth of a query that matches most articles; a segment never changes its ordinals, so
/// they are read once per segment (4 bytes an article) and dropped with it.
/// </summary>
internal static class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, int[]> BySegment = [];

    public static int[] For(AtomicReader reader, SortedDocValues keys) =>
        BySegment.GetValue(reader.CoreCacheKey, _ =>
        {
            var ords = new int[reader.MaxDoc];
            for (var doc = 0; doc < ords.Length; doc++)
            {
                ords[doc] = keys.GetOrd(doc);
            }

            return ords;
        });
}
