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

        cut.Find("button[aria-label='Move up: event 2']").Click();
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

    [Fact]
    public void Signatures_found_in_the_body_are_listed_and_one_becomes_an_event_row()
    {
        var form = new ArticleForm { Number = "Q700002", Title = "Spooler", Body = "## Symptoms\n\n| Event ID | Source | Message |\n|---|---|---|\n| 808 | PrintService | The spooler failed to load a plug-in. |\n" };
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, form));

        Assert.Contains("these are its signatures", cut.Find(".found-events").TextContent, StringComparison.Ordinal);
        cut.Find(".found-events button").Click();

        var row = Assert.Single(form.Events);
        Assert.Equal(("PrintService", 808, "The spooler failed to load a plug-in."), (row.Source, row.EventId, row.Message));
        Assert.True(cut.Find(".found-events button").HasAttribute("disabled"));
        Assert.Contains("only the rows count", cut.Find(".found-events").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_is_scanned_again_as_it_is_typed()
    {
        var form = new ArticleForm { Number = "Q700003", Title = "T", Body = "Nothing yet.\n" };
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, form));
        Assert.Empty(cut.FindAll(".found-events"));

        cut.Find("#ed-body").Input("```\nSrv Event ID 2019\nThe server was unable to allocate from the pool.\n```\n");

        Assert.Contains("Srv 2019", cut.Find(".found-events").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_front_matter_keys_are_shown_read_only_and_kept()
    {
        var article = KbSite.Content.MarkdownArticleReader.Read("---\nid: Q700004\ntitle: T\nms.topic: troubleshooting\n---\nText.\n");
        var form = ArticleForm.From(article);
        var cut = Render<ArticleEditorForm>(p => p.Add(c => c.Model, form));

        Assert.Contains("ms.topic: troubleshooting", cut.Find(".other-keys pre").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".other-keys textarea, .other-keys input"));
        Assert.Equal("ms.topic: troubleshooting", form.ToArticle(article).OtherFrontMatter);
    }
}

public sealed class ArticleFormTests
{
    [Fact]
    public void Signatures_found_in_the_body_do_not_become_rows_of_the_form()
    {
        var article = KbSite.Content.MarkdownArticleReader.Read("---\nid: Q700005\ntitle: T\n---\n```\nSrv Event ID 2019\nThe server was unable to allocate.\n```\n");

        var form = ArticleForm.From(article);

        Assert.True(Assert.Single(article.Events).FromBody);
        Assert.Empty(form.Events);
    }

    [Fact]
    public void Every_field_of_an_article_survives_the_form()
    {
        var article = KbSite.Content.MarkdownArticleReader.Read(File.ReadAllText(Path.Combine(Fixture.ShippedContentDir, "Q152877.md")));

        var back = ArticleForm.From(article).ToArticle(null);
        KbSite.Articles.DerivedFields.Apply(back); // as the writer does with every save

        Assert.True(KbSite.Articles.ArticleContent.Same(article, back));
    }
}
