using Bunit;
using KbSite.Editing;

namespace KbSite.Editing;

public sealed class ArticleEditorFormTests : BunitContext
{
    private static ArticleForm Valid() => new()
    {
        Number = "Q700001",
        Title = "MTA stops",
        Body = "## Symptoms\n\nText.\n",
        Events = [new EventRow { Source = "MSExchangeMTA", EventId = 1004, Message = "first" }, new EventRow { Source = "Srv", EventId = 2019, Message = "second" }],
    };

    [Fact]
    public void Every_input_has_a_visible_label_that_names_it()
    {
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, Valid()));

        var labels = cut.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        foreach (var name in new[] { "Article number", "Title", "Product", "Versions", "Platform", "Status", "Fixed in", "Body", "Source", "Event ID", "Message" })
        {
            Assert.Contains(name, labels);
        }

        foreach (var input in cut.FindAll("input:not([type=hidden]), textarea, select"))
        {
            Assert.NotNull(cut.Find($"label[for='{input.Id}']"));
        }
    }

    [Fact]
    public void A_missing_title_and_an_event_id_out_of_range_are_shown_next_to_their_fields()
    {
        var form = Valid();
        form.Title = "";
        form.Events[0].EventId = 70000;
        var saved = false;
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, form).Add(c => c.OnSave, () => saved = true));

        cut.Find("form").Submit();

        Assert.False(saved);
        Assert.Contains("Enter a title.", cut.Find("#ed-title ~ .validation-message").TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll(".validation-message"), m => m.TextContent.Contains("0 to 65535", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_number_is_refused()
    {
        var form = Valid();
        form.Number = "X12";
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, form));

        cut.Find("form").Submit();

        Assert.Contains(cut.FindAll(".validation-message"), m => m.TextContent.Contains("Q followed by digits", StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_form_is_saved()
    {
        var saved = false;
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, Valid()).Add(c => c.OnSave, () => saved = true));

        cut.Find("form").Submit();

        Assert.True(saved);
    }

    [Fact]
    public void Event_rows_are_added_removed_and_reordered()
    {
        var form = Valid();
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, form));

        cut.Find("button[aria-label='Move event 2 up']").Click();
        Assert.Equal(["Srv", "MSExchangeMTA"], form.Events.Select(e => e.Source));

        cut.Find("button[aria-label='Remove event 1']").Click();
        Assert.Equal(["MSExchangeMTA"], form.Events.Select(e => e.Source));

        cut.FindAll("button").Single(b => b.TextContent == "Add event").Click();
        Assert.Equal(2, form.Events.Count);
        Assert.Equal(2, cut.FindAll(".event-row").Count);
    }

    [Fact]
    public void The_preview_renders_the_body_with_the_public_pipeline_and_neutralises_script()
    {
        var form = Valid();
        form.Body = "**bold** <script>alert(1)</script> [x](javascript:alert(1))";

        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, form));

        var preview = cut.Find(".preview .article__body");
        Assert.Equal("bold", preview.QuerySelector("strong")!.TextContent);
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.DoesNotContain("javascript:", preview.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class ArticleFormTests
{
    [Fact]
    public void Every_field_of_an_article_survives_the_form()
    {
        var article = KbSite.Content.MarkdownArticleReader.Read(File.ReadAllText(Path.Combine(Fixture.ShippedContentDir, "Q152877.md")));

        var back = ArticleForm.From(article).ToArticle(null);
        KbSite.Articles.DerivedFields.Apply(back); // as the writer does with every save

        Assert.True(KbSite.Articles.ArticleContent.Same(article, back));
    }
}
