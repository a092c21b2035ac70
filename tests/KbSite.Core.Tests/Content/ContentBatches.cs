namespace KbSite.Content;

internal static class ContentBatches
{
    /// <summary>The articles and problems of every batch, for tests that read a few files at once.</summary>
    public static (List<ImportedArticle> Articles, List<ImportProblem> Problems) All(this IEnumerable<ContentBatch> batches)
    {
        var all = batches.ToList();
        return (all.SelectMany(b => b.Articles).ToList(), all.SelectMany(b => b.Problems).ToList());
    }
}
