using System.Diagnostics;

namespace KbSite.Content;

/// <summary>Hostile front matter: refused with a message, in bounded time and memory, never a crash.</summary>
public sealed class FrontMatterLimitsTests
{
    private static ContentFormatException Refused(string frontMatter, string body = "Body.\n") =>
        Assert.Throws<ContentFormatException>(() => MarkdownArticleReader.Read($"---\n{frontMatter}\n---\n{body}"));

    [Fact]
    public void Fifty_thousand_nested_brackets_are_refused_not_a_stack_overflow()
    {
        var e = Refused("id: Q1\ntitle: T\nkeywords: " + new string('[', 50_000) + new string(']', 50_000));

        Assert.Contains("nests deeper than 16 levels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_block_nesting_is_refused_too()
    {
        var nested = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i) + "k:\n"));

        Assert.Contains("nests deeper", Refused("id: Q1\ntitle: T\nextra:\n" + nested).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_that_would_expand_to_megabytes_is_refused_quickly()
    {
        var yaml = "id: Q1\ntitle: T\ndisclaimer: &d " + new string('x', 100_000) + "\napplies-to: [" + string.Join(", ", Enumerable.Repeat("*d", 2000)) + "]";
        var memoryBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var e = Refused(yaml);

        Assert.Contains("alias *d", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - memoryBefore < 50_000_000, "reading the file allocated more than 50 MB");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("? [a, b]\n: c")]
    [InlineData("{a: b}: c")]
    [InlineData("[a]: c")]
    public void A_key_that_is_not_a_plain_word_is_left_out_with_a_note(string key)
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read($"---\nid: Q1\ntitle: T\n{key}\n---\nBody.\n", notes);

        Assert.Equal(("Q1", "T", ""), (a.Number, a.Title, a.OtherFrontMatter));
        Assert.Contains(notes, n => n.Contains("not a plain word", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_key_that_is_not_a_plain_word_is_left_out_with_a_note()
    {
        var notes = new List<string>();
        var a = MarkdownArticleReader.Read("---\nid: Q1\ntitle: T\nevents:\n  - {[x]: 1, id: 5, message: m}\n---\n", notes);

        Assert.Equal(5, Assert.Single(a.Events).EventId);
        Assert.Contains(notes, n => n.Contains("not source, id, level or message", StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_toml_arrays_are_refused_not_a_stack_overflow()
    {
        var e = Assert.Throws<ContentFormatException>(() => MarkdownArticleReader.Read("+++\ntags = " + new string('[', 50_000) + new string(']', 50_000) + "\n+++\nBody\n"));

        Assert.Contains("nests deeper than 16 levels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_over_the_size_limit_is_refused_before_parsing()
    {
        var e = Refused("id: Q1\ntitle: T\ndisclaimer: " + new string('x', FrontMatterLimits.MaxChars));

        Assert.Contains("KB; at most 512 KB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_refused_with_its_line()
    {
        var e = Refused("id: Q1\ntitle: T\ntitle: U");

        Assert.Contains("line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_without_aliases_and_ordinary_nesting_are_fine()
    {
        var article = MarkdownArticleReader.Read("---\nid: Q1\ntitle: &t T\nevents:\n  - {source: S, id: 5, message: m}\n---\nBody.\n");

        Assert.Equal("T", article.Title);
        Assert.Single(article.Events);
    }
}
