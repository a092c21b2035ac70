using KbSite.Rendering;

namespace KbSite.Rendering;

public sealed class MarkdownRendererTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <script>alert(1)</script> inline")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Dangerous_link_schemes_are_defused(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Attribute_syntax_cannot_add_event_handlers()
    {
        var html = MarkdownRenderer.ToHtml("# Title {onclick=\"alert(1)\"}\n\n[x](https://example.com){onmouseover=alert(1)}");

        // The braces stay as text; no tag gets an on* attribute.
        Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_autolinks_and_safe_links_render()
    {
        var html = MarkdownRenderer.ToHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://example.com and [Q152877](/articles/Q152877).");

        TextAssert.Contains(html, "<table>", "<a href=\"https://example.com\">", "<a href=\"/articles/Q152877\">");
    }
}

public sealed class HostileMarkdownRenderingTests
{
    [Theory]
    [InlineData(100_000, '>')]
    [InlineData(200_000, '[')]
    public void A_body_nested_beyond_the_limit_is_shown_as_plain_text(int count, char c)
    {
        var html = MarkdownRenderer.ToHtml(new string(c, count) + " <b>x</b>");

        Assert.StartsWith("<pre class=\"plain-text\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_lists_are_shown_as_plain_text_not_an_error()
    {
        var lists = string.Concat(Enumerable.Range(0, 1500).Select(i => new string(' ', i * 2) + "- item\n"));

        Assert.StartsWith("<pre class=\"plain-text\">", MarkdownRenderer.ToHtml(lists), StringComparison.Ordinal);
    }

    [Fact]
    public void What_Markdig_refuses_is_shown_as_plain_text()
    {
        // Emphasis delimiters nest without brackets or quotes: the nesting measure lets them through, Markdig refuses.
        var html = MarkdownRenderer.ToHtml(string.Concat(Enumerable.Repeat("**a ", 2000)));

        Assert.DoesNotContain("<strong>", html, StringComparison.Ordinal);
        Assert.Contains("a", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_loaded_with_link_openers_is_shown_literally_and_the_rest_is_formatted()
    {
        var html = MarkdownRenderer.ToHtml("## Symptoms\n\n" + string.Concat(Enumerable.Repeat("[a](b", 1000)) + "\n\nA [real link](http://example.com).\n");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("[a](b[a](b", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://example.com\">real link</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fenced_code_is_never_escaped()
    {
        var html = MarkdownRenderer.ToHtml("```text\n" + string.Concat(Enumerable.Repeat("[a](b ", 500)) + "\n```\n");

        Assert.Contains("<code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\[", html, StringComparison.Ordinal);
    }
}
