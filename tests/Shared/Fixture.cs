namespace KbSite.Testing;

/// <summary>Files copied next to the test assembly: Fixtures/ and the shipped content/ folder.</summary>
public static class Fixture
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static string ShippedContentDir => Path.Combine(AppContext.BaseDirectory, "ShippedContent");
}
