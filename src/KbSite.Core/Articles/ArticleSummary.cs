namespace KbSite.Articles;

/// <summary>What a list of articles shows of each one.</summary>
public sealed record ArticleSummary(
    string Number,
    string Title,
    string Product,
    IReadOnlyList<string> Versions,
    DateOnly? Modified,
    StatusKind StatusKind,
    ArticleState State);

/// <summary>A product and how many public articles it has.</summary>
public sealed record ProductCount(string Product, int Articles);

/// <summary>A version of a product and how many public articles name it.</summary>
public sealed record VersionCount(string Version, int Articles);

/// <summary>One page of a longer list (see <see cref="ArticlePages"/>); a page past the end has no items and keeps its number.</summary>
public sealed record Page<T>(int Total, int PageNumber, int PageSize, IReadOnlyList<T> Items)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
