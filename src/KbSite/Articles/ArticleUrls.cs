namespace KbSite.Articles;

/// <summary>The site's URLs for articles and browsing, built in one place.</summary>
public static class ArticleUrls
{
    public static string Article(string number) => $"/articles/{Uri.EscapeDataString(number)}";

    public static string Product(string product) => $"/browse/{Uri.EscapeDataString(product)}";

    public static string ProductVersion(string product, string version) =>
        $"/browse/{Uri.EscapeDataString(product)}/{Uri.EscapeDataString(version)}";
}
