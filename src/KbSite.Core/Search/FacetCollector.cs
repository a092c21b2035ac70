using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KbSite.Search;

/// <summary>
/// Wraps the top-documents collector and counts every matching document by product, version and status from
/// doc values: facet counts without the Facet module, in one pass over the hits.
/// </summary>
internal sealed class FacetCollector(ICollector inner) : ICollector
{
    private readonly Dictionary<string, int> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private SortedDocValues? _product;
    private SortedSetDocValues? _version;
    private SortedDocValues? _status;
    private int[] _productOrds = [];
    private int[] _versionOrds = [];
    private int[] _statusOrds = [];

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _product = reader.GetSortedDocValues(IndexFields.ProductFacet);
        _version = reader.GetSortedSetDocValues(IndexFields.VersionFacet);
        _status = reader.GetSortedDocValues(IndexFields.StatusFacet);
        _productOrds = new int[_product?.ValueCount ?? 0];
        _versionOrds = new int[(int)(_version?.ValueCount ?? 0)];
        _statusOrds = new int[_status?.ValueCount ?? 0];
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        inner.Collect(doc);
        if (_product is not null && _product.GetOrd(doc) is var p && p >= 0)
        {
            _productOrds[p]++;
        }

        if (_status is not null && _status.GetOrd(doc) is var s && s >= 0)
        {
            _statusOrds[s]++;
        }

        if (_version is not null)
        {
            _version.SetDocument(doc);
            long ord;
            while ((ord = _version.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _versionOrds[ord]++;
            }
        }
    }

    public SearchFacets Facets()
    {
        Flush();
        return new SearchFacets(Sorted(_products), Sorted(_versions), Sorted(_statuses));
    }

    /// <summary>Turns the per-segment ordinal counts into value counts when a segment is done.</summary>
    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _productOrds.Length; i++)
        {
            if (_productOrds[i] > 0)
            {
                _product!.LookupOrd(i, term);
                Add(_products, term.Utf8ToString(), _productOrds[i]);
            }
        }

        for (var i = 0; i < _versionOrds.Length; i++)
        {
            if (_versionOrds[i] > 0)
            {
                _version!.LookupOrd(i, term);
                Add(_versions, term.Utf8ToString(), _versionOrds[i]);
            }
        }

        for (var i = 0; i < _statusOrds.Length; i++)
        {
            if (_statusOrds[i] > 0)
            {
                _status!.LookupOrd(i, term);
                Add(_statuses, term.Utf8ToString(), _statusOrds[i]);
            }
        }

        _productOrds = _versionOrds = _statusOrds = [];
    }

    private static void Add(Dictionary<string, int> counts, string key, int n) =>
        counts[key] = counts.GetValueOrDefault(key) + n;

    private static List<FacetValue> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetValue(c.Key, c.Value)).ToList();
}
