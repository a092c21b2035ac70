namespace KbSite.Testing;

/// <summary>Asserts about pieces of a page or a message, each checked on its own (the failure names the piece).</summary>
public static class TextAssert
{
    public static void Contains(string text, params string[] pieces)
    {
        foreach (var piece in pieces)
        {
            Assert.Contains(piece, text, StringComparison.Ordinal);
        }
    }

    public static void Lacks(string text, params string[] pieces)
    {
        foreach (var piece in pieces)
        {
            Assert.DoesNotContain(piece, text, StringComparison.Ordinal);
        }
    }
}
