using System.Net;
using System.Net.Http.Json;
using KbSite.Articles.Store;
using KbSite.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KbSite.Hosting;

/// <summary>The site on PostgreSQL (Kb:Store:Provider = Postgres): migrations, and the store's own behaviour there.</summary>
public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task Two_nodes_starting_together_on_an_empty_database_migrate_it_once_and_seed_it_once()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        using var a = db.Node();
        using var b = db.Node();

        await Task.WhenAll(a.ReadyAsync(), b.ReadyAsync());

        await using var context = await a.Services.GetRequiredService<IDbContextFactory<KbDbContext>>().CreateDbContextAsync();
        Assert.IsType<PostgresKbDbContext>(context);
        Assert.Equal(context.Database.GetMigrations().Count(), await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
        var shipped = Directory.GetFiles(Fixture.ShippedContentDir, "*.md", SearchOption.AllDirectories).Length;
        Assert.Equal(shipped, await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"Articles\""));
    }

    [PostgresFact]
    public async Task A_node_starting_on_an_up_to_date_database_changes_nothing_and_serves_it()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        using (var first = db.Node())
        {
            await first.ReadyAsync();
        }

        var migrations = await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"__EFMigrationsHistory\"");
        var articles = await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"Articles\"");
        var feed = await db.ScalarAsync<long>("SELECT MAX(\"Sequence\") FROM \"ArticleChanges\"");
        // The first node made the site's data-protection key at start, before any request needed one.
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"DataProtectionKeys\""));

        using var again = db.Node();
        await again.ReadyAsync();

        Assert.Equal(1, await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"DataProtectionKeys\""));
        Assert.Equal(migrations, await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
        Assert.Equal(articles, await db.ScalarAsync<int>("SELECT COUNT(*) FROM \"Articles\""));
        Assert.Equal(feed, await db.ScalarAsync<long>("SELECT MAX(\"Sequence\") FROM \"ArticleChanges\""));
        var health = await again.CreateClient().GetFromJsonAsync<Startup.HealthDto>("/healthz");
        Assert.Equal("ready", health!.Status);
        Assert.True(health.Store.Reachable);
        Assert.Equal(feed, health.Index.Latest);
        Assert.Equal(0, health.Index.Lag);
        Assert.Equal(HttpStatusCode.OK, (await again.CreateClient().GetAsync("/articles/Q152877")).StatusCode);
    }

    [PostgresFact]
    public async Task While_the_store_cannot_be_reached_the_node_says_so_and_a_save_fails_clearly_then_it_recovers_by_itself()
    {
        await using var db = await PostgresDatabase.CreateAsync();
        var server = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        await using var gate = new TcpGate(server.Host!, server.Port);
        using var node = db.Node(port: gate.Port);
        await node.ReadyAsync();
        using var client = node.CreateClient();
        var editor = node.Services.GetRequiredService<ArticleEditor>();
        var article = (await editor.LoadAsync("Q152877"))!;
        article.Summary = "Wombatgrue: written while the database was away.";

        gate.Shut();

        var down = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var health = (await down.Content.ReadFromJsonAsync<Startup.HealthDto>())!;
        Assert.Equal("unavailable", health.Status);
        Assert.False(health.Store.Reachable);
        var refused = await editor.SaveAsync(article, article.Version, "editor@kbsite.test", "during the outage");
        Assert.False(refused.Saved);
        Assert.Contains("could not be reached", string.Join(" ", refused.Errors), StringComparison.Ordinal);
        Assert.StartsWith("Wombatgrue", article.Summary, StringComparison.Ordinal);
        // Readers: the article page says what is wrong (503, Retry-After); search answers from the node's index.
        var page = await client.GetAsync("/articles/Q900112");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("cannot reach its database", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=exchange")).StatusCode);

        gate.Open();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await client.GetAsync("/healthz")).IsSuccessStatusCode && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.True((await editor.SaveAsync(article, article.Version, "editor@kbsite.test", "after the outage")).Saved);
        Assert.Contains("Q152877", await client.GetStringAsync("/api/search?q=wombatgrue"), StringComparison.Ordinal);
    }
}
