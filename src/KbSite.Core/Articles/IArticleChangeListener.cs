namespace KbSite.Articles;

/// <summary>
/// Told after articles were written to the store (created, updated, state changed or deleted). Listeners keep derived
/// data, such as the search index, in step; they must not throw: the store write has already happened.
/// </summary>
public interface IArticleChangeListener
{
    Task ArticlesChangedAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken);
}
