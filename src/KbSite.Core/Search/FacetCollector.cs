using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KbSite.Search;

/// <summary>
/// Wraps the top-documents collector and counts every matching document by product, version and status: facet counts
/// without the Facet module. Each document carries one doc value that combines all three (see
/// <see cref="ArticleDocument.FacetKey"/>), so counting is one ordinal lookup per hit (in memory, see
/// <see cref="FacetOrdinals"/>); the few distinct combinations are split into their product, status and versions once
/// per segment.
/// </summary>
internal sealed class FacetCollector(ICollector inner) : ICollector
{
    private readonly Dictionary<string, int> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private SortedDocValues? _keys;
    private int[] _ords = [];
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _keys = context.AtomicReader.GetSortedDocValues(IndexFields.Facets);
        _ords = _keys is null ? [] : FacetOrdinals.For(context.AtomicReader, _keys);
        _counts = new int[_keys?.ValueCount ?? 0];
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        inner.Collect(doc);
        if (doc < _ords.Length && _ords[doc] is var ord && ord >= 0)
        {
            _counts[ord]++;
        }
    }

    public SearchFacets Facets()
    {
        Flush();
        return new SearchFacets(Sorted(_products), Sorted(_versions), Sorted(_statuses));
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var ord = 0; ord < _counts.Length; ord++)
        {
            var n = _counts[ord];
            if (n == 0)
            {
                continue;
            }

            _keys!.LookupOrd(ord, term);
            var (product, status, versions) = ArticleDocument.SplitFacetKey(term.Utf8ToString());
            Add(_products, product, n);
            Add(_statuses, status, n);
            foreach (var version in versions)
            {
                Add(_versions, version, n);
            }
        }

        _counts = [];
    }

    private static void Add(Dictionary<string, int> counts, string key, int n)
    {
        if (key.Length > 0)
        {
            counts[key] = counts.GetValueOrDefault(key) + n;
        }
    }

    private static List<FacetValue> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetValue(c.Key, c.Value)).ToList();
}
