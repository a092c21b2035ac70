using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Content;

public sealed class PendingUploadsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private PendingUploads Uploads => new(Options.Create(new KbOptions { DataDir = _data.Path, ContentDir = _data.Path }), TimeProvider.System);

    [Fact]
    public async Task An_upload_is_claimed_once()
    {
        var token = await Uploads.KeepAsync("a.md", [1, 2, 3], CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Uploads.ClaimAsync(token, CancellationToken.None)));

        var won = Assert.Single(claims, c => c is not null);
        Assert.Equal("a.md", won!.Value.FileName);
        Assert.Equal([1, 2, 3], won.Value.Bytes);
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "uploads")));
    }

    [Fact]
    public async Task An_upload_older_than_an_hour_is_gone()
    {
        var token = await Uploads.KeepAsync("a.md", [1], CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(_data.Path, "uploads", token), DateTime.UtcNow - PendingUploads.Lifetime - TimeSpan.FromMinutes(1));

        Assert.Null(await Uploads.ClaimAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task Previews_nobody_applies_never_pile_up()
    {
        for (var i = 0; i < PendingUploads.MaxKept + 10; i++)
        {
            await Uploads.KeepAsync($"{i}.md", new byte[1000], CancellationToken.None);
        }

        Assert.Equal(PendingUploads.MaxKept, Directory.GetFiles(Path.Combine(_data.Path, "uploads")).Count(f => Path.GetExtension(f).Length == 0));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../../kb.db")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    public async Task A_token_that_is_not_one_claims_nothing(string? token)
    {
        Assert.Null(await Uploads.ClaimAsync(token, CancellationToken.None));
    }
}
