using KbSite.Accounts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace KbSite.Articles;

/// <summary>
/// Anonymous article pages (GET /articles/Q152877, no query, no sign-in cookie) are served from the output cache; every
/// article change evicts the article's page at once (<see cref="ArticlePageCacheEviction"/>), so readers never see a
/// stale page for longer than the write takes. Signed-in editors always get a fresh page.
/// </summary>
public sealed class ArticlePageCache : IOutputCachePolicy
{
    public const string PolicyName = "article-page";

    /// <summary>Pages are kept at most this long, should a change ever go unnoticed (a write by another process).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);


    public static string Tag(string number) => "article:" + number;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var number = NumberOf(request.Path);
        var cacheable = number is not null
                        && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                        && !request.QueryString.HasValue
                        && !request.Cookies.ContainsKey(SignInCookie.Name)
                        && request.Headers.Authorization.Count == 0;
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (cacheable)
        {
            context.ResponseExpirationTimeSpan = Lifetime;
            context.Tags.Add(Tag(number!));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Only a successful page is kept.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AllowCacheStorage &= context.HttpContext.Response.StatusCode == StatusCodes.Status200OK;
        return ValueTask.CompletedTask;
    }

    /// <summary>The canonical number of an article page's path ("/articles/Q152877"), or null for any other path.</summary>
    public static string? NumberOf(PathString path) =>
        path.StartsWithSegments("/articles", out var rest) && rest.Value is ['/', .. var id] && ArticleNumber.IsCanonical(id) ? id : null;
}

public static class ArticlePageCacheExtensions
{
    /// <summary>
    /// Blazor issues an antiforgery cookie (and no-store) with every page of a site that has interactive parts; an
    /// anonymous article page holds no form, so before a cacheable page starts, the cookie is dropped rather than kept
    /// in the cache and handed to every reader. Runs after the output cache middleware, so it sees the page first.
    /// </summary>
    public static IApplicationBuilder UseArticlePageCache(this IApplicationBuilder app) => app.UseOutputCache().Use((http, next) =>
    {
        if (ArticlePageCache.NumberOf(http.Request.Path) is not null && !http.Request.QueryString.HasValue && !http.Request.Cookies.ContainsKey(SignInCookie.Name))
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.Remove(HeaderNames.SetCookie);
                http.Response.Headers.Remove(HeaderNames.Pragma);
                http.Response.Headers.CacheControl = "no-cache";
                return Task.CompletedTask;
            });
        }

        return next(http);
    });
}

/// <summary>Evicts an article's cached page whenever the article is written (told by the one door for writes).</summary>
public sealed class ArticlePageCacheEviction(IOutputCacheStore store) : IArticleChangeListener
{
    public async Task ArticlesChangedAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        foreach (var number in numbers)
        {
            await store.EvictByTagAsync(ArticlePageCache.Tag(number), cancellationToken);
        }
    }
}
